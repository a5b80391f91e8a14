#include "util/RunAuthor.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

namespace layerlab {
namespace {

std::string userName() {
    // The account's own name: $USER may be unset (a service) or say another account (sudo).
    std::vector<char> buffer(4096);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return found->pw_name;
    const char* user = std::getenv("USER");
    return user && *user ? user : "uid" + std::to_string(::geteuid());
}

std::string hostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || !*name) return "localhost";
    return name;
}

std::string tagPart(const std::string& text) {
    std::string tag;
    for (const char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        tag += plain ? c : '_';
    }
    return tag;
}

}  // namespace

RunAuthor thisAuthor() {
    static const RunAuthor author{userName(), hostName()};  // neither changes while running
    return author;
}

std::string authorText(const RunAuthor& author) {
    return author.user + "@" + author.host;
}

std::string authorTag(const RunAuthor& author) {
    return tagPart(author.host) + "-" + tagPart(author.user);
}

}  // namespace layerlab
