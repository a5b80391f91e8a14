#pragma once

#include <QMenu>
#include <vector>

class QAction;

namespace layerlab::ui {

class TrainingWorkspace;

// The Runs menu: Open class folder… (Ctrl+Shift+R) points the runs lists of `workspaces` (the
// transfer and IMDB pages) at a folder many LayerLabs write runs into, remembered; My own runs
// points them back at one's own.
class ClassFolderMenu : public QMenu {
    Q_OBJECT
  public:
    ClassFolderMenu(std::vector<TrainingWorkspace*> workspaces, QWidget* parent);

    QAction* openAction() const { return open_; }
    QAction* ownRunsAction() const { return own_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void chooseClassFolder();
    void showFolder(const QString& folder);  // empty: one's own runs
    void retranslate();

    std::vector<TrainingWorkspace*> workspaces_;
    QAction* open_;
    QAction* own_;
};

}  // namespace layerlab::ui
