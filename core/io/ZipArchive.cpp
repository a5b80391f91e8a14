#include "io/ZipArchive.h"

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <functional>
#include <optional>

#include "io/FileIO.h"

namespace layerlab {

struct ZipArchive::Impl {
    zip_t* archive = nullptr;
    std::filesystem::path path;
};

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPieceBytes = 64 << 10;

std::string megabytes(std::uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MB";
}

std::uint64_t declaredSize(zip_t* archive, const std::string& where, std::uint64_t index) {
    zip_stat_t stat;
    if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        throw FileError(MessageId::ZipEntryWithoutSize, {where, std::to_string(index)});
    return stat.size;
}

struct CloseMember {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Passes member `name` to `sink` piece by piece as libzip inflates it, so no more than one piece
// is held. Its entry declares `size` bytes; one more read follows them, because libzip checks the
// CRC only when a read reaches the end, and because a member that yields more than its entry
// declares (as a zip bomb's entry may) must be stopped there, not inflated to its end.
void streamMember(zip_t* archive, const std::string& where, const std::string& name,
                  std::uint64_t size, const std::function<void(const char*, std::size_t)>& sink) {
    const std::unique_ptr<zip_file_t, CloseMember> file(zip_fopen(archive, name.c_str(), 0));
    if (!file) throw FileError(MessageId::ZipCannotReadMember, {where, name});
    std::vector<char> piece(kPieceBytes);
    std::uint64_t done = 0;
    zip_int64_t n = 0;
    while (done <= size) {
        const auto wanted = std::min<std::uint64_t>(piece.size(), size + 1 - done);
        if ((n = zip_fread(file.get(), piece.data(), wanted)) <= 0) break;
        done += static_cast<std::uint64_t>(n);
        if (done > size)
            throw FileError(MessageId::ZipMemberLargerThanDeclared,
                            {where, name, std::to_string(size)});
        sink(piece.data(), static_cast<std::size_t>(n));
    }
    if (n < 0 || done != size)
        throw FileError(MessageId::ZipMemberDamaged, {where, name});
}

// The member's path inside the target, or nothing when it would escape it.
std::optional<fs::path> safeMemberPath(const std::string& name) {
    const fs::path path(name);
    if (name.empty() || path.is_absolute() || name.find('\\') != std::string::npos)
        return std::nullopt;
    for (const auto& part : path)
        if (part == "..") return std::nullopt;
    return path.relative_path();
}

struct Member {
    std::string name;    // in the archive
    fs::path path;       // inside the target folder
    std::uint64_t size;  // as its entry declares
};

// The members under `prefix`, refused as a whole when an entry would escape the target or the
// declared sizes or the number of entries exceed `limits`: before anything is written.
std::vector<Member> membersUnder(zip_t* archive, const std::string& where,
                                 const std::string& prefix,
                                 const ZipArchive::ExtractLimits& limits) {
    const auto entries = static_cast<std::uint64_t>(zip_get_num_entries(archive, 0));
    if (entries > limits.entries)
        throw FileError(MessageId::ZipTooManyEntries,
                        {where, std::to_string(entries), std::to_string(limits.entries)});
    std::vector<Member> members;
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < entries; ++i) {
        const char* raw = zip_get_name(archive, i, 0);
        const std::string name = raw ? raw : "";
        if (!safeMemberPath(name))
            throw FileError(MessageId::ZipEntryEscapes, {where, name});
        if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size()) continue;
        const std::uint64_t size = declaredSize(archive, where, i);
        if (size > limits.memberBytes)
            throw FileError(MessageId::ZipMemberTooLarge,
                            {where, name, megabytes(size), megabytes(limits.memberBytes)});
        total += size;  // cannot overflow: at most `entries` sizes of at most memberBytes
        if (total > limits.totalBytes)
            throw FileError(MessageId::ZipTooLarge, {where, megabytes(limits.totalBytes)});
        members.push_back({name, name.substr(prefix.size()), size});
    }
    return members;
}

// A member's file in the staging folder, written piece by piece.
class MemberFile {
  public:
    explicit MemberFile(fs::path path)
        : path_(std::move(path)), out_(path_, std::ios::binary | std::ios::trunc) {
        if (!out_) fail(MessageId::CannotCreate);
    }
    void write(const char* data, std::size_t n) {
        if (!out_.write(data, static_cast<std::streamsize>(n))) fail(MessageId::CannotWrite);
    }
    void close() {
        out_.close();
        if (!out_) fail(MessageId::CannotWrite);
    }

  private:
    [[noreturn]] void fail(MessageId what) const {
        throw FileError(what, {displayPath(path_)}, errno);
    }
    fs::path path_;
    std::ofstream out_;
};

// The member stops at its declared size, and the declared sizes were checked against the
// limits: the bytes written never exceed them, whatever the entries claim.
void extractMember(zip_t* archive, const std::string& where, const Member& member,
                   const fs::path& out) {
    MemberFile file(out);
    streamMember(archive, where, member.name, member.size,
                 [&file](const char* data, std::size_t n) { file.write(data, n); });
    file.close();
}

}  // namespace

ZipArchive::ZipArchive(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    int error = 0;
    impl_->archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl_->archive) {
        // The two reasons a student meets (a file that is no zip, or a damaged one) are said
        // in the user's language; libzip's own words for the rest.
        if (error == ZIP_ER_NOZIP) throw FileError(MessageId::ZipNotAZip, {displayPath(path)});
        if (error == ZIP_ER_INCONS) throw FileError(MessageId::ZipDamaged, {displayPath(path)});
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string reason = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw FileError(MessageId::ZipCannotOpen, {displayPath(path), reason});
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

std::uint64_t ZipArchive::locate(const std::string& name) const {
    const zip_int64_t index = zip_name_locate(impl_->archive, name.c_str(), 0);
    if (index < 0) throw FileError(MessageId::ZipNoMember, {displayPath(impl_->path), name});
    return static_cast<std::uint64_t>(index);
}

std::uint64_t ZipArchive::declaredSize(const std::string& name) const {
    return layerlab::declaredSize(impl_->archive, displayPath(impl_->path), locate(name));
}

void ZipArchive::stream(const std::string& name, std::uint64_t maxBytes,
                        const std::function<void(const char*, std::size_t)>& sink) const {
    const std::string where = displayPath(impl_->path);
    const std::uint64_t size = declaredSize(name);
    if (size > maxBytes)
        throw FileError(MessageId::ZipMemberTooLargeToRead,
                        {where, name, megabytes(size), megabytes(maxBytes)});
    streamMember(impl_->archive, where, name, size, sink);
}

std::string ZipArchive::read(const std::string& name) const {
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(std::min(declaredSize(name), kMaxMemberBytes)));
    stream(name, kMaxMemberBytes,
           [&bytes](const char* data, std::size_t n) { bytes.append(data, n); });
    return bytes;
}

bool isSafeMemberName(const std::string& name) {
    return safeMemberPath(name).has_value();
}

void ZipArchive::extractTo(const std::filesystem::path& target, const std::string& prefix,
                           const ExtractLimits& limits) const {
    const std::string where = displayPath(impl_->path);
    const std::vector<Member> members = membersUnder(impl_->archive, where, prefix, limits);
    const fs::path staging = target.string() + ".partial";
    std::error_code error;
    fs::remove_all(staging, error);
    fs::create_directories(staging, error);
    if (error) throw FileError(MessageId::CannotCreate, {displayPath(staging)}, error.value());
    try {
        for (const Member& member : members) {
            const fs::path out = staging / member.path;
            const bool folder = member.name.back() == '/';
            fs::create_directories(folder ? out : out.parent_path(), error);
            if (error)
                throw FileError(MessageId::CannotCreate, {displayPath(out)}, error.value());
            if (!folder) extractMember(impl_->archive, where, member, out);
        }
    } catch (...) {
        fs::remove_all(staging, error);  // a damaged member, a bomb or a full disk leaves nothing
        throw;
    }
    fs::remove_all(target, error);
    fs::rename(staging, target, error);
    if (error)
        throw FileError(MessageId::CannotMoveIntoPlace, {displayPath(staging)}, error.value());
}

}  // namespace layerlab
