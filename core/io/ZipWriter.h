#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace layerlab {

// Writes a new zip file through libzip: members already compressed (.jpg, .png, .h5, .npz,
// .pt, .zip) are STORED, as deflating them again costs CPU for nothing; everything else
// (text, feature entries) is deflated. libzip switches to Zip64 by itself past 4 GB. The
// archive is written to a temporary file beside `path` and renamed into place by commit(), so
// `path` is either absent or whole; a writer destroyed before commit() leaves nothing.
class ZipWriter {
  public:
    // Throws FileError when the temporary file cannot be made.
    explicit ZipWriter(std::filesystem::path path);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    // Members are written in the order added. `name` is the member's path in the archive.
    void addBytes(const std::string& name, std::string bytes);
    // The file is read when commit() writes the archive, not now.
    void addFile(const std::string& name, const std::filesystem::path& file);
    // Writes the archive and renames it to `path`; an existing `path` is replaced only when
    // `replace` (the caller asked the user), else refused. Throws FileError.
    void commit(bool replace);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Whether a member of this name is stored rather than deflated (see ZipWriter).
bool storedUncompressed(const std::string& name);

}  // namespace layerlab
