#include "io/FileIO.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <random>

#include "util/Checksum.h"

namespace layerlab {
namespace {

[[noreturn]] void fail(MessageId what, const std::filesystem::path& path, int error) {
    throw FileError(what, {displayPath(path)}, error);
}

}  // namespace

std::string displayPath(const std::filesystem::path& path) {
    return path.string();
}

// Opens a regular file for reading and leaves the stream at its end (tellg() = size).
std::ifstream openForReading(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::is_directory(status)) fail(MessageId::CannotRead, path, EISDIR);
    // Opening a FIFO blocks until a writer comes, and a device never ends: refuse both.
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw FileError(MessageId::NotARegularFile, {displayPath(path)});
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) fail(MessageId::CannotOpen, path, errno);
    return in;
}

std::string readFileBytes(const std::filesystem::path& path, std::uintmax_t maxBytes) {
    std::ifstream in = openForReading(path);
    const auto size = static_cast<std::uintmax_t>(in.tellg());
    if (size > maxBytes)
        throw FileError(MessageId::FileTooLarge, {displayPath(path), std::to_string(size >> 20),
                                                  std::to_string(maxBytes >> 20)});
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) fail(MessageId::CannotRead, path, errno ? errno : EIO);
    return bytes;
}

std::string fileChecksum(const std::filesystem::path& path) {
    std::ifstream in = openForReading(path);
    in.seekg(0);
    Fnv64 hash;
    std::string chunk(std::size_t{1} << 20, '\0');
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        hash.add(chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) fail(MessageId::CannotRead, path, errno ? errno : EIO);
    return hash.hex();
}

FileEnds readFileEnds(const std::filesystem::path& path, std::size_t count) {
    std::ifstream in = openForReading(path);
    FileEnds ends;
    ends.size = static_cast<std::uintmax_t>(in.tellg());
    const std::size_t headSize =
        static_cast<std::size_t>(std::min<std::uintmax_t>(count, ends.size));
    ends.head.resize(headSize);
    in.seekg(0);
    in.read(ends.head.data(), static_cast<std::streamsize>(headSize));
    const std::size_t tailSize = headSize;
    ends.tail.resize(tailSize);
    in.seekg(static_cast<std::streamoff>(ends.size - tailSize));
    in.read(ends.tail.data(), static_cast<std::streamsize>(tailSize));
    if (!in) fail(MessageId::CannotRead, path, errno ? errno : EIO);
    return ends;
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) fail(MessageId::CannotCreate, path, errno);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) fail(MessageId::CannotWrite, path, errno ? errno : EIO);
}

namespace {

enum class Flush { ToDisk, ToPageCache };

void replaceAtomically(const std::filesystem::path& path, const std::string& bytes, Flush flush) {
    // The rename below would turn a link, a FIFO or a device into a plain file: refuse them.
    std::error_code error;
    const auto status = std::filesystem::symlink_status(path, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw FileError(MessageId::WillNotReplaceSpecialFile, {displayPath(path)});
    std::random_device entropy;
    std::filesystem::path temp = path;
    temp += ".tmp-" + std::to_string(entropy());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) fail(MessageId::CannotWrite, path, errno);  // the user's file, not the temporary name
    std::size_t written = 0;
    int failure = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            failure = errno;
            break;
        }
        written += static_cast<std::size_t>(n);
    }
    if (!failure && flush == Flush::ToDisk && ::fsync(fd) != 0) failure = errno;
    if (::close(fd) != 0 && !failure) failure = errno;
    if (!failure && std::rename(temp.c_str(), path.c_str()) != 0) failure = errno;
    if (failure) {
        ::unlink(temp.c_str());
        fail(MessageId::CannotWrite, path, failure);
    }
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    replaceAtomically(path, bytes, Flush::ToDisk);
}

void replaceFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    replaceAtomically(path, bytes, Flush::ToPageCache);
}

void syncFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(MessageId::CannotOpen, path, errno);
    const int failure = ::fsync(fd) != 0 ? errno : 0;
    ::close(fd);
    if (failure) fail(MessageId::CannotWrite, path, failure);
}

}  // namespace layerlab
