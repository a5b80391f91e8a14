#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "util/Message.h"

namespace layerlab {

// An I/O failure with a message fit to show a user (path and OS reason included).
class FileError : public Failure {
  public:
    using Failure::Failure;
};

// Reads a whole file of at most `maxBytes` (a larger one is refused before it is read).
// Throws FileError naming the path and the reason.
inline constexpr std::uintmax_t kDefaultMaxFileBytes = std::uintmax_t{1} << 30;
std::string readFileBytes(const std::filesystem::path& path,
                          std::uintmax_t maxBytes = kDefaultMaxFileBytes);

// fnv64Hex of a file's bytes, read a megabyte at a time (a weights file may be as large as
// the disk allows). Throws FileError.
std::string fileChecksum(const std::filesystem::path& path);

// Reads at most `count` bytes from the start and from the end of a file (for format checks
// that must not read whole files). Throws FileError.
struct FileEnds {
    std::string head;
    std::string tail;
    std::uintmax_t size = 0;
};
FileEnds readFileEnds(const std::filesystem::path& path, std::size_t count);

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`, so readers see either the old file or the complete new one, never a torn write.
// Throws FileError (a full disk says so) and leaves `path` untouched on failure; a `path` that
// is a link, a FIFO or a device is refused, never replaced.
void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes);

// writeFileAtomically without the flush to disk: readers and a killed process still see the
// old file or the new one whole, but a power cut may lose it. For a file rewritten often whose
// durable state is kept elsewhere (history.csv, synced with each checkpoint). Throws FileError.
void replaceFileAtomically(const std::filesystem::path& path, const std::string& bytes);

// Flushes a file written earlier to disk. Throws FileError.
void syncFile(const std::filesystem::path& path);

// Writes `bytes` to `path` directly (for files inside a folder that is published as a whole).
// Throws FileError.
void writeFile(const std::filesystem::path& path, const std::string& bytes);

// Renders a path for messages and JSON as UTF-8.
std::string displayPath(const std::filesystem::path& path);

}  // namespace layerlab
