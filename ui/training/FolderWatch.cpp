#include "training/FolderWatch.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include "io/RunDirectory.h"

namespace layerlab::ui {
namespace {

// The files whose change the runs list shows: a new run, its epochs, its name, its end.
constexpr RunFile kWatchedFiles[] = {RunFile::Experiment, RunFile::History, RunFile::Label,
                                     RunFile::FinalModel};

constexpr int kSettleMs = 200;

}  // namespace

FolderWatch::FolderWatch(QObject* parent)
    : QObject(parent),
      watcher_(new QFileSystemWatcher(this)),
      poll_(new QTimer(this)),
      settle_(new QTimer(this)) {
    poll_->setInterval(kPollMs);
    settle_->setSingleShot(true);
    settle_->setInterval(kSettleMs);
    connect(poll_, &QTimer::timeout, this, &FolderWatch::look);
    connect(settle_, &QTimer::timeout, this, &FolderWatch::look);
    connect(watcher_, &QFileSystemWatcher::directoryChanged, settle_, qOverload<>(&QTimer::start));
}

void FolderWatch::setFolder(const QString& folder) {
    folder_ = folder;
    if (!watcher_->directories().isEmpty()) watcher_->removePaths(watcher_->directories());
    settle_->stop();
    if (folder.isEmpty()) {
        poll_->stop();
        return;
    }
    last_ = snapshot();
    poll_->start();
    look();  // watches the folder and its runs
}

// One line per run folder: its name and its files' times and sizes.
QString FolderWatch::snapshot() const {
    QString text;
    const QDir dir(folder_);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        text += name;
        for (const RunFile file : kWatchedFiles) {
            const QFileInfo info(QString::fromStdString(
                RunDirectory::file(dir.filePath(name).toStdString(), file).string()));
            if (info.exists())
                text += QStringLiteral(" %1:%2")
                            .arg(info.lastModified().toMSecsSinceEpoch())
                            .arg(info.size());
            else
                text += QStringLiteral(" -");
        }
        text += QLatin1Char('\n');
    }
    return text;
}

void FolderWatch::look() {
    // The folder and every run in it: history.csv is replaced by a rename inside its run's
    // folder, which the class folder itself does not see.
    QStringList folders{folder_};
    const QDir dir(folder_);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        folders << dir.filePath(name);
    const QStringList watched = watcher_->directories();
    for (const QString& folder : folders)
        if (!watched.contains(folder) && QFileInfo::exists(folder)) watcher_->addPath(folder);
    const QString now = snapshot();
    if (now == last_) return;
    last_ = now;
    Q_EMIT changed();
}

}  // namespace layerlab::ui
