#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include "download/ResourceCatalogue.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace layerlab::download {

// Downloads one resource at a time into LayerLab's cache (Qt Network): into `<file>.part`,
// resuming a partial file with an HTTP Range request (also by itself, up to three times, when
// the connection drops midway), following redirects, giving up after a stall of
// `timeout` ms. The file is verified (size, md5/sha256) before it is renamed into place, so
// nothing half-written or wrong is ever used; a file that fails verification is removed. A
// zip that Keras extracts is extracted (entries escaping the folder are refused).
class Downloader : public QObject {
    Q_OBJECT
  public:
    explicit Downloader(QObject* parent = nullptr);
    ~Downloader() override;

    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }
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
    QString partPath() const;

    QNetworkAccessManager* network_;
    QNetworkReply* reply_ = nullptr;
    Resource resource_;
    QFile part_;
    QElapsedTimer clock_;
    qint64 resumedFrom_ = 0;   // bytes on disk when this request began
    qint64 total_ = -1;        // the whole file's size, when known
    qint64 bytesThisRun_ = 0;  // for the speed
    int retriesLeft_ = 0;
    int timeoutMs_ = 30000;
    bool canceled_ = false;
    bool extracting_ = false;
    QString writeError_;
};

}  // namespace layerlab::download
