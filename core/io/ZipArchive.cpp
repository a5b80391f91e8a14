#include "io/ZipArchive.h"

#include <zip.h>

#include <optional>

#include "io/FileIO.h"

namespace layerlab {

struct ZipArchive::Impl {
    zip_t* archive = nullptr;
    std::filesystem::path path;
};

ZipArchive::ZipArchive(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    int error = 0;
    impl_->archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl_->archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string reason = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw FileError("Cannot open " + displayPath(path) + " as a zip archive: " + reason);
    }
}

ZipArchive::~ZipArchive() {
    if (impl_->archive) zip_discard(impl_->archive);
}

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(impl_->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char* name = zip_get_name(impl_->archive, static_cast<zip_uint64_t>(i), 0))
            names.emplace_back(name);
    return names;
}

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(impl_->archive, name.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& name) const {
    zip_stat_t stat;
    if (zip_stat(impl_->archive, name.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        throw FileError(displayPath(impl_->path) + ": no member '" + name + "'");
    if (stat.size > kMaxMemberBytes)
        throw FileError(displayPath(impl_->path) + ": member '" + name + "' would unpack to " +
                        std::to_string(stat.size >> 20) + " MB; LayerLab reads members of up to " +
                        std::to_string(kMaxMemberBytes >> 20) + " MB");
    zip_file_t* file = zip_fopen(impl_->archive, name.c_str(), 0);
    if (!file) throw FileError(displayPath(impl_->path) + ": cannot read '" + name + "'");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t done = 0, n = 0;
    while (done < static_cast<zip_int64_t>(bytes.size()) &&
           (n = zip_fread(file, bytes.data() + done,
                          bytes.size() - static_cast<std::size_t>(done))) > 0)
        done += n;
    // libzip compares the CRC only when a read reaches the end of the member, so one more
    // read must return 0; it also catches a member longer than its directory entry says.
    char extra;
    const bool intact =
        n >= 0 && done == static_cast<zip_int64_t>(bytes.size()) && zip_fread(file, &extra, 1) == 0;
    zip_fclose(file);
    if (!intact)
        throw FileError(displayPath(impl_->path) + ": member '" + name +
                        "' is damaged (its CRC or size does not match)");
    return bytes;
}

namespace {

// The member's path inside the target, or nothing when it would escape it.
std::optional<std::filesystem::path> safeMemberPath(const std::string& name) {
    const std::filesystem::path path(name);
    if (name.empty() || path.is_absolute() || name.find('\\') != std::string::npos)
        return std::nullopt;
    for (const auto& part : path)
        if (part == "..") return std::nullopt;
    return path.relative_path();
}

}  // namespace

void ZipArchive::extractTo(const std::filesystem::path& target, const std::string& prefix) const {
    namespace fs = std::filesystem;
    std::vector<std::string> members;
    std::vector<fs::path> paths;
    for (const auto& name : names()) {
        if (!safeMemberPath(name))
            throw FileError(displayPath(impl_->path) + ": refused: the entry '" + name +
                            "' would be written outside the target folder");
        if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size()) continue;
        members.push_back(name);
        paths.push_back(fs::path(name.substr(prefix.size())));
    }
    const fs::path staging = target.string() + ".partial";
    std::error_code error;
    fs::remove_all(staging, error);
    fs::create_directories(staging, error);
    if (error) throw FileError("Cannot create " + displayPath(staging) + ": " + error.message());
    try {
        for (std::size_t i = 0; i < members.size(); ++i) {
            const fs::path out = staging / paths[i];
            if (members[i].back() == '/') {
                fs::create_directories(out, error);
            } else {
                fs::create_directories(out.parent_path(), error);
                writeFile(out, read(members[i]));
            }
            if (error)
                throw FileError("Cannot create " + displayPath(out) + ": " + error.message());
        }
    } catch (...) {
        fs::remove_all(staging, error);  // a damaged member or a full disk leaves nothing
        throw;
    }
    fs::remove_all(target, error);
    fs::rename(staging, target, error);
    if (error)
        throw FileError("Cannot move " + displayPath(staging) + " into place: " + error.message());
}

}  // namespace layerlab
