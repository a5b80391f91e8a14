#include "common/RecentFolders.h"

#include <QDir>
#include <QMenu>
#include <QSettings>

namespace layerlab::ui {

namespace {
constexpr const char* kKey = "dataset/recentFolders";
}

RecentFolders::RecentFolders(QObject* parent)
    : QObject(parent), folders_(QSettings().value(kKey).toStringList()) {}

void RecentFolders::add(const QString& folder) {
    folders_.removeAll(folder);
    folders_.prepend(folder);
    while (folders_.size() > kMaximum) folders_.removeLast();
    save();
}

void RecentFolders::clear() {
    folders_.clear();
    save();
}

void RecentFolders::save() {
    QSettings().setValue(kKey, folders_);
    Q_EMIT changed();
}

void RecentFolders::populate(QMenu* menu) {
    menu->clear();
    for (int i = 0; i < folders_.size(); ++i) {
        const QString folder = folders_[i];
        QAction* action = menu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(folder)));
        connect(action, &QAction::triggered, this, [this, folder] { Q_EMIT chosen(folder); });
    }
    if (folders_.isEmpty()) menu->addAction(tr("(no recent folders)"))->setEnabled(false);
    menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("Clear recent folders"));
    clearAction->setEnabled(!folders_.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFolders::clear);
}

}  // namespace layerlab::ui
