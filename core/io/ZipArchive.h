#pragma once

#include <filesystem>
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
    // The member's bytes, CRC-checked by libzip. Throws FileError.
    std::string read(const std::string& name) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace layerlab
