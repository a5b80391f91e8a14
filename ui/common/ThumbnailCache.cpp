#include "common/ThumbnailCache.h"

#include "common/ImageConversion.h"
#include "common/ImageProblemText.h"
#include "data/ImageDecoder.h"

namespace layerlab::ui {

ThumbnailCache::ThumbnailCache(int maxSide, QObject* parent)
    : QObject(parent), maxSide_(maxSide), cache_(96 * 1024) {  // cost in KiB: 96 MiB
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ThumbnailCache::~ThumbnailCache() {
    // No decode may outlive the cache it reports to.
    pool_.clear();
    pool_.waitForDone();
}

QImage ThumbnailCache::thumbnail(const QString& path) {
    if (const QImage* cached = cache_.object(path)) return *cached;
    if (pending_.contains(path)) return {};
    pending_.insert(path);
    const int maxSide = maxSide_;
    pool_.start([this, path, maxSide] {
        const DecodedImage decoded = decodeThumbnail(path.toStdString(), maxSide);
        const QImage image = decoded.ok() ? toQImage(decoded.image) : QImage();
        const QSize source(decoded.sourceWidth, decoded.sourceHeight);
        const QString problem = imageProblemText(decoded.problem, decoded.error);
        QMetaObject::invokeMethod(
            this, [=] { deliver(path, image, source, problem); },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::cancelPending() {
    pool_.clear();
    pending_.clear();
}

void ThumbnailCache::deliver(const QString& path, const QImage& image, QSize sourceSize,
                             const QString& error) {
    if (!pending_.remove(path)) return;  // cancelled meanwhile
    sourceSizes_.insert(path, sourceSize);
    if (image.isNull()) {
        Q_EMIT thumbnailFailed(path, error);
        return;
    }
    cache_.insert(path, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    Q_EMIT thumbnailReady(path);
}

}  // namespace layerlab::ui
