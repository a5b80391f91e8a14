#include "download/pack/PackInstaller.h"

#include <unistd.h>
#include <QCryptographicHash>
#include <QSettings>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "download/pack/PackRefusal.h"
#include "download/pack/PackStaging.h"
#include "experiment/RunRecord.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "io/Paths.h"
#include "io/ZipArchive.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab::pack {
namespace {

[[noreturn]] void refuse(const fs::path& pack, const QString& why) {
    refusePack(displayPath(pack), why);
}

// Where a member lands: in its unit's installed place (readPackManifest checked that the unit
// is listed).
fs::path destinationOf(const PackManifest& manifest, const PackMember& member,
                       const InstallRoots& roots) {
    const fs::path unit = installedUnitPlace(*manifest.findUnit(member.kind, member.unit), roots);
    return member.inside().empty() ? unit : unit / member.inside();
}

// Streams a member out of the zip, into `out` when given, checking its size and sha256.
void verifyMember(const ZipArchive& zip, const fs::path& pack, const PackMember& member,
                  const fs::path* out) {
    std::ofstream file;
    if (out) {
        file.open(*out, std::ios::binary | std::ios::trunc);
        if (!file) throw FileError(MessageId::CannotCreate, {displayPath(*out)}, errno);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    zip.stream(member.path, member.size, [&](const char* data, std::size_t n) {
        hash.addData(QByteArrayView(data, static_cast<qsizetype>(n)));
        if (out && !file.write(data, static_cast<std::streamsize>(n)))
            throw FileError(MessageId::CannotWrite, {displayPath(*out)}, errno);
    });
    if (out) file.close();
    if (out && !file) throw FileError(MessageId::CannotWrite, {displayPath(*out)}, errno);
    if (hash.result().toHex().toStdString() != member.sha256)
        refuse(pack,
               QCoreApplication::translate("LessonPack",
                                           "its member '%1' does not match its sha256 (damaged or "
                                           "altered)")
                   .arg(asQString(member.path)));
}

// Paths of the teacher's machine, in a packed run's files, made the installed ones'.
Relocation relocation(const PackManifest& manifest, const InstallRoots& roots) {
    return [&manifest, roots](const fs::path& path) {
        for (PackKind kind :
             {PackKind::Run, PackKind::Dataset, PackKind::Weights, PackKind::Features})
            if (auto installed = installedPlace(manifest, kind, path, roots)) return *installed;
        return path;
    };
}

// Points a staged run at the installed data and weights: experiment.json, through RunRecord,
// and the images its predictions.csv names.
void relocateRun(const fs::path& staged, const Relocation& relocate) {
    const fs::path experiment = RunDirectory::file(staged, RunFile::Experiment);
    writeFile(experiment, RunRecord::relocatedExperimentJson(readFileBytes(experiment), relocate,
                                                             displayPath(experiment)));
    RunDirectory run = RunDirectory::open(staged);
    std::vector<RunDirectory::Prediction> predictions = run.predictions();
    if (predictions.empty()) return;
    for (auto& p : predictions)
        if (fs::path(p.item).is_absolute()) p.item = relocate(p.item).string();
    run.writePredictions(predictions);
}

struct Planned {
    const PackMember* member;
    fs::path destination, staged;
};

std::string unitLine(const PackUnit& unit, const InstallRoots& roots) {
    return std::string(kindName(unit.kind)) + " " + unit.name + " -> " +
           displayPath(installedUnitPlace(unit, roots));
}

// Stages and verifies every member; then relocates the staged runs.
void stageAll(const ZipArchive& zip, const fs::path& pack, const PackManifest& manifest,
              std::vector<Planned>& plan, PackStaging& staging, const InstallProgress& progress,
              const CancelToken& cancel) {
    std::uint64_t done = 0;
    std::map<std::string, fs::path> stagedByMember;
    for (Planned& p : plan) {
        if (cancel.cancelled()) throw InstallCancelled();
        p.staged = staging.place(p.destination);
        if (p.member->copyOf.empty())
            verifyMember(zip, pack, *p.member, &p.staged);
        else  // the same bytes as a member verified already (the manifest checked its sha256)
            fs::create_hard_link(stagedByMember.at(p.member->copyOf), p.staged);
        stagedByMember[p.member->path] = p.staged;
        done += p.member->size;
        if (progress) progress(done, manifest.totalBytes());
    }
    const Relocation relocate = relocation(manifest, staging.roots());
    for (const PackUnit& unit : manifest.units)
        if (unit.kind == PackKind::Run)
            relocateRun(staging.place(installedUnitPlace(unit, staging.roots()), false), relocate);
}

}  // namespace

PackManifest readPackManifest(const fs::path& pack) {
    const ZipArchive zip(pack);
    const std::vector<std::string> names = zip.names();
    if (names.empty() || names.front() != PackManifest::kMemberName)
        refuse(pack, QCoreApplication::translate("LessonPack", "it has no manifest.json first"));
    PackManifest manifest =
        PackManifest::fromJson(zip.read(PackManifest::kMemberName), displayPath(pack));
    std::set<std::string> listed;
    for (const PackMember& member : manifest.members) {
        if (!member.copyOf.empty()) continue;  // stored once, under the member it copies
        listed.insert(member.path);
        if (!zip.contains(member.path))
            refuse(pack, QCoreApplication::translate("LessonPack", "its member '%1' is missing")
                             .arg(asQString(member.path)));
        if (zip.declaredSize(member.path) != member.size)
            refuse(pack, QCoreApplication::translate(
                             "LessonPack", "its member '%1' is not of the size its manifest says")
                             .arg(asQString(member.path)));
    }
    for (std::size_t i = 1; i < names.size(); ++i)
        if (!listed.count(names[i]))
            refuse(pack, QCoreApplication::translate(
                             "LessonPack", "it holds a member '%1' that its manifest does not list")
                             .arg(asQString(names[i])));
    return manifest;
}

fs::path journalPath() {
    return userCacheDir() / "pack-install.journal";
}

InstallReport installPack(const fs::path& pack, const InstallRoots& roots, bool dryRun,
                          const InstallProgress& progress, const CancelToken& cancel) {
    const PackManifest manifest = readPackManifest(pack);
    const ZipArchive zip(pack);
    InstallReport report;
    for (const PackUnit& unit : manifest.units) report.places.push_back(unitLine(unit, roots));
    std::vector<Planned> plan;
    for (const PackMember& member : manifest.members)
        plan.push_back({&member, destinationOf(manifest, member, roots), {}});
    if (dryRun) {
        std::uint64_t done = 0;
        for (const Planned& p : plan) {
            if (cancel.cancelled()) throw InstallCancelled();
            if (p.member->copyOf.empty()) verifyMember(zip, pack, *p.member, nullptr);
            if (progress) progress(done += p.member->size, manifest.totalBytes());
        }
        report.added = plan.size();  // what it would add: every file, at most
        report.addedBytes = manifest.totalBytes();
        return report;
    }
    PackStaging staging(roots, journalPath());
    try {
        stageAll(zip, pack, manifest, plan, staging, progress, cancel);
        for (const Planned& p : plan) staging.publishLater(p.staged, p.destination);
        const PackStaging::Published published = staging.publish();
        report.added = published.added;
        report.alreadyInstalled = published.alreadyThere;
        report.addedBytes = published.addedBytes;
    } catch (...) {
        staging.discard();
        throw;
    }
    // File ▸ Open lesson… starts in the folder it was last used in: the installed lessons'.
    for (const PackUnit& unit : manifest.units)
        if (unit.kind == PackKind::Lesson)
            QSettings(QStringLiteral("LayerLab"), QStringLiteral("LayerLab"))
                .setValue(QStringLiteral("lesson/lastFolder"),
                          QString::fromStdString(roots.lessons.string()));
    return report;
}

std::string recoverInterruptedInstall() {
    return PackStaging::recover(journalPath());
}

}  // namespace layerlab::pack
