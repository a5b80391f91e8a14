#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace layerlab::ui {

// Says when the runs in a folder change — a new run, an epoch written, a rename — also when
// other machines write them. QFileSystemWatcher tells at once of this machine's writes; inotify
// sees nothing another machine writes into a network share (NFS, SMB), so the folder is also
// polled every few seconds: the names of its folders and the times and sizes of their run
// files, compared with the last look. It reads nothing else, and writes nothing.
class FolderWatch : public QObject {
    Q_OBJECT
  public:
    static constexpr int kPollMs = 3000;

    explicit FolderWatch(QObject* parent = nullptr);

    // Empty: watch nothing.
    void setFolder(const QString& folder);

  Q_SIGNALS:
    void changed();

  private:
    QString snapshot() const;
    void look();

    QFileSystemWatcher* watcher_;
    QTimer* poll_;
    QTimer* settle_;  // a burst of writes (an epoch's files) is one change
    QString folder_;
    QString last_;
};

}  // namespace layerlab::ui
