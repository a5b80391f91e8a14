#include "io/CachedFolder.h"

#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {

fs::path ensureCachedFolder(const fs::path& cacheDir, const std::string& name,
                            const std::string& version, const std::string& note,
                            const std::function<void(const fs::path&)>& write) {
    const fs::path root = cacheDir / name;
    const fs::path marker = root / "LAYERLAB_SAMPLE.txt";
    std::error_code error;
    if (fs::exists(marker, error)) {
        try {
            if (readFileBytes(marker).rfind(version, 0) == 0) return root;
        } catch (const FileError&) {
        }
    }
    fs::create_directories(cacheDir, error);
    if (error) throw FileError("Cannot create " + displayPath(cacheDir) + ": " + error.message());
    const fs::path staging = cacheDir / (name + ".partial");
    fs::remove_all(staging, error);
    write(staging);
    // Files inside the staging folder need no atomic writes: the folder rename publishes them.
    writeFile(staging / "LAYERLAB_SAMPLE.txt", version + "\n" + note + "\n");
    fs::remove_all(root, error);
    fs::rename(staging, root, error);
    if (error)
        throw FileError("Cannot move " + displayPath(staging) + " into place: " + error.message());
    return root;
}

}  // namespace layerlab
