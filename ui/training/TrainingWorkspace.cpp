#include "training/TrainingWorkspace.h"

#include <algorithm>
#include <utility>

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include "experiment/Experiment.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/NewRunFolder.h"
#include "text/FailureText.h"
#include "training/EpochBanner.h"
#include "training/FineTuneDialog.h"
#include "training/HistoryChart.h"
#include "training/LrFinderDialog.h"
#include "training/PhotoTryout.h"
#include "training/RunExports.h"
#include "training/RunOutcome.h"
#include "training/RunsBrowser.h"
#include "training/RunsModel.h"
#include "training/TrainingController.h"
#include "training/TrainingLog.h"
#include "util/RunAuthor.h"

namespace layerlab::ui {
namespace {

QString taskName(Task task) {
    return QString::fromLatin1(enumName(kTasks, task));
}

constexpr int kPanelWidth = 340;  // the settings panel's width at 100%

QString defaultRunsRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("runs"));
}

// The tabs under the charts, in order.
enum Tab { LogTab, RunsTab, ConfusionTab, PhotoTab };

}  // namespace

TrainingWorkspace::TrainingWorkspace(Task task, QWidget* parent)
    : QWidget(parent),
      task_(task),
      panel_(new TrainingPanel(task, this)),
      controller_(new TrainingController(this)),
      chart_(new HistoryChart(this)),
      banner_(new EpochBanner(this)),
      exports_(new RunExports(
          chart_, [this](QString* problem) { return experimentSpec(problem); }, this)),
      tabs_(new QTabWidget(this)),
      log_(new TrainingLog(this)),
      browser_(new RunsBrowser(task == Task::Transfer, this)),
      confusion_(new ConfusionPanel(task, this)),
      photo_(task == Task::Transfer ? new PhotoTryout(this) : nullptr) {
    tabs_->addTab(log_, QString());
    tabs_->addTab(browser_, QString());
    tabs_->addTab(confusion_, QString());
    if (photo_) {
        tabs_->addTab(photo_, QString());
        connect(photo_, &PhotoTryout::statusMessage, this, &TrainingWorkspace::statusMessage);
    }
    buildLayout();
    connectParts();
    connectController();
    retranslate();
    const QString classFolder = QSettings().value("runs/classFolder").toString();
    if (!classFolder.isEmpty() && QDir(classFolder).exists()) classFolder_ = classFolder;
    setRunsRoot(QSettings().value("runs/root", defaultRunsRoot()).toString());
    // Reopen the newest run, so the charts show where the class left off.
    if (const RunsModel::Run* newest = runs()->run(0)) showRun(newest->path);
}

TrainingWorkspace::~TrainingWorkspace() {
    controller_->stop();
    controller_->wait(-1);
}

// The panel on the left; the chart above the log, runs and matrix tabs on the right.
void TrainingWorkspace::buildLayout() {
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(banner_);
    topLayout->addWidget(chart_, 1);
    topLayout->addWidget(exports_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    panel_->setMaximumWidth(kPanelWidth);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(panel_);
    layout->addWidget(splitter, 1);
}

void TrainingWorkspace::connectParts() {
    connect(panel_, &TrainingPanel::startRequested, this, &TrainingWorkspace::startTraining);
    connect(panel_, &TrainingPanel::learningRateFinderRequested, this,
            &TrainingWorkspace::findLearningRate);
    connect(panel_, &TrainingPanel::pauseToggled, controller_, &TrainingController::setPaused);
    connect(panel_, &TrainingPanel::stopRequested, controller_, &TrainingController::stop);
    RunsModel* runs = browser_->runs();
    connect(runs, &RunsModel::overlaysChanged, this, &TrainingWorkspace::updateOverlays);
    // The run on show renamed (F2): the charts' legend names it anew.
    connect(runs, &RunsModel::dataChanged, this,
            [this, runs](const QModelIndex& first, const QModelIndex& last) {
                const int row = runs->rowOf(currentRun_);
                if (row >= first.row() && row <= last.row()) chart_->setLabel(runs->run(row)->name);
            });
    connect(browser_, &RunsBrowser::showRequested, this, &TrainingWorkspace::showRun);
    connect(browser_, &RunsBrowser::resumeRequested, this, &TrainingWorkspace::resumeRun);
    connect(browser_, &RunsBrowser::fineTuneRequested, this, &TrainingWorkspace::askFineTune);
    connect(browser_, &RunsBrowser::exportRequested, exports_,
            [this](const QString& run) { exports_->exportKeras(run); });
    connect(browser_, &RunsBrowser::deleteRequested, this,
            [this](const QString& run) { deleteRun(run); });
    connect(browser_, &RunsBrowser::statusMessage, this, &TrainingWorkspace::statusMessage);
    // Another's overlaid run trains on: its curves grow.
    connect(browser_, &RunsBrowser::folderChanged, this, &TrainingWorkspace::updateOverlays);
    connect(exports_, &RunExports::statusMessage, this, &TrainingWorkspace::statusMessage);
    connect(panel_, &TrainingPanel::statusMessage, this, &TrainingWorkspace::statusMessage);
}

void TrainingWorkspace::connectController() {
    connect(controller_, &TrainingController::stateChanged, this,
            [this](TrainingController::State s) {
                panel_->setRunning(s != TrainingController::State::Idle,
                                   s == TrainingController::State::Paused);
                if (s == TrainingController::State::Preparing)
                    panel_->showMessage(tr("Preparing: scanning data, building the model…"));
                if (s == TrainingController::State::Stopping)
                    panel_->showMessage(tr("Stopping after this batch…"));
            });
    connect(controller_, &TrainingController::logLine, log_, &TrainingLog::appendPlainText);
    connect(controller_, &TrainingController::runStarted, this,
            [this](const QString& path, int, int epochs) { onRunStarted(path, epochs); });
    connect(controller_, &TrainingController::batchProgress, this,
            [this](const BatchMetrics& m, double eta) {
                chart_->addBatch(m);
                banner_->showBatch(m, epochs_);
                panel_->showProgress(m, epochs_, eta);
            });
    connect(controller_, &TrainingController::epochFinished, chart_, &HistoryChart::addEpoch);
    connect(controller_, &TrainingController::epochFinished, this,
            [this](const EpochMetrics& m) { banner_->showEpoch(&m, epochs_); });
    connect(controller_, &TrainingController::finished, this, &TrainingWorkspace::onRunFinished);
}

void TrainingWorkspace::onRunStarted(const QString& path, int epochs) {
    log_->setLiveRun(path);
    epochs_ = epochs;
    currentRun_ = path;
    exports_->setRun(path);
    runs()->setActiveRun(path);
    // The panel shows what this run trains with (a resumed or fine-tuned run's own settings),
    // read-only while it runs.
    try {
        panel_->showSettings(RunRecord::read(path.toStdString()).spec);
    } catch (const std::exception&) {
        // an unreadable experiment.json fails the run itself, with its message
    }
    const RunsModel::Run run = RunsModel::readRun(path);
    chart_->setHistory(run.name, run.history);
    confusion_->clearPredictions();
    runs()->refresh();
    Q_EMIT statusMessage(tr("Training into %1").arg(QDir::toNativeSeparators(path)));
}

void TrainingWorkspace::onRunFinished(const RunOutcome& outcome) {
    runs()->setActiveRun({});
    // Stopped or failed before the run was written: its folder goes (rmdir takes only an empty
    // one), as before folders were made ahead.
    if (!madeRunDir_.isEmpty()) QDir().rmdir(std::exchange(madeRunDir_, QString()));
    if (!outcome.error.isEmpty()) {
        onRunFailed(outcome.error);
        return;
    }
    runs()->refresh();
    if (outcome.kept) showRun(outcome.runDir);
    const QString path = QDir::toNativeSeparators(outcome.runDir);
    const QString text =
        !outcome.kept      ? tr("Stopped before training began: no run was made.")
        : !outcome.stopped ? tr("Finished. The run is in %1.").arg(path)
        // A run stopped before its first epoch ended is kept too, with no epoch on disk.
        : outcome.lastEpoch == 0
            ? tr("Stopped before the first epoch ended: the run is kept, and Resume trains it "
                 "from epoch 1.")
            : tr("Stopped. The run is on disk up to its last full epoch; Resume continues it.");
    panel_->showMessage(text);
    Q_EMIT statusMessage(text);
}

void TrainingWorkspace::onRunFailed(const QString& message) {
    log_->appendPlainText(tr("Error: %1").arg(message));
    panel_->showMessage(tr("Training failed: %1").arg(message));
    runs()->refresh();
    Q_EMIT statusMessage(tr("Training failed: %1").arg(message));
}

void TrainingWorkspace::setPresentation(bool enabled, double scale) {
    chart_->setScale(scale);
    panel_->setMaximumWidth(static_cast<int>(kPanelWidth * scale));  // larger type, same words
    banner_->setPresentation(enabled);
}

void TrainingWorkspace::setItemDescriber(ConfusionPanel::ItemDescriber describer) {
    confusion_->setItemDescriber(std::move(describer));
}

void TrainingWorkspace::setRunsRoot(const QString& root) {
    QSettings().setValue("runs/root", root);
    ownRoot_ = root;
    showRunsFolder();
}

void TrainingWorkspace::setClassFolder(const QString& folder) {
    QSettings().setValue("runs/classFolder", folder);
    classFolder_ = folder;
    showRunsFolder();
}

void TrainingWorkspace::showRunsFolder() {
    runs()->setRoot(
        classFolder_.isEmpty() ? QDir(ownRoot_).filePath(taskName(task_)) : classFolder_, task_);
    browser_->setClassFolder(!classFolder_.isEmpty());
}

QString TrainingWorkspace::runsRoot() const {
    return runs()->root();
}

RunsModel* TrainingWorkspace::runs() const {
    return browser_->runs();
}

QLabel* TrainingWorkspace::bigNumbers() const {
    return banner_;
}

LrFinderDialog* TrainingWorkspace::lrFinder() const {
    return lrFinder_;
}

bool TrainingWorkspace::isTraining() const {
    return controller_->isActive();
}

void TrainingWorkspace::findLearningRate() {
    QString problem;
    const auto spec = experimentSpec(&problem);
    if (!spec) {
        panel_->showMessage(problem);
        return;
    }
    auto* dialog = new LrFinderDialog(*spec, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LrFinderDialog::learningRateChosen, panel_, &TrainingPanel::setLearningRate);
    lrFinder_ = dialog;
    dialog->show();
}

std::optional<ExperimentSpec> TrainingWorkspace::experimentSpec(QString* problem) const {
    if (!provider_) {
        *problem = tr("Nothing to train yet.");
        return std::nullopt;
    }
    std::optional<ExperimentSpec> spec = provider_(problem);
    if (!spec) return std::nullopt;
    panel_->applyTo(*spec);
    try {
        validate(*spec);
    } catch (const std::exception& e) {
        *problem = failureText(e);
        return std::nullopt;
    }
    return spec;
}

void TrainingWorkspace::startTraining() {
    QString problem;
    std::optional<ExperimentSpec> spec = experimentSpec(&problem);
    if (!spec) {
        panel_->showMessage(problem);
        Q_EMIT statusMessage(problem);
        return;
    }
    const QString runDir = newRunDir(QString());
    if (runDir.isEmpty()) return;
    std::visit([&](auto& s) { s.runDir = runDir.toStdString(); }, *spec);
    TrainingRequest request;
    request.spec = *spec;
    chart_->clear();
    launch(request);
    log_->appendPlainText(trainCommand(experimentArgs(*spec)));
}

QString TrainingWorkspace::newRunDir(const QString& suffix) {
    // In a class folder the name says whose run it is, for those who browse the share.
    const std::string who = classFolder_.isEmpty() ? "" : "-" + authorTag(thisAuthor());
    try {
        madeRunDir_ = QString::fromStdString(
            makeNewRunFolder(runs()->root().toStdString(), who + suffix.toStdString()).string());
    } catch (const std::exception& e) {
        panel_->showMessage(failureText(e));
        Q_EMIT statusMessage(failureText(e));
        return {};
    }
    return madeRunDir_;
}

bool TrainingWorkspace::mayChange(const QString& path, const QString& question) {
    const RunsModel::Run run = RunsModel::readRun(path);
    return !run.others ||
           QMessageBox::question(this, tr("Another's run"), question.arg(run.name, run.madeBy)) ==
               QMessageBox::Yes;
}

void TrainingWorkspace::launch(const TrainingRequest& request) {
    log_->startRun();
    tabs_->setCurrentIndex(LogTab);
    controller_->start(request);
}

void TrainingWorkspace::resumeRun(const QString& path) {
    if (!mayChange(path, tr("%1 was made by %2. Resume it here anyway? Its folder is then "
                            "written by this LayerLab.")))
        return;
    TrainingRequest request;
    request.kind = TrainingRequest::Resume;
    request.runDir = path;
    chart_->clearOverlays();
    launch(request);
}

void TrainingWorkspace::fineTuneRun(const QString& path, const FineTuneRequest& request) {
    TrainingRequest r;
    r.kind = TrainingRequest::FineTune;
    r.fineTune = request;
    r.fineTune.from = path.toStdString();
    if (r.fineTune.runDir.empty()) {
        const QString runDir = newRunDir(QStringLiteral("-fine-tune"));
        if (runDir.isEmpty()) return;
        r.fineTune.runDir = runDir.toStdString();
    }
    launch(r);
}

void TrainingWorkspace::askFineTune(const QString& path) {
    std::optional<TransferExperimentSpec> run;
    try {
        const ExperimentSpec spec = RunRecord::read(path.toStdString()).spec;
        if (const auto* transfer = std::get_if<TransferExperimentSpec>(&spec)) run = *transfer;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(failureText(e));
        return;
    }
    if (!run) return;
    const int classes = std::max<int>(2, RunsModel::readRun(path).classes.size());
    FineTuneDialog dialog(*run, classes, this);
    if (dialog.exec() == QDialog::Accepted) fineTuneRun(path, dialog.request());
}

void TrainingWorkspace::showRun(const QString& path) {
    if (path.isEmpty()) return;
    currentRun_ = path;
    exports_->setRun(path);
    if (photo_) photo_->setRun(path);
    confusion_->setRun(path);
    const RunsModel::Run run = RunsModel::readRun(path);
    if (!controller_->isActive()) log_->showRunLog(path);
    chart_->setHistory(run.name, run.history);
    banner_->showEpoch(run.history.empty() ? nullptr : &run.history.back(), run.plannedEpochs);
    std::vector<RunDirectory::Prediction> predictions;
    QString problem = run.problem;
    try {
        predictions = RunDirectory::open(path.toStdString()).predictions();
    } catch (const std::exception& e) {
        problem = failureText(e);
    }
    // IMDB's classes are words the page translates; image classes are folder names.
    const QStringList classes = task_ == Task::Imdb && run.classes.size() == 2
                                    ? QStringList{tr("negative"), tr("positive")}
                                    : run.classes;
    // A row naming a class the run does not have (an edited or damaged file) makes no matrix:
    // a made-up class would be a number the class never trained.
    const auto stray = std::find_if(predictions.begin(), predictions.end(), [&](const auto& p) {
        return std::min(p.label, p.predicted) < 0 ||
               std::max(p.label, p.predicted) >= classes.size();
    });
    if (stray != predictions.end()) {
        problem = messageText(Message(
            MessageId::HistoryMalformedRow,
            {displayPath(RunDirectory::file(path.toStdString(), RunFile::Predictions)),
             std::to_string(stray->label) + "," + std::to_string(stray->predicted) + ",…"}));
        predictions.clear();
    }
    confusion_->showPredictions(run.name, classes, predictions);
    if (!problem.isEmpty()) Q_EMIT statusMessage(problem);
    browser_->selectRun(path);
    updateOverlays();
}

void TrainingWorkspace::deleteRun(const QString& path, bool confirmed) {
    if (controller_->isActive() && path == currentRun_) {
        Q_EMIT statusMessage(tr("This run is training; stop it first."));
        return;
    }
    if (!confirmed) {
        const RunsModel::Run run = RunsModel::readRun(path);
        const QString question =
            run.others
                ? tr("%1 was made by %2. Delete it and everything in its folder, for "
                     "everyone who shares the folder?")
                      .arg(run.name, run.madeBy)
                : tr("Delete the run %1 and everything in its folder?").arg(QDir(path).dirName());
        if (QMessageBox::question(this, tr("Delete run"), question) != QMessageBox::Yes) return;
    }
    if (!QDir(path).removeRecursively())
        Q_EMIT statusMessage(tr("Could not delete all of %1").arg(path));
    if (path == currentRun_) {
        currentRun_.clear();
        exports_->setRun({});
        if (photo_) photo_->setRun({});
        confusion_->setRun({});
        chart_->clear();
        confusion_->clearPredictions();
    }
    runs()->refresh();
}

bool TrainingWorkspace::exportKeras(const QString& fileName) {
    return exports_->exportKeras(browser_->selectedRun(), fileName);
}

void TrainingWorkspace::updateOverlays() {
    chart_->clearOverlays();
    for (const QString& path : runs()->overlaid()) {
        if (path == currentRun_) continue;
        const RunsModel::Run run = RunsModel::readRun(path);
        chart_->addOverlay(run.name, run.history);
    }
}

void TrainingWorkspace::retranslate() {
    tabs_->setTabText(LogTab, tr("Log"));
    tabs_->setTabText(RunsTab, tr("Runs"));
    tabs_->setTabText(ConfusionTab, tr("Confusion matrix"));
    if (photo_) tabs_->setTabText(PhotoTab, tr("Try a photo"));
}

void TrainingWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
