#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace layerlab::ui {

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

  Q_SIGNALS:
    void showRequested(const QString& run);
    void resumeRequested(const QString& run);
    void fineTuneRequested(const QString& run);
    void exportRequested(const QString& run);
    void deleteRequested(const QString& run);
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void setUpView();
    void connectButtons();
    void compareTicked();
    void retranslate();

    RunsModel* runs_;
    QTableView* view_;
    QPushButton* show_;
    QPushButton* resume_;
    QPushButton* fineTune_;
    QPushButton* export_;
    QPushButton* compare_;
    QPushButton* delete_;
};

}  // namespace layerlab::ui
