#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "train/FitConfig.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace layerlab::ui {

// fit()'s settings with a task's defaults, Start / Pause / Stop, and progress with ETA; the
// settings as the notebook's compile() and fit().
class TrainingPanel : public QWidget {
    Q_OBJECT
  public:
    // A task's settings: images (steps, validation steps, augmentation, cache) or reviews
    // (validation split).
    explicit TrainingPanel(Task task, QWidget* parent = nullptr);

    // Writes this panel's settings into `spec`: fit() and, for images, augmentation on/off
    // (off drops the page's augmentation) or, for reviews, the validation split.
    void applyTo(ExperimentSpec& spec) const;
    // The other way round: shows `spec`'s settings (a run's, when it starts).
    void showSettings(const ExperimentSpec& spec);
    void restoreDefaults();  // the lesson's (transfer) or the book's (IMDB)

    // While paused, the progress bar and the status say so until Resume.
    void setRunning(bool running, bool paused);
    void showProgress(const BatchMetrics& metrics, int epochs, double etaSeconds);
    void showMessage(const QString& text);  // preparing, finished, stopped, failed
    // Said in orange above Start: why the next run's base would be randomly initialised
    // (`reason` from the Model tab); nothing when `reason` is empty.
    void setRandomBaseWarning(const QString& reason);

    QPushButton* startButton() const { return start_; }
    QPushButton* defaultsButton() const { return defaults_; }
    QPushButton* findLearningRateButton() const { return findLearningRate_; }
    QDoubleSpinBox* learningRateBox() const { return learningRate_; }
    // The learning-rate finder's pick, within the box's range.
    void setLearningRate(double learningRate);
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* randomBaseWarning() const { return randomBase_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QSpinBox* stepsBox() const { return steps_; }
    QSpinBox* validationStepsBox() const { return validationSteps_; }
    QSpinBox* batchBox() const { return batch_; }
    QCheckBox* augmentBox() const { return augment_; }
    QLabel* augmentSummary() const { return augmentSummary_; }
    // "Advanced settings": a toggle that shows them, and how often a run keeps a checkpoint
    // (seconds; 0: after every epoch).
    QToolButton* advancedToggle() const { return advancedToggle_; }
    QSpinBox* checkpointBox() const { return checkpointSeconds_; }
    // What "Augment training images" applies: the Augmentation tab's settings as Keras code.
    void setAugmentation(const QString& kerasCode);
    // The dataset's classes (2: one sigmoid unit), for the loss the Keras code compiles with.
    void setClassCount(int classes);
    QPushButton* copyCodeButton() const { return copyCode_; }
    // compile() and fit() with these settings as the notebook's cell, put on the clipboard.
    QString copyKerasCode();

  Q_SIGNALS:
    void startRequested();
    void learningRateFinderRequested();
    void pauseToggled(bool paused);
    void stopRequested();
    void augmentationSettingsRequested();  // the summary's link: show the Augmentation tab
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void configureControls();
    void buildLayout();
    void connectControls();
    void restoreSettings();
    void retranslate();
    void retranslateAdvanced();
    void updateAugmentSummary();
    void updateRandomBaseWarning();
    void showRunState();
    void save() const;
    QString key(const char* name) const;

    Task task_;
    QFormLayout* form_;
    QSpinBox* epochs_;
    QSpinBox* steps_;
    QSpinBox* validationSteps_;
    QSpinBox* batch_;
    QComboBox* optimizer_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* seed_;
    QDoubleSpinBox* validationSplit_;
    QCheckBox* augment_;
    QLabel* augmentSummary_;
    QString augmentCode_;
    QCheckBox* cache_;
    QToolButton* advancedToggle_;
    QWidget* advanced_;
    QFormLayout* advancedForm_;
    QSpinBox* checkpointSeconds_;
    QPushButton* defaults_;
    QPushButton* findLearningRate_;
    QPushButton* copyCode_;
    int classes_ = 2;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;
    QProgressBar* progress_;
    QString progressText_;  // "epoch 3/30 · step 12/100"
    QString metricsText_;   // "loss … · acc … · ETA …"
    bool paused_ = false;
    QLabel* status_;
    QLabel* randomBase_;
    QString randomBaseReason_;
};

}  // namespace layerlab::ui
