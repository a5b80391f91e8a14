#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "training/TrainingPanel.h"

class QLabel;
class QAbstractItemModel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;

namespace layerlab::ui {

class ConfusionMatrixModel;
class DrillDownExplainer;
class LrFinderDialog;
class RunExporter;
class PhotoTryout;
class DatasetListModel;
class HistoryChart;
class RunsModel;
class ThumbnailCache;
class TrainingController;
struct TrainingRequest;

// Training for one task, shared by the transfer and IMDB pages: fit settings and buttons,
// live charts, the Keras-like log, the runs of this task (overlay, reopen, resume, fine-tune,
// delete) and the validation confusion matrix of the run on show.
class TrainingWorkspace : public QWidget {
    Q_OBJECT
  public:
    // The page's half of the experiment (data, model, augmentation), or none with a message
    // when the page is not ready (no dataset yet).
    using SpecProvider = std::function<std::optional<ExperimentSpec>(QString* problem)>;

    TrainingWorkspace(Task task, QWidget* parent = nullptr);
    ~TrainingWorkspace() override;

    void setSpecProvider(SpecProvider provider) { provider_ = std::move(provider); }
    // A few words that say what a validation item is ("x_train[3313]" → the review's opening
    // words), for the confusion matrix's drill-down; empty when unknown.
    using ItemDescriber = std::function<QString(const std::string& item)>;
    void setItemDescriber(ItemDescriber describer) { describer_ = std::move(describer); }
    // Where runs are kept (a folder per run); remembered.
    void setRunsRoot(const QString& root);
    QString runsRoot() const;

    TrainingPanel* panel() const { return panel_; }
    TrainingController* controller() const { return controller_; }
    HistoryChart* chart() const { return chart_; }
    RunsModel* runs() const { return runs_; }
    ConfusionMatrixModel* confusion() const { return confusion_; }
    PhotoTryout* photoTryout() const { return photo_; }
    DrillDownExplainer* drillDown() const { return drillDown_; }  // transfer runs only
    QListView* cellView() const { return cellView_; }
    LrFinderDialog* lrFinder() const;
    RunExporter* exporter() const { return exporter_; }  // the last one opened, while it is open
    QString currentRun() const { return currentRun_; }
    // The experiment Start would run, but for its run folder (for tests and "copy command").
    std::optional<ExperimentSpec> experimentSpec(QString* problem) const;
    bool busy() const;
    // Presentation mode: the charts at `scale`, and the current epoch's numbers in large type.
    void setPresentation(bool enabled, double scale);
    QLabel* bigNumbers() const { return bigNumbers_; }

  public Q_SLOTS:
    void startTraining();
    // The learning-rate finder on what Start would train.
    void findLearningRate();
    void showRun(const QString& path);
    void resumeRun(const QString& path);
    void fineTuneRun(const QString& path, const FineTuneRequest& request);
    // Asks first unless `confirmed`.
    void deleteRun(const QString& path, bool confirmed = false);
    void showConfusionCell(int row, int column);
    // Asks where, then writes the selected run's model (else the run on show) as a Keras .h5.
    void exportKeras();

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    QWidget* buildRunsPage();
    QWidget* buildMatrixPage();
    void buildLayout();
    void connectButtons();
    void connectController();
    QString newRunDir(const QString& suffix) const;
    void launch(const TrainingRequest& request);  // clears the log, shows it, starts
    void updateOverlays();
    void appendLog(const QString& line);
    QString selectedRun() const;
    void askFineTune();
    void compareRuns();
    void showEpochNumbers(const EpochMetrics* metrics, int epochs);
    void showNumbers(bool validation, int epoch, int epochs, double loss, double accuracy);
    void onRunStarted(const QString& path, int epochs);
    void onRunFinished(const QString& path, bool stopped);
    QString exportPath(const char* kind, const QString& suffix) const;
    static void rememberExportFolder(const char* kind, const QString& file);
    void saveChart();
    void exportHistory();
    void copyCommand();
    void retranslate();
    void updateCellGrid();

    Task task_;
    SpecProvider provider_;
    ItemDescriber describer_;
    TrainingPanel* panel_;
    TrainingController* controller_;
    HistoryChart* chart_;
    RunsModel* runs_;
    ConfusionMatrixModel* confusion_;
    PhotoTryout* photo_;  // transfer runs only
    ThumbnailCache* thumbnails_;
    DatasetListModel* cellImages_;
    QStringListModel* cellItems_;
    QAbstractItemModel* captions_ = nullptr;  // image captions with their probability
    QTabWidget* tabs_;
    QPlainTextEdit* log_;
    QTableView* runsView_;
    QTableView* matrixView_;
    QListView* cellView_;
    DrillDownExplainer* drillDown_ = nullptr;
    QPointer<LrFinderDialog> lrFinder_;
    QLabel* matrixCaption_;
    QLabel* bigNumbers_;
    QPushButton* showButton_;
    QPushButton* resumeButton_;
    QPushButton* fineTuneButton_;
    QPushButton* deleteButton_;
    QPushButton* compareButton_;
    QPushButton* saveChartButton_;
    QPushButton* exportButton_;
    QPushButton* copyCommandButton_;
    QPushButton* exportKerasButton_;
    RunExporter* exporter_;
    QString currentRun_;
    QString liveLogRun_;  // the run whose log the panel shows as it was said live
    int epochs_ = 0;  // of the run training now
};

}  // namespace layerlab::ui
