#include "download/pack/PackStaging.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <nlohmann/json.hpp>

#include "download/pack/PackRefusal.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab::pack {
namespace {

constexpr const char* kStagingSuffix = ".llpack-staging";

// Makes `folder` and its missing parents, noting each one made (outermost first).
void makeFolders(const fs::path& folder, std::vector<fs::path>& made) {
    std::vector<fs::path> missing;
    std::error_code error;
    for (fs::path p = folder; !p.empty() && !fs::exists(p, error); p = p.parent_path())
        missing.push_back(p);
    for (auto p = missing.rbegin(); p != missing.rend(); ++p) {
        if (!fs::create_directory(*p, error) && error)
            throw FileError(MessageId::CannotCreate, {displayPath(*p)}, error.value());
        made.push_back(*p);
    }
}

// Removes the folders made, innermost first, each only when empty: what else came to be in
// them meanwhile stays.
void removeMadeFolders(const std::vector<fs::path>& made) {
    std::error_code error;
    for (auto p = made.rbegin(); p != made.rend(); ++p) fs::remove(*p, error);
}

// A link, so that a file there (even one made a moment ago) is never replaced. 0 or errno.
int linkInPlace(const fs::path& staged, const fs::path& destination) {
    return ::link(staged.c_str(), destination.c_str()) == 0 ? 0 : errno;
}

std::vector<fs::path> pathsFrom(const json& list) {
    std::vector<fs::path> paths;
    for (const json& p : list) paths.emplace_back(p.get<std::string>());
    return paths;
}

}  // namespace

PackStaging::PackStaging(InstallRoots roots, fs::path journal)
    : roots_(std::move(roots)), journal_(std::move(journal)) {}

fs::path PackStaging::stagingFor(const fs::path& destination) const {
    for (PackKind kind : {PackKind::Weights, PackKind::Dataset, PackKind::Features, PackKind::Run,
                          PackKind::Lesson}) {
        const fs::path& root = roots_.of(kind);
        if (isUnder(destination, root))
            return fs::path(root.string() + kStagingSuffix) / destination.lexically_relative(root);
    }
    refuse(QCoreApplication::translate("LessonPack", "%1 is under no install folder")
               .arg(asQString(displayPath(destination))));
}

fs::path PackStaging::place(const fs::path& destination, bool create) {
    const fs::path staged = stagingFor(destination);
    if (!create) return staged;
    const fs::path folder = staged.parent_path();
    for (const fs::path& dir : stagingDirs_)
        if (staged.string().rfind(dir.string() + "/", 0) == 0) {
            makeFolders(folder, madeDirs_);
            return staged;
        }
    // A new staging folder: the journal names it before it exists, so a kill leaves nothing.
    fs::path dir = folder;
    while (dir.filename().string().find(kStagingSuffix) == std::string::npos)
        dir = dir.parent_path();
    stagingDirs_.push_back(dir);
    makeFolders(journal_.parent_path(), madeDirs_);
    writeJournal("staging");
    makeFolders(folder, madeDirs_);
    writeJournal("staging");
    return staged;
}

void PackStaging::publishLater(fs::path staged, fs::path destination) {
    files_.emplace_back(std::move(staged), std::move(destination));
}

void PackStaging::writeJournal(const char* state) const {
    json files = json::array(), staging = json::array(), made = json::array();
    for (const auto& [staged, destination] : files_)
        files.push_back({staged.string(), destination.string()});
    for (const fs::path& dir : stagingDirs_) staging.push_back(dir.string());
    for (const fs::path& dir : madeDirs_) made.push_back(dir.string());
    writeFileAtomically(
        journal_,
        json{{"state", state}, {"staging", staging}, {"made", made}, {"files", files}}.dump());
}

PackStaging::Published PackStaging::publish() {
    Published result;
    std::vector<std::pair<fs::path, fs::path>> toLink;
    std::error_code error;
    for (const auto& [staged, destination] : files_) {
        if (!fs::exists(fs::symlink_status(destination, error))) {
            toLink.emplace_back(staged, destination);
            continue;
        }
        if (!fs::is_regular_file(destination, error) ||
            fileSha256(destination) != fileSha256(staged))
            refuse(QCoreApplication::translate("LessonPack",
                                               "%1 is already there and differs from the pack's: "
                                               "move it away to install the pack")
                       .arg(asQString(displayPath(destination))));
        ++result.alreadyThere;
    }
    files_ = toLink;
    writeJournal("publishing");
    const bool newStore = !fs::exists(roots_.features, error);
    std::vector<fs::path> published, madeHere;
    try {
        if (std::any_of(files_.begin(), files_.end(),
                        [&](const auto& f) { return isUnder(f.second, roots_.features); }))
            FeatureStore store(roots_.features);  // made as the store makes itself: mode 0700
        for (const auto& [staged, destination] : files_) {
            makeFolders(destination.parent_path(), madeHere);
            if (const int failure = linkInPlace(staged, destination))
                throw FileError(MessageId::CannotMoveIntoPlace, {displayPath(destination)},
                                failure);
            published.push_back(destination);
            result.addedBytes += fs::file_size(destination, error);
        }
    } catch (...) {
        // Whatever stopped it (a destination's folder that cannot be made, a full disk), the
        // install leaves nothing: what this call published goes, and a store it began too.
        for (const fs::path& file : published) fs::remove(file, error);
        removeMadeFolders(madeHere);
        if (newStore) fs::remove_all(roots_.features, error);
        throw;
    }
    result.added = published.size();
    files_.clear();
    discard();
    return result;
}

void PackStaging::discard() noexcept {
    std::error_code error;
    for (const fs::path& dir : stagingDirs_) fs::remove_all(dir, error);
    removeMadeFolders(madeDirs_);
    fs::remove(journal_, error);
    stagingDirs_.clear();
    madeDirs_.clear();
}

std::string PackStaging::recover(const fs::path& journal) {
    std::error_code error;
    if (!fs::exists(journal, error)) return {};
    const json j = json::parse(readFileBytes(journal), nullptr, false);
    PackStaging staging({}, journal);
    if (j.is_discarded()) {  // torn before its first write ended: nothing was staged yet
        staging.discard();
        return {};
    }
    staging.stagingDirs_ = pathsFrom(j.value("staging", json::array()));
    staging.madeDirs_ = pathsFrom(j.value("made", json::array()));
    std::size_t completed = 0;
    if (j.value("state", "") == "publishing")
        for (const json& f : j.value("files", json::array())) {
            const fs::path staged = f.at(0).get<std::string>(),
                           destination = f.at(1).get<std::string>();
            if (!fs::exists(staged, error) || fs::exists(fs::symlink_status(destination, error)))
                continue;
            std::vector<fs::path> made;
            makeFolders(destination.parent_path(), made);
            if (linkInPlace(staged, destination) == 0) ++completed;
        }
    staging.discard();
    return j.value("state", "") == "publishing" ? "Completed an install that was interrupted (" +
                                                      std::to_string(completed) + " files)"
                                                : "Removed what an interrupted install had staged";
}

}  // namespace layerlab::pack
