#include "download/pack/PackCreator.h"

#include <algorithm>
#include <ctime>
#include <map>

#include "data/ImageFolder.h"
#include "download/ResourceCatalogue.h"
#include "download/ResourceFiles.h"
#include "download/pack/PackFiles.h"
#include "download/pack/PackRefusal.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/ZipArchive.h"
#include "io/ZipWriter.h"
#include "lesson/Lesson.h"
#include "util/EnumNames.h"
#include "util/Version.h"

namespace fs = std::filesystem;

namespace layerlab::pack {
namespace {

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

// The regular files under `folder`, relative to it, in a fixed order (a pack made twice from
// the same files lists them alike).
std::vector<fs::path> filesUnder(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error))
        if (it->is_regular_file(error)) files.push_back(it->path().lexically_relative(folder));
    if (error) throw FileError(MessageId::CannotRead, {displayPath(folder)}, error.value());
    std::sort(files.begin(), files.end());
    return files;
}

// The pack as it is gathered: its units and each member's source file.
class PackContents {
  public:
    void addUnit(PackKind kind, const fs::path& origin) {
        const std::string name = origin.filename().string();
        if (manifest_.findUnit(kind, name))
            refuse(QCoreApplication::translate(
                       "LessonPack",
                       "Two units of kind %1 named '%2' cannot go into one pack: "
                       "rename one of them")
                       .arg(kindName(kind), asQString(name)));
        manifest_.units.push_back({kind, name, origin});
    }
    void addFile(PackKind kind, const std::string& unit, const fs::path& inside,
                 const fs::path& file) {
        const std::string sha = fileSha256(file);
        const std::string path = memberPath(kind, unit, inside.generic_string());
        // Bytes already packed are packed once (a run's model.pt is often its best_model.pt).
        const auto [same, fresh] = bySha_.emplace(sha, path);
        manifest_.members.push_back(
            {path, kind, unit, fs::file_size(file), sha, fresh ? std::string() : same->second});
        files_.push_back(file);
    }
    // A one-file unit (weights, reviews, a lesson).
    void addOneFile(PackKind kind, const fs::path& file) {
        addUnit(kind, fs::weakly_canonical(fs::absolute(file)));
        addFile(kind, file.filename().string(), {}, file);
    }
    void addFolder(PackKind kind, const fs::path& folder, const std::vector<fs::path>& files) {
        addUnit(kind, folder);
        for (const fs::path& inside : files)
            addFile(kind, folder.filename().string(), inside, folder / inside);
    }
    PackManifest& manifest() { return manifest_; }
    const std::vector<fs::path>& files() const { return files_; }

  private:
    PackManifest manifest_;
    std::vector<fs::path> files_;               // in the order of manifest_.members
    std::map<std::string, std::string> bySha_;  // the first member of each content
};

fs::path existingFolder(const fs::path& folder) {
    std::error_code error;
    const fs::path real = fs::canonical(folder, error);
    if (error || !fs::is_directory(real, error))
        refuse(QCoreApplication::translate("LessonPack",
                                           "%1 is no folder: nothing of it can be packed")
                   .arg(asQString(displayPath(folder))));
    return real;
}

// Refuses a run that would not train where it is installed: its data or weights not packed.
void checkRunCovered(const RunRecord& run, const PackManifest& manifest) {
    const auto* transfer = std::get_if<TransferExperimentSpec>(&run.spec);
    if (!transfer) return;
    for (const fs::path& data : {transfer->data, transfer->validationData})
        if (!data.empty() && !installedPlace(manifest, PackKind::Dataset, data))
            refuse(QCoreApplication::translate(
                       "LessonPack",
                       "The run %1 trains on %2, which the pack does not hold: add "
                       "--dataset with its folder")
                       .arg(asQString(displayPath(run.folder)), asQString(displayPath(data))));
    if (transfer->weights.kind == WeightsSource::Kind::File &&
        !installedPlace(manifest, PackKind::Weights, transfer->weights.file))
        refuse(QCoreApplication::translate(
                   "LessonPack",
                   "The run %1 starts from the weights %2, which the pack does not "
                   "hold: add them with --weights")
                   .arg(asQString(displayPath(run.folder)),
                        asQString(displayPath(transfer->weights.file))));
}

void addRun(PackContents& contents, const fs::path& folder) {
    const fs::path real = existingFolder(folder);
    if (RunDirectory::beingWritten(real))
        refuse(QCoreApplication::translate(
                   "LessonPack", "The run %1 is being written: pack it once it has stopped")
                   .arg(asQString(displayPath(real))));
    const RunRecord run = RunRecord::read(real);
    checkRunCovered(run, contents.manifest());
    // A finished run needs no checkpoint: its final model is model.pt.
    contents.addFolder(PackKind::Run, real, RunDirectory::files(real, !run.finished()));
    contents.manifest().units.back().task = enumName(kTasks, run.task());
}

void addReviews(PackContents& contents, const fs::path& imdb) {
    contents.addOneFile(PackKind::Reviews, imdb);
    const fs::path wordIndex = imdb.parent_path() / "imdb_word_index.json";
    std::error_code error;
    if (fs::is_regular_file(wordIndex, error)) contents.addOneFile(PackKind::Reviews, wordIndex);
}

void addFeatures(PackContents& contents, const fs::path& store) {
    const fs::path real = existingFolder(store);
    std::vector<fs::path> entries = filesUnder(real);
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const fs::path& p) { return p.extension() != ".feat"; }),
                  entries.end());
    contents.addUnit(PackKind::Features, real);
    for (const fs::path& entry : entries)
        contents.addFile(PackKind::Features, real.filename().string(), entry, real / entry);
}

// A class's LayerLab looks for weights by the names Keras caches them under: weights of
// another name are found only by a packed run that names them. Weights of a Keras name are
// checked as a download of them would be.
void checkWeights(const fs::path& file, bool packsRuns) {
    const std::string name = file.filename().string();
    for (const download::Resource& resource : download::resourceCatalogue()) {
        if (resource.fileName != name || resource.cacheSubdir != "models") continue;
        const QString wrong = download::verifyResourceFile(asQString(file.string()), resource);
        if (!wrong.isEmpty())
            refuse(
                QCoreApplication::translate("LessonPack", "%1 is not the file Keras names so: %2")
                    .arg(asQString(displayPath(file)), wrong));
        return;
    }
    if (!packsRuns)
        refuse(QCoreApplication::translate(
                   "LessonPack",
                   "%1 is not named as Keras caches weights (such as %2), so no LayerLab would "
                   "find it once installed: rename it so, or pack a run that starts from it")
                   .arg(asQString(displayPath(file)),
                        asQString(download::findResource("vgg16")->fileName)));
}

// Checks what the teacher named before a byte is packed: the class finds out too late.
void checkRequest(const PackRequest& request) {
    for (const fs::path& weights : request.weights) checkWeights(weights, !request.runs.empty());
    if (request.imdb) ZipArchive{*request.imdb};      // an imdb.npz is a zip: throws naming it
    if (request.lesson) readLesson(*request.lesson);  // throws with the file and line
    for (const fs::path& dataset : request.datasets) {
        const std::vector<fs::path> files = filesUnder(existingFolder(dataset));
        if (std::none_of(files.begin(), files.end(), hasImageExtension))
            refuse(QCoreApplication::translate("LessonPack", "%1 holds no pictures")
                       .arg(asQString(displayPath(dataset))));
    }
}

}  // namespace

PackManifest createPack(const PackRequest& request) {
    std::error_code error;
    if (!request.replace && fs::exists(fs::symlink_status(request.out, error)))
        refuse(QCoreApplication::translate("LessonPack",
                                           "%1 exists already: give --force to replace it")
                   .arg(asQString(displayPath(request.out))));
    checkRequest(request);
    PackContents contents;
    for (const fs::path& weights : request.weights) contents.addOneFile(PackKind::Weights, weights);
    for (const fs::path& dataset : request.datasets) {
        const fs::path real = existingFolder(dataset);
        contents.addFolder(PackKind::Dataset, real, filesUnder(real));
    }
    if (request.imdb) addReviews(contents, *request.imdb);
    if (request.featureStore) addFeatures(contents, *request.featureStore);
    for (const fs::path& run : request.runs) addRun(contents, run);
    if (request.lesson) contents.addOneFile(PackKind::Lesson, *request.lesson);
    PackManifest& manifest = contents.manifest();
    if (manifest.members.empty())
        refuse(
            QCoreApplication::translate("LessonPack",
                                        "Nothing to pack: give --dataset, --weights, --imdb, "
                                        "--features (a store with entries), --runs or --lesson"));
    manifest.layerlabVersion = kLayerLabVersion;
    manifest.title = request.title;
    manifest.created = utcNow();
    ZipWriter zip(request.out);
    zip.addBytes(PackManifest::kMemberName, manifest.toJson());
    for (std::size_t i = 0; i < manifest.members.size(); ++i)
        if (manifest.members[i].copyOf.empty())
            zip.addFile(manifest.members[i].path, contents.files()[i]);
    zip.commit(request.replace);
    return manifest;
}

}  // namespace layerlab::pack
