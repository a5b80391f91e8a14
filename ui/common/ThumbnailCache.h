#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace layerlab::ui {

// Decodes thumbnails on a thread pool and keeps them in memory. `thumbnail()` never blocks:
// it answers from the cache or queues a decode and later emits `thumbnailReady`.
class ThumbnailCache : public QObject {
    Q_OBJECT
  public:
    explicit ThumbnailCache(int maxSide = 112, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    QImage thumbnail(const QString& path);
    // The size of the file's own pixels, once its thumbnail has been decoded.
    QSize sourceSize(const QString& path) const { return sourceSizes_.value(path); }
    // Drops queued decodes (when the user moves to another folder); finished ones stay cached.
    void cancelPending();
    bool busy() const { return !pending_.isEmpty(); }
    int maxSide() const { return maxSide_; }

  Q_SIGNALS:
    void thumbnailReady(const QString& path);
    void thumbnailFailed(const QString& path, const QString& reason);

  private:
    void deliver(const QString& path, const QImage& image, QSize sourceSize, const QString& error);

    int maxSide_;
    QThreadPool pool_;
    QCache<QString, QImage> cache_;
    QSet<QString> pending_;
    QHash<QString, QSize> sourceSizes_;
};

}  // namespace layerlab::ui
