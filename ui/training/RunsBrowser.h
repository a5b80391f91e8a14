#pragma once

#include <QString>
#include <QWidget>

class QPushButton;
class QTableView;

namespace layerlab::ui {

class FolderWatch;
class RunsModel;

// The Runs tab: the runs of one task (tick to overlay, F2 to rename) and what can be done with
// the selected one. It acts on no run itself: each button asks for its action by a signal with
// the selected run's folder; only the comparison of the ticked runs opens here.
class RunsBrowser : public QWidget {
    Q_OBJECT
  public:
    // `fineTune`: offer "Fine-tune from this run…" (transfer runs).
    RunsBrowser(bool fineTune, QWidget* parent = nullptr);

    RunsModel* runs() const { return runs_; }
    QString selectedRun() const;  // empty when none
    void selectRun(const QString& path);
    // A class folder (many LayerLabs write into it): who made each run shown, the list sorted
    // as a leaderboard (best val_acc first; any column on a click), and kept up to date while
    // the class trains. Else one's own runs, newest first.
    void setClassFolder(bool classFolder);

  Q_SIGNALS:
    void showRequested(const QString& run);
    void resumeRequested(const QString& run);
    void fineTuneRequested(const QString& run);
    void exportRequested(const QString& run);
    void deleteRequested(const QString& run);
    void statusMessage(const QString& text);
    // The class folder changed on disk (a run, an epoch, a name) and the list was read again.
    void folderChanged();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void setUpView();
    void connectButtons();
    void compareTicked();
    void retranslate();

    RunsModel* runs_;
    FolderWatch* watch_;
    QTableView* view_;
    QPushButton* show_;
    QPushButton* resume_;
    QPushButton* fineTune_;
    QPushButton* export_;
    QPushButton* compare_;
    QPushButton* delete_;
    QString selectedBeforeReset_;
};

}  // namespace layerlab::ui
