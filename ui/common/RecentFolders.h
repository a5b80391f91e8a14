#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace layerlab::ui {

// The most recently opened dataset folders, newest first, remembered in QSettings.
class RecentFolders : public QObject {
    Q_OBJECT
  public:
    explicit RecentFolders(QObject* parent = nullptr);

    QStringList folders() const { return folders_; }
    void add(const QString& folder);
    void clear();
    // Fills `menu` with one action per folder (emitting `chosen`) and a Clear action.
    void populate(QMenu* menu);

    static constexpr int kMaximum = 8;

  Q_SIGNALS:
    void chosen(const QString& folder);
    void changed();

  private:
    void save();
    QStringList folders_;
};

}  // namespace layerlab::ui
