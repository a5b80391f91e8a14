#include "io/CachedFolder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

bool isCurrent(const fs::path& marker, const std::string& version) {
    std::error_code error;
    if (!fs::exists(marker, error)) return false;
    try {
        return readFileBytes(marker, 4096).rfind(version, 0) == 0;
    } catch (const FileError&) {
        return false;
    }
}

// flock() on the cache folder while one process generates into it: two LayerLabs started at
// once with a fresh cache would otherwise delete each other's staging folder, or the folder
// the other has just published. The kernel drops the lock when a process dies.
class CacheFolderLock {
  public:
    explicit CacheFolderLock(const fs::path& folder)
        : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        if (fd_ < 0 || ::flock(fd_, LOCK_EX) != 0) {
            const int reason = errno;
            if (fd_ >= 0) ::close(fd_);
            throw FileError(MessageId::CannotLock, {displayPath(folder)}, reason);
        }
    }
    ~CacheFolderLock() { ::close(fd_); }
    CacheFolderLock(const CacheFolderLock&) = delete;
    CacheFolderLock& operator=(const CacheFolderLock&) = delete;

  private:
    int fd_;
};

}  // namespace

fs::path ensureCachedFolder(const fs::path& cacheDir, const std::string& name,
                            const std::string& version, const std::string& note,
                            const std::function<void(const fs::path&)>& write) {
    const fs::path root = cacheDir / name;
    const fs::path marker = root / "LAYERLAB_SAMPLE.txt";
    if (isCurrent(marker, version)) return root;
    std::error_code error;
    fs::create_directories(cacheDir, error);
    if (error) throw FileError(MessageId::CannotCreate, {displayPath(cacheDir)}, error.value());
    const CacheFolderLock lock(cacheDir);
    if (isCurrent(marker, version)) return root;  // made by another process while we waited
    // Under the lock no other process writes here: a staging folder left is a killed one's.
    const fs::path staging = cacheDir / (name + ".partial");
    fs::remove_all(staging, error);
    write(staging);
    // Files inside the staging folder need no atomic writes: the folder rename publishes them.
    writeFile(staging / "LAYERLAB_SAMPLE.txt", version + "\n" + note + "\n");
    fs::remove_all(root, error);
    fs::rename(staging, root, error);
    if (error)
        throw FileError(MessageId::CannotMoveIntoPlace, {displayPath(staging)}, error.value());
    return root;
}

}  // namespace layerlab
