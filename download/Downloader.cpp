#include "download/Downloader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "download/ResourceFiles.h"
#include "io/ZipArchive.h"
#include "text/FailureText.h"

namespace layerlab::download {
namespace {

constexpr int kRetries = 3;
// Files without a published size: LayerLab's largest (MobileNetV2 1.4) is under 20 MB.
constexpr qint64 kMaxUnknownSize = qint64(512) << 20;
// What Qt may hold of a reply that is not yet written: without a limit, its network thread
// takes all a fast server sends, however slowly it is written (an endless stream took GBs).
constexpr qint64 kReadBufferBytes = qint64(1) << 20;
// Taken from the reply and written at a time, so that no more than the limit is ever written.
constexpr qint64 kPieceBytes = qint64(64) << 10;

// lstat: what is at `path` itself, never what a link there points at. False when nothing is.
bool entryAt(const QString& path, struct stat* info) {
    return ::lstat(QFile::encodeName(path).constData(), info) == 0;
}

// The size of the regular file at `path`; -1 when nothing or anything else (a link) is there.
qint64 regularFileSize(const QString& path) {
    struct stat info {};
    return entryAt(path, &info) && S_ISREG(info.st_mode) ? static_cast<qint64>(info.st_size) : -1;
}

// Whether something other than a regular file (a link, a folder, a device) is at `path`.
bool holdsNonRegular(const QString& path) {
    struct stat info {};
    return entryAt(path, &info) && !S_ISREG(info.st_mode);
}

// Opens the partial download at `path` for writing without following a link, and only when it
// is a regular file of this user's with no other name: a link, or a hard link, would have the
// download written into whatever file it names. O_NONBLOCK keeps a FIFO from blocking the open
// (a regular file ignores it). The descriptor; or -1, with `refused` set when something else is
// at `path`, else errno saying why it could not be opened.
int openPartFile(const QString& path, bool append, bool* refused) {
    const int fd = ::open(
        QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (append ? O_APPEND : 0), 0644);
    if (fd < 0) {
        *refused = errno == ELOOP || errno == ENXIO;  // a link; a FIFO nobody reads
        return -1;
    }
    struct stat info {};
    *refused = ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid() ||
               info.st_nlink != 1;
    // Truncated only now: a file that is not ours keeps its bytes.
    if (!*refused && (append || ::ftruncate(fd, 0) == 0)) return fd;
    const int error = errno;
    ::close(fd);
    errno = error;
    return -1;
}

// Writes all of `bytes`, or fails with errno saying why (a full disk often takes part of a write
// first, and says why only on the next).
bool writeAll(int fd, const QByteArray& bytes) {
    for (qint64 done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += n;
    }
    return true;
}

QString errnoText() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A network error as a user should read it: one sentence naming the file.
QString describe(QNetworkReply* reply, const QString& file) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return Downloader::tr("the server answered HTTP %1 %2 for %3")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                 reply->url().toString());
    switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::NetworkSessionFailedError:
            return Downloader::tr("cannot reach %1 (offline?): %2")
                .arg(reply->url().host(), reply->errorString());
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return Downloader::tr("no data from %1 for too long: the connection timed out")
                .arg(reply->url().host());
        default:
            return Downloader::tr("downloading %1 failed: %2").arg(file, reply->errorString());
    }
}

}  // namespace

Downloader::Downloader(QObject* parent)
    : QObject(parent), network_(new QNetworkAccessManager(this)), rateTimer_(new QTimer(this)) {
    rateTimer_->setInterval(250);
    connect(rateTimer_, &QTimer::timeout, this, &Downloader::checkRate);
}

Downloader::~Downloader() {
    cancel();
}

QString Downloader::partPath() const {
    return downloadTarget(resource_) + QStringLiteral(".part");
}

bool Downloader::start(const Resource& resource) {
    if (busy()) return false;
    resource_ = resource;
    canceled_ = false;
    retriesLeft_ = kRetries;
    bytesThisRun_ = 0;
    total_ = -1;
    clock_.start();
    QDir().mkpath(QFileInfo(partPath()).absolutePath());
    // Downloaded before, but its extraction failed or was removed: extract, fetch nothing.
    if (!resource_.extractedFolder.empty() && QFileInfo::exists(downloadTarget(resource_)) &&
        verifyResourceFile(downloadTarget(resource_), resource_).isEmpty()) {
        extract();
        return true;
    }
    request();
    return true;
}

void Downloader::request() {
    resumedFrom_ = std::max<qint64>(0, regularFileSize(partPath()));
    writeError_.clear();
    QNetworkRequest request(QUrl(QString::fromStdString(downloadUrl(resource_))));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs_);
    // The bytes as published, which the size and hash describe. Left to itself, Qt asks for
    // gzip and inflates the answer in memory, with no limit a download could set; a gzip bomb
    // then failed with an empty reason. (Keras's urllib does not ask for gzip either.)
    request.setRawHeader("Accept-Encoding", "identity");
    if (resumedFrom_ > 0)
        request.setRawHeader("Range",
                             QByteArray("bytes=") + QByteArray::number(resumedFrom_) + "-");
    reply_ = network_->get(request);
    reply_->setReadBufferSize(kReadBufferBytes);
    windowBytes_ = 0;
    window_.start();
    rateTimer_->start();
    connect(reply_, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaData);
    connect(reply_, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &Downloader::onFinished);
}

void Downloader::onMetaData() {
    if (!reply_ || part_ >= 0) return;
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) return;  // redirects and errors: nothing to write
    // 206: the server resumes; 200: it sends everything again, so start the file over. A 206
    // whose range starts anywhere but where the part file ends would splice two files.
    const bool resuming = status == 206 && resumedFrom_ > 0;
    if (resuming) {
        const QByteArray range = reply_->rawHeader("Content-Range");  // "bytes 100-999/1000"
        if (range.mid(6).split('-').value(0).toLongLong() != resumedFrom_)
            return stopWith(
                tr("the server resumed %1 at the wrong place (%2)")
                    .arg(QString::fromStdString(resource_.fileName), QString::fromLatin1(range)));
    }
    if (!resuming) resumedFrom_ = 0;
    bool refused = false;
    part_ = openPartFile(partPath(), resuming, &refused);
    if (part_ < 0) {
        const QString reason = errnoText();
        // What is there is kept: it is not LayerLab's to remove, and what it names is untouched.
        writeError_ = refused ? tr("will not write the download to %1: it is a link or not a "
                                   "plain file of yours; remove it and try again")
                                    .arg(partPath())
                              : tr("cannot write %1: %2").arg(partPath(), reason);
        reply_->abort();
        return;
    }
    partBytes_ = ::lseek(part_, 0, SEEK_END);
    const qint64 length = reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > 0)
        total_ = resumedFrom_ + length;
    else if (resource_.size)
        total_ = static_cast<qint64>(resource_.size);
}

// Writes what has arrived piece by piece, and stops the download before a byte beyond the
// file's size (or the cap, for files of unknown size) is written.
void Downloader::onReadyRead() {
    if (!reply_ || part_ < 0) return;
    const qint64 limit = resource_.size ? static_cast<qint64>(resource_.size) : kMaxUnknownSize;
    while (reply_->bytesAvailable() > 0) {
        const QByteArray piece = reply_->read(kPieceBytes);
        if (partBytes_ + piece.size() > limit)
            return stopWith(tr("the server sends more than the %1 bytes %2 has: refused")
                                .arg(limit)
                                .arg(QString::fromStdString(resource_.fileName)));
        if (!writeAll(part_, piece)) {  // a full disk: stop at once and give the space back
            const QString reason = errnoText();
            return stopWith(tr("cannot write %1: %2").arg(partPath(), reason));
        }
        partBytes_ += piece.size();
        bytesThisRun_ += piece.size();
        windowBytes_ += piece.size();
    }
    const double seconds = std::max(1e-3, clock_.elapsed() / 1000.0);
    const double speed = bytesThisRun_ / seconds;
    const double eta = total_ > 0 && speed > 0 ? (total_ - partBytes_) / speed : -1;
    Q_EMIT progress(currentName(), partBytes_, total_, speed, eta);
}

void Downloader::stopWith(const QString& message) {
    writeError_ = message;
    closePart();
    QFile::remove(partPath());
    if (reply_) reply_->abort();
}

void Downloader::closePart() {
    if (part_ >= 0) ::close(part_);
    part_ = -1;
}

void Downloader::checkRate() {
    if (!reply_ || window_.elapsed() < rateWindowMs_) return;
    const double rate = windowBytes_ * 1000.0 / window_.elapsed();
    if (rate < minimumRate_)
        return stopWith(tr("the server sends too slowly (%1 bytes/s over %2 s; LayerLab gives up "
                           "below %3 bytes/s)")
                            .arg(rate, 0, 'f', 1)
                            .arg(rateWindowMs_ / 1000.0)
                            .arg(minimumRate_));
    windowBytes_ = 0;
    window_.restart();
}

void Downloader::onFinished() {
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    rateTimer_->stop();
    reply->deleteLater();
    closePart();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (canceled_) {
        Q_EMIT canceled(currentName());
        return;
    }
    if (!writeError_.isEmpty()) return fail(writeError_);
    // 416: the range starts at the end, i.e. the partial file is already whole.
    const bool whole =
        reply->error() == QNetworkReply::NoError || (status == 416 && resumedFrom_ > 0);
    if (whole) return complete();
    const qint64 kept = regularFileSize(partPath());
    if (status < 400 && kept > resumedFrom_ && retriesLeft_-- > 0) {
        request();  // the connection dropped midway: resume from what arrived
        return;
    }
    if (kept == 0) QFile::remove(partPath());  // nothing to resume: no empty file left behind
    fail(describe(reply, QString::fromStdString(resource_.fileName)));
}

void Downloader::complete() {
    const QString problem = verifyResourceFile(partPath(), resource_);
    if (!problem.isEmpty()) {
        QFile::remove(partPath());
        return fail(tr("the downloaded %1 is not the expected file (%2); it was removed")
                        .arg(QString::fromStdString(resource_.fileName), problem));
    }
    // A link (or a folder, a device) at the target is not replaced, as `--out` never replaces
    // one: rename(2) would not write through it, but someone put it there, perhaps for the file
    // to land where it points, and a good file it led to would have been found before any
    // download. The verified part file stays; once the link is gone, the next get resumes at
    // its end and only renames it.
    const QString target = downloadTarget(resource_);
    if (holdsNonRegular(target))
        return fail(tr("will not replace %1 with the download: it is not a plain file (a link, a "
                       "folder or a device); remove it and try again")
                        .arg(target));
    std::error_code error;
    std::filesystem::rename(partPath().toStdString(), target.toStdString(), error);  // atomic
    if (error)
        return fail(tr("cannot move the download into place as %1: %2")
                        .arg(target, QString::fromStdString(error.message())));
    if (resource_.extractedFolder.empty()) {
        Q_EMIT finished(currentName(), downloadTarget(resource_));
        return;
    }
    extract();
}

// Keras's get_file(extract=True): the folder beside the zip, made off the GUI thread.
void Downloader::extract() {
    const std::filesystem::path target = downloadTarget(resource_).toStdString();
    extracting_ = true;
    const std::filesystem::path folder = target.parent_path() / resource_.extractedFolder;
    const std::string prefix = resource_.extractedFolder + "/";
    const ZipArchive::ExtractLimits limits = resource_.extractLimits;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, folder] {
        extracting_ = false;
        watcher->deleteLater();
        const QString problem = watcher->result();
        if (!problem.isEmpty()) return fail(problem);
        Q_EMIT finished(currentName(), QString::fromStdString(folder.string()));
    });
    watcher->setFuture(QtConcurrent::run([target, folder, prefix, limits]() -> QString {
        try {
            ZipArchive(target).extractTo(folder, prefix, limits);
        } catch (const std::exception& e) {
            return failureText(e);
        }
        // A zip of the right size but other contents is no dataset (Keras publishes no hash).
        if (!holdsExtractedDataset(QString::fromStdString(folder.string()))) {
            std::error_code error;
            std::filesystem::remove_all(folder, error);
            return tr("the archive does not hold %1/train and %1/validation")
                .arg(QString::fromStdString(folder.filename().string()));
        }
        return {};
    }));
}

void Downloader::fail(const QString& message) {
    Q_EMIT failed(currentName(), message);
}

void Downloader::cancel() {
    if (!reply_) return;
    canceled_ = true;
    reply_->abort();
}

}  // namespace layerlab::download
