#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

#include "experiment/ExperimentSpec.h"
#include "train/FitConfig.h"
#include "util/CancelToken.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace layerlab::ui {

// File ▸ Prepare features…: the teacher's evening-before step. Computes the frozen base's
// output for every image of the page's experiment (what Start would read: its model, weights,
// size, freezing and augmentation bank) into the persistent feature store, with progress, ETA
// and Cancel; says what the store holds, and lets its size cap be set and the store cleared.
class PrepareFeaturesDialog : public QDialog {
    Q_OBJECT
  public:
    PrepareFeaturesDialog(TransferExperimentSpec spec, QWidget* parent = nullptr);
    ~PrepareFeaturesDialog() override;  // cancels and waits

    void prepare();
    // Until its result is shown (the watcher finishes a little before that).
    bool busy() const { return running_; }
    QLabel* status() const { return status_; }
    QLabel* usage() const { return usage_; }
    QPushButton* prepareButton() const { return prepare_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* clearButton() const { return clear_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    struct Outcome {
        FeaturePreparation report;
        QString error;
        bool cancelled = false;
    };
    void buildLayout();
    void connectSignals();
    void showUsage();
    void finish(const Outcome& outcome);
    void clearStore();
    void retranslate();

    TransferExperimentSpec spec_;
    QLabel* intro_;
    QLabel* usage_;
    QSpinBox* cap_;
    QPushButton* clear_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    std::shared_ptr<CancelToken> cancelToken_;  // the preparation under way
    std::atomic<std::size_t> done_{0}, total_{0};
    QElapsedTimer clock_;
    QTimer* poll_;
    QFutureWatcher<Outcome> watcher_;
    bool running_ = false;
};

}  // namespace layerlab::ui
