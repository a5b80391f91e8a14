#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "download/ResourceCatalogue.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace layerlab::download {

// Downloads one resource at a time into LayerLab's cache (Qt Network): into `<file>.part`,
// resuming a partial file with an HTTP Range request (also by itself, up to three times, when
// the connection drops midway), following redirects, giving up after a stall of
// `timeout` ms or when the server sends too slowly or more than the file's size (read in bounded
// pieces, so an endless stream costs no memory). The bytes are asked for as published (no gzip).
// A `.part` that is a link or not the user's own plain file is never written through, nor is a
// link at the target replaced. The file is verified (size, md5/sha256, or for weights without a
// published hash, their structure) before it is renamed into place, so nothing half-written or
// wrong is ever used; a file that fails verification is removed. A zip that Keras extracts is
// extracted within the resource's limits (entries escaping the folder are refused, and nothing
// half-extracted stays); a zip already here but not extracted is extracted without a download.
class Downloader : public QObject {
    Q_OBJECT
  public:
    explicit Downloader(QObject* parent = nullptr);
    ~Downloader() override;

    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }
    // A server that trickles (one byte every few seconds never trips the stall timeout) is
    // given up when fewer than `bytesPerSecond` arrive over `windowMs`.
    void setMinimumRate(double bytesPerSecond, int windowMs) {
        minimumRate_ = bytesPerSecond;
        rateWindowMs_ = windowMs;
    }
    // False while another download runs.
    bool start(const Resource& resource);
    // Stops now; the partial file stays for a later resume.
    void cancel();
    bool busy() const { return reply_ || extracting_; }
    QString currentName() const { return QString::fromStdString(resource_.name); }

  Q_SIGNALS:
    void progress(const QString& name, qint64 received, qint64 total, double bytesPerSecond,
                  double etaSeconds);
    void finished(const QString& name, const QString& path);
    void failed(const QString& name, const QString& message);
    void canceled(const QString& name);

  private:
    void request();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void complete();
    void fail(const QString& message);
    void stopWith(const QString& message);  // aborts the reply; the part file is removed
    void closePart();
    void checkRate();
    void extract();
    QString partPath() const;

    QNetworkAccessManager* network_;
    QNetworkReply* reply_ = nullptr;
    Resource resource_;
    int part_ = -1;         // the part file's descriptor while an answer is written into it
    qint64 partBytes_ = 0;  // its size
    QElapsedTimer clock_;
    qint64 resumedFrom_ = 0;   // bytes on disk when this request began
    qint64 total_ = -1;        // the whole file's size, when known
    qint64 bytesThisRun_ = 0;  // for the speed
    int retriesLeft_ = 0;
    int timeoutMs_ = 30000;
    double minimumRate_ = 1024;  // bytes per second, over the window below
    int rateWindowMs_ = 60000;
    QTimer* rateTimer_;
    qint64 windowBytes_ = 0;  // received since the rate window began
    QElapsedTimer window_;
    bool canceled_ = false;
    bool extracting_ = false;
    QString writeError_;
};

}  // namespace layerlab::download
