#include "io/ExportTarget.h"

#include <vector>

#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/Paths.h"
#include "io/RunDirectory.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

// `path`, or the nearest of its parent folders, is a run folder (it holds experiment.json).
std::optional<fs::path> enclosingRun(const fs::path& path) {
    for (fs::path p = path.parent_path(); !p.empty(); p = p.parent_path()) {
        if (RunDirectory::holdsRun(p)) return p;
        if (p == p.parent_path()) break;
    }
    return std::nullopt;
}

bool isInside(const fs::path& path, const fs::path& folder) {
    std::error_code error;
    const fs::path outer = fs::weakly_canonical(folder, error);
    if (error || outer.empty()) return false;
    for (fs::path p = path.parent_path(); !p.empty(); p = p.parent_path()) {
        if (p == outer) return true;
        if (p == p.parent_path()) break;
    }
    return false;
}

}  // namespace

std::optional<Message> exportTargetRefusal(const fs::path& file) {
    if (file.empty()) return Message(MessageId::ExportNeedsFile);
    std::error_code error;
    const fs::path target = fs::weakly_canonical(fs::absolute(file), error);
    const std::string name = displayPath(file);
    if (const auto run = enclosingRun(target))
        return Message(MessageId::ExportInsideRun, {name, displayPath(*run)});
    std::vector<fs::path> caches = kerasCacheDirs();
    caches.push_back(userCacheDir());
    for (const fs::path& cache : caches)
        if (isInside(target, cache))
            return Message(MessageId::ExportInsideCache, {name, displayPath(cache)});
    const fs::file_status status = fs::symlink_status(file, error);
    if (!fs::exists(status)) return {};
    if (fs::is_symlink(status)) return Message(MessageId::ExportIsLink, {name});
    if (!fs::is_regular_file(status)) return Message(MessageId::WillNotReplaceSpecialFile, {name});
    return {};
}

}  // namespace layerlab
