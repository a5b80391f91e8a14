#include "download/ResourceFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/Paths.h"
#include "model/PretrainedWeights.h"
#include "text/FailureText.h"

namespace layerlab::download {
namespace {

QString toQString(const std::filesystem::path& path) {
    return QString::fromStdString(displayPath(path));
}

bool startsWith(const QString& path, const QByteArray& signature) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(signature.size()) == signature;
}

}  // namespace

QString checkWord(const Resource& resource) {
    if (resource.hashKind != Resource::Hash::None)
        return QCoreApplication::translate("Resource", "verified");
    return resource.structure ? QCoreApplication::translate("Resource", "checked by structure")
                              : QCoreApplication::translate("Resource", "checked by size");
}

QString fileHash(const QString& path, Resource::Hash kind) {
    QFile file(path);
    if (kind == Resource::Hash::None || !file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(kind == Resource::Hash::Md5 ? QCryptographicHash::Md5
                                                        : QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString verifyResourceFile(const QString& path, const Resource& resource) {
    const QFileInfo info(path);
    if (!info.isFile()) return QStringLiteral("not a file");
    if (resource.size && static_cast<std::uint64_t>(info.size()) != resource.size)
        return QStringLiteral("size %1 bytes, expected %2").arg(info.size()).arg(resource.size);
    if (resource.hashKind != Resource::Hash::None) {
        const QString actual = fileHash(path, resource.hashKind);
        if (actual != QString::fromStdString(resource.hash))
            return QStringLiteral("%1 %2, expected %3")
                .arg(resource.hashKind == Resource::Hash::Md5 ? "md5" : "sha256", actual,
                     QString::fromStdString(resource.hash));
        return {};
    }
    // No published hash: weights are checked by structure (every layer the model needs, with
    // its shape, every dataset readable), other files by their format's signature.
    if (resource.structure) {
        try {
            checkWeightsStructure(path.toStdString(), *resource.structure);
        } catch (const std::exception& error) {
            return failureText(error);
        }
        return {};
    }
    const QString name = QString::fromStdString(resource.fileName);
    if (name.endsWith(".h5") && !startsWith(path, QByteArray("\x89HDF\r\n\x1a\n", 8)))
        return QStringLiteral("not an HDF5 file");
    if (name.endsWith(".zip") && !startsWith(path, QByteArray("PK\x03\x04", 4)))
        return QStringLiteral("not a zip archive");
    return {};
}

bool isKerasImdb(const QString& path) {
    const Resource* imdb = findResource("imdb");
    if (!imdb || !QFileInfo(path).isFile() ||
        static_cast<std::uint64_t>(QFileInfo(path).size()) != imdb->size)
        return false;
    return verifyResourceFile(path, *imdb).isEmpty();
}

ResourceState inspectResource(const Resource& resource) {
    const std::vector<std::filesystem::path> dirs = cacheSearchDirs();
    ResourceState corrupt;
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        const bool ours = i + 1 == dirs.size();  // LayerLab's own cache is searched last
        const QDir dir(toQString(dirs[i] / resource.cacheSubdir));
        if (!resource.extractedFolder.empty()) {
            const QString folder = dir.filePath(QString::fromStdString(resource.extractedFolder));
            if (holdsExtractedDataset(folder))
                return {ours ? ResourceState::Downloaded : ResourceState::InKerasCache, folder, {}};
        }
        const QString file = dir.filePath(QString::fromStdString(resource.fileName));
        // A zip whose extraction failed is not the dataset yet: getting it extracts it again.
        if (!QFileInfo::exists(file) || !resource.extractedFolder.empty()) continue;
        const QString problem = verifyResourceFile(file, resource);
        if (problem.isEmpty())
            return {ours ? ResourceState::Downloaded : ResourceState::InKerasCache, file, {}};
        if (corrupt.kind == ResourceState::Missing)
            corrupt = {ResourceState::Corrupt, file, problem};
    }
    return corrupt;
}

bool holdsExtractedDataset(const QString& folder) {
    return QDir(folder + "/train").exists() && QDir(folder + "/validation").exists();
}

QString downloadTarget(const Resource& resource) {
    return toQString(downloadCacheDir() / resource.cacheSubdir / resource.fileName);
}

}  // namespace layerlab::download
