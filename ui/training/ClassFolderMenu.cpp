#include "training/ClassFolderMenu.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>

#include "training/TrainingWorkspace.h"

namespace layerlab::ui {

ClassFolderMenu::ClassFolderMenu(std::vector<TrainingWorkspace*> workspaces, QWidget* parent)
    : QMenu(parent), workspaces_(std::move(workspaces)) {
    open_ = addAction(QString(), this, &ClassFolderMenu::chooseClassFolder);
    open_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    own_ = addAction(QString(), this, [this] { showFolder({}); });
    own_->setEnabled(!workspaces_.front()->classFolder().isEmpty());
    retranslate();
}

void ClassFolderMenu::chooseClassFolder() {
    const QString current = workspaces_.front()->classFolder();
    const QString folder = QFileDialog::getExistingDirectory(
        parentWidget(), tr("Open class folder"), current.isEmpty() ? QDir::homePath() : current);
    if (!folder.isEmpty()) showFolder(folder);
}

void ClassFolderMenu::showFolder(const QString& folder) {
    for (TrainingWorkspace* workspace : workspaces_) workspace->setClassFolder(folder);
    own_->setEnabled(!folder.isEmpty());
}

void ClassFolderMenu::retranslate() {
    setTitle(tr("&Runs"));
    open_->setText(tr("Open &class folder…"));
    open_->setToolTip(
        tr("List the runs of a folder the whole class trains into (a network "
           "share): who made each, the best first, updated as they train"));
    own_->setText(tr("&My own runs"));
}

void ClassFolderMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(event);
}

}  // namespace layerlab::ui
