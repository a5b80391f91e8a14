#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace layerlab {

// Read-only access to a zip file (an .npz is one) through libzip. Throws FileError with the
// path and libzip's reason for a missing, truncated or damaged archive.
class ZipArchive {
  public:
    explicit ZipArchive(const std::filesystem::path& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    std::vector<std::string> names() const;
    bool contains(const std::string& name) const;
    // Members larger than this are refused before anything is allocated: a zip entry's
    // declared size is the attacker's choice. Keras's imdb.npz members are under 40 MB.
    static constexpr std::uint64_t kMaxMemberBytes = 256ull << 20;

    // The member's bytes, CRC-checked. Throws FileError.
    std::string read(const std::string& name) const;
    // The member's size as its entry declares it (the archive's claim). Throws FileError.
    std::uint64_t declaredSize(const std::string& name) const;
    // Passes the member's bytes to `sink` piece by piece as they inflate (for members too large
    // to hold), CRC-checked; an entry declaring more than `maxBytes` is refused before a byte
    // is read, and a member yielding more than its entry declares is cut off. Throws FileError.
    void stream(const std::string& name, std::uint64_t maxBytes,
                const std::function<void(const char*, std::size_t)>& sink) const;

    // What one extraction may write. Each entry's declared size is checked against these
    // before anything is written, and each member is cut off while it inflates as soon as it
    // yields more than its entry declares (a declared size is the archive's claim, not a
    // fact), so the bytes written never exceed what was checked.
    struct ExtractLimits {
        std::uint64_t totalBytes = std::uint64_t{1} << 30;
        std::uint64_t memberBytes = kMaxMemberBytes;
        std::uint64_t entries = 100000;  // every entry of the archive, extracted or not
    };
    // Extracts the members under `prefix` (e.g. "cats_and_dogs_filtered/"; empty: all) into
    // `target`, without the prefix; others (such as __MACOSX/) are left out. Members are
    // written into a staging folder and published by one rename, replacing `target`; a
    // failure removes the staging folder, so nothing half-extracted is left. An entry that
    // would land outside `target` (an absolute path or a `..` step), or more than `limits`
    // allow, refuses the whole archive. Throws FileError.
    void extractTo(const std::filesystem::path& target, const std::string& prefix,
                   const ExtractLimits& limits) const;

  private:
    std::uint64_t locate(const std::string& name) const;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Whether an entry of this name stays inside the folder it is extracted into: relative, with no
// `..` step and no backslash.
bool isSafeMemberName(const std::string& name);

}  // namespace layerlab
