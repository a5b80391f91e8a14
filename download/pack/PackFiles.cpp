#include "download/pack/PackFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "io/Paths.h"

namespace fs = std::filesystem;

namespace layerlab::pack {
namespace {

// The GUI's <app data> (QStandardPaths::AppDataLocation of organisation and application
// "LayerLab"), spelled out so that the CLI, which names no application, finds the same folder.
fs::path appDataDir() {
    return fs::path(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        .toStdString()) /
           "LayerLab" / "LayerLab";
}

}  // namespace

fs::path defaultRunsRoot() {
    const QSettings settings(QStringLiteral("LayerLab"), QStringLiteral("LayerLab"));
    const QString root = settings.value(QStringLiteral("runs/root")).toString();
    return root.isEmpty() ? appDataDir() / "runs" : fs::path(root.toStdString());
}

fs::path installedLessonsDir() {
    return appDataDir() / "lessons";
}

InstallRoots InstallRoots::defaults(const fs::path& runs) {
    return {downloadCacheDir() / "models", downloadCacheDir() / "datasets",
            FeatureStore::defaultDir(), runs.empty() ? defaultRunsRoot() : runs,
            installedLessonsDir()};
}

const fs::path& InstallRoots::of(PackKind kind) const {
    switch (kind) {
        case PackKind::Weights:
            return models;
        case PackKind::Features:
            return features;
        case PackKind::Run:
            return runs;
        case PackKind::Lesson:
            return lessons;
        case PackKind::Dataset:
        case PackKind::Reviews:
            break;
    }
    return datasets;
}

fs::path installedUnitPlace(const PackUnit& unit, const InstallRoots& roots) {
    switch (unit.kind) {
        case PackKind::Features:
            return roots.features;
        case PackKind::Run:
            return roots.runs / unit.task / unit.name;
        default:
            return roots.of(unit.kind) / unit.name;
    }
}

std::optional<fs::path> installedPlace(const PackManifest& manifest, PackKind kind,
                                       const fs::path& path, const InstallRoots& roots) {
    const fs::path normal = path.lexically_normal();
    for (const PackUnit& unit : manifest.units) {
        if (unit.kind != kind || unit.origin.empty()) continue;
        if (!isUnder(normal, unit.origin.lexically_normal())) continue;
        const fs::path inside = normal.lexically_relative(unit.origin.lexically_normal());
        const fs::path installed = installedUnitPlace(unit, roots);
        return inside == "." ? installed : installed / inside;
    }
    return std::nullopt;
}

bool isUnder(const fs::path& path, const fs::path& folder) {
    const fs::path inside = path.lexically_relative(folder);
    return !inside.empty() && *inside.begin() != "..";
}

std::string fileSha256(const fs::path& file) {
    QFile in(QString::fromStdString(file.string()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!in.open(QIODevice::ReadOnly) || !hash.addData(&in))
        throw FileError(MessageId::CannotRead, {displayPath(file), in.errorString().toStdString()});
    return hash.result().toHex().toStdString();
}

}  // namespace layerlab::pack
