#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>
#include <string>

#include "experiment/ExperimentSpec.h"
#include "training/ConfusionPanel.h"
#include "training/TrainingPanel.h"

class QLabel;
class QTabWidget;

namespace layerlab::ui {

class EpochBanner;
class HistoryChart;
class LrFinderDialog;
class PhotoTryout;
class RunExports;
class RunsBrowser;
class RunsModel;
class TrainingController;
class TrainingLog;
struct RunOutcome;
struct TrainingRequest;

// Training for one task, shared by the transfer and IMDB pages. It composes one-job parts —
// the fit settings and buttons (TrainingPanel), the live charts and their exports, the log,
// the runs (RunsBrowser), the confusion matrix (ConfusionPanel), "Try a photo" — and runs the
// experiments they ask for: new, resumed, fine-tuned, and the learning-rate finder.
class TrainingWorkspace : public QWidget {
    Q_OBJECT
  public:
    // The page's half of the experiment (data, model, augmentation), or none with a message
    // when the page is not ready (no dataset yet).
    using SpecProvider = std::function<std::optional<ExperimentSpec>(QString* problem)>;

    TrainingWorkspace(Task task, QWidget* parent = nullptr);
    ~TrainingWorkspace() override;

    void setSpecProvider(SpecProvider provider) { provider_ = std::move(provider); }
    void setItemDescriber(ConfusionPanel::ItemDescriber describer);
    // Where one's own runs are kept (a folder per run); remembered.
    void setRunsRoot(const QString& root);
    // The folder the runs list shows and new runs go into: the class folder while one is open,
    // else the task's folder under the runs root.
    QString runsRoot() const;
    // A class folder many LayerLabs write runs into (a network share), listed instead of one's
    // own runs: by who made them, as a leaderboard, updated as the class trains; new runs go
    // there, in folders named by time, machine and user. Empty: one's own runs again.
    // Remembered.
    void setClassFolder(const QString& folder);
    QString classFolder() const { return classFolder_; }

    TrainingPanel* panel() const { return panel_; }
    TrainingController* controller() const { return controller_; }
    HistoryChart* chart() const { return chart_; }
    RunsModel* runs() const;
    PhotoTryout* photoTryout() const { return photo_; }  // transfer runs only
    LrFinderDialog* lrFinder() const;                    // the last one opened, while it is open
    QLabel* bigNumbers() const;
    QString currentRun() const { return currentRun_; }
    // The experiment Start would run, but for its run folder (for tests and "copy command").
    std::optional<ExperimentSpec> experimentSpec(QString* problem) const;
    // A run is being prepared or trained (or is stopping).
    bool isTraining() const;
    // Presentation mode: the charts at `scale`, and the current epoch's numbers in large type.
    void setPresentation(bool enabled, double scale);

  public Q_SLOTS:
    void startTraining();
    // The learning-rate finder on what Start would train.
    void findLearningRate();
    void showRun(const QString& path);
    void resumeRun(const QString& path);
    void fineTuneRun(const QString& path, const FineTuneRequest& request);
    // Asks first unless `confirmed`.
    void deleteRun(const QString& path, bool confirmed = false);
    // Asks where (proposing `fileName`), then writes the selected run's model (else the run on
    // show) as a Keras .h5. False when nothing is written (cancelled, refused, no run).
    bool exportKeras(const QString& fileName = {});

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void connectParts();
    void connectController();
    void showRunsFolder();
    // Makes the new run's folder (see makeNewRunFolder); empty, and said, when it cannot.
    QString newRunDir(const QString& suffix);
    // True for one's own run; for another user's or machine's, when the user says yes to
    // `question` (its %1 the run's name, %2 who made it).
    bool mayChange(const QString& path, const QString& question);
    void launch(const TrainingRequest& request);  // clears the log, shows it, starts
    void updateOverlays();
    void askFineTune(const QString& path);
    void onRunStarted(const QString& path, int epochs);
    void onRunFinished(const RunOutcome& outcome);
    void onRunFailed(const QString& message);
    void retranslate();

    Task task_;
    SpecProvider provider_;
    TrainingPanel* panel_;
    TrainingController* controller_;
    HistoryChart* chart_;
    EpochBanner* banner_;
    RunExports* exports_;
    QTabWidget* tabs_;
    TrainingLog* log_;
    RunsBrowser* browser_;
    ConfusionPanel* confusion_;
    PhotoTryout* photo_;  // transfer runs only
    QPointer<LrFinderDialog> lrFinder_;
    QString currentRun_;
    QString ownRoot_;
    QString classFolder_;
    QString madeRunDir_;  // the folder newRunDir made for the run starting; removed if left empty
    QString liveLogRun_;  // the run whose log the panel shows as it was said live
    int epochs_ = 0;      // of the run training now
};

}  // namespace layerlab::ui
