#include "training/TrainingWorkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

#include "common/FailureText.h"
#include "common/ThumbnailCache.h"
#include "dataset/DatasetListModel.h"
#include "experiment/Experiment.h"
#include "explain/DrillDownExplainer.h"
#include "io/FileIO.h"
#include "training/ConfusionMatrixModel.h"
#include "training/FineTuneDialog.h"
#include "training/HistoryChart.h"
#include "training/LrFinderDialog.h"
#include "training/PhotoTryout.h"
#include "training/RunComparisonModel.h"
#include "training/RunExporter.h"
#include "training/RunsModel.h"
#include "training/TrainingController.h"

namespace layerlab::ui {
namespace {

QString taskName(Task task) {
    return QString::fromLatin1(enumName(kTasks, task));
}

// The drill-down's captions: each image's file name and the probability of the predicted class.
class CaptionedSamples : public QIdentityProxyModel {
  public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setProbabilities(std::vector<double> probabilities) {
        probabilities_ = std::move(probabilities);
        if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    }
    QVariant data(const QModelIndex& index, int role) const override {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole || std::size_t(index.row()) >= probabilities_.size())
            return value;
        return QStringLiteral("%1\np = %2")
            .arg(value.toString())
            .arg(probabilities_[std::size_t(index.row())], 0, 'f', 2);
    }

  private:
    std::vector<double> probabilities_;
};

constexpr int kPanelWidth = 340;  // the settings panel's width at 100%
constexpr int kThumbnailSize = 96;

QString defaultRunsRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("runs"));
}

// A shell-safe rendering of arguments for "copy as command".
QString shellQuoted(const std::vector<std::string>& args) {
    QStringList parts{QStringLiteral("layerlab-cli train")};
    for (const auto& arg : args) {
        QString a = QString::fromStdString(arg);
        if (a.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./,=:+-]"))))
            a = "'" + a.replace("'", "'\\''") + "'";
        parts << a;
    }
    return parts.join(' ');
}

}  // namespace

TrainingWorkspace::TrainingWorkspace(Task task, QWidget* parent)
    : QWidget(parent),
      task_(task),
      panel_(new TrainingPanel(task, this)),
      controller_(new TrainingController(this)),
      chart_(new HistoryChart(this)),
      runs_(new RunsModel(this)),
      confusion_(new ConfusionMatrixModel(this)),
      photo_(task == Task::Transfer ? new PhotoTryout(this) : nullptr),
      thumbnails_(new ThumbnailCache(kThumbnailSize, this)),
      cellImages_(new DatasetListModel(thumbnails_, this)),
      cellItems_(new QStringListModel(this)),
      tabs_(new QTabWidget(this)),
      log_(new QPlainTextEdit(this)),
      runsView_(new QTableView(this)),
      matrixView_(new QTableView(this)),
      cellView_(new QListView(this)),
      matrixCaption_(new QLabel(this)),
      bigNumbers_(new QLabel(this)),
      showButton_(new QPushButton(this)),
      resumeButton_(new QPushButton(this)),
      fineTuneButton_(new QPushButton(this)),
      deleteButton_(new QPushButton(this)),
      compareButton_(new QPushButton(this)),
      saveChartButton_(new QPushButton(this)),
      exportButton_(new QPushButton(this)),
      copyCommandButton_(new QPushButton(this)),
      exportKerasButton_(new QPushButton(this)),
      exporter_(new RunExporter(this)) {
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(20000);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setLineWrapMode(QPlainTextEdit::NoWrap);
    tabs_->addTab(log_, QString());
    tabs_->addTab(buildRunsPage(), QString());
    tabs_->addTab(buildMatrixPage(), QString());
    if (photo_) {
        tabs_->addTab(photo_, QString());
        connect(photo_, &PhotoTryout::statusMessage, this, &TrainingWorkspace::statusMessage);
    }
    buildLayout();
    connectButtons();
    connectController();
    retranslate();
    setRunsRoot(QSettings().value("runs/root", defaultRunsRoot()).toString());
    // Reopen the newest run, so the charts show where the class left off.
    if (const RunsModel::Run* newest = runs_->run(0)) showRun(newest->path);
}

QWidget* TrainingWorkspace::buildRunsPage() {
    runsView_->setModel(runs_);
    runsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    runsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click shows a run; F2 or a click on the selected row renames it or edits its note.
    runsView_->setEditTriggers(QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::SelectedClicked);
    runsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    runsView_->horizontalHeader()->setSectionResizeMode(RunsModel::SettingsColumn,
                                                        QHeaderView::Stretch);
    runsView_->verticalHeader()->hide();
    auto* runsPage = new QWidget(this);
    // Two rows: the selected run's actions, then the list's. Six buttons in one row made the
    // window wider than a 1024-pixel screen once the Runs tab was shown.
    auto* runButtons = new QHBoxLayout;
    for (QPushButton* b : {showButton_, resumeButton_, fineTuneButton_, exportKerasButton_})
        runButtons->addWidget(b);
    runButtons->addStretch(1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(compareButton_);
    listButtons->addStretch(1);
    listButtons->addWidget(deleteButton_);
    fineTuneButton_->setVisible(task_ == Task::Transfer);
    auto* runsLayout = new QVBoxLayout(runsPage);
    runsLayout->addWidget(runsView_);
    runsLayout->addLayout(runButtons);
    runsLayout->addLayout(listButtons);
    return runsPage;
}

// The confusion matrix and, beside it, the samples of the clicked cell: thumbnails of images,
// or review names with their probability.
QWidget* TrainingWorkspace::buildMatrixPage() {
    matrixView_->setModel(confusion_);
    matrixView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView_->setSelectionMode(QAbstractItemView::SingleSelection);
    matrixView_->setMinimumWidth(260);
    const bool images = task_ == Task::Transfer;
    cellView_->setViewMode(images ? QListView::IconMode : QListView::ListMode);
    cellView_->setResizeMode(QListView::Adjust);
    cellView_->setMovement(QListView::Static);
    // A thumbnail is as tall as its photo is: one item's size (the first's, a landscape photo)
    // for all put the names of taller ones under the next row. Reviews are all one line.
    cellView_->setUniformItemSizes(!images);
    cellView_->setTextElideMode(Qt::ElideMiddle);  // "cat.…2037.jpg": the number stays
    updateCellGrid();
    cellView_->setEditTriggers(QAbstractItemView::NoEditTriggers);  // samples, not names to edit
    if (images) {
        auto* captions = new CaptionedSamples(this);
        captions->setSourceModel(cellImages_);
        captions_ = captions;
    }
    cellView_->setModel(images ? static_cast<QAbstractItemModel*>(captions_)
                               : static_cast<QAbstractItemModel*>(cellItems_));
    auto* matrixPage = new QWidget(this);
    auto* matrixLayout = new QHBoxLayout(matrixPage);
    auto* matrixLeft = new QVBoxLayout;
    matrixCaption_->setWordWrap(true);
    matrixLeft->addWidget(matrixCaption_);
    matrixLeft->addWidget(matrixView_, 1);
    matrixLayout->addLayout(matrixLeft, 2);
    auto* cells = new QVBoxLayout;
    if (images) {
        drillDown_ = new DrillDownExplainer(cellView_, matrixPage);
        cells->addWidget(drillDown_);
    }
    cells->addWidget(cellView_, 1);
    matrixLayout->addLayout(cells, 3);
    return matrixPage;
}

// The panel on the left; the chart above the log, runs and matrix tabs on the right.
void TrainingWorkspace::buildLayout() {
    auto* chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    for (QPushButton* b : {copyCommandButton_, saveChartButton_, exportButton_})
        chartButtons->addWidget(b);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    bigNumbers_->setAlignment(Qt::AlignCenter);
    bigNumbers_->setVisible(false);
    topLayout->addWidget(bigNumbers_);
    topLayout->addWidget(chart_, 1);
    topLayout->addLayout(chartButtons);
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

void TrainingWorkspace::connectButtons() {
    connect(panel_, &TrainingPanel::startRequested, this, &TrainingWorkspace::startTraining);
    connect(panel_, &TrainingPanel::learningRateFinderRequested, this,
            &TrainingWorkspace::findLearningRate);
    connect(panel_, &TrainingPanel::pauseToggled, controller_, &TrainingController::setPaused);
    connect(panel_, &TrainingPanel::stopRequested, controller_, &TrainingController::stop);
    connect(runs_, &RunsModel::overlaysChanged, this, &TrainingWorkspace::updateOverlays);
    // The run on show renamed (F2): the charts' legend names it anew.
    connect(runs_, &RunsModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                const int row = runs_->rowOf(currentRun_);
                if (row >= first.row() && row <= last.row())
                    chart_->setLabel(runs_->run(row)->name);
            });
    connect(showButton_, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty()) showRun(selectedRun());
    });
    connect(runsView_, &QTableView::doubleClicked, this, [this] { showRun(selectedRun()); });
    connect(resumeButton_, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty()) resumeRun(selectedRun());
    });
    connect(fineTuneButton_, &QPushButton::clicked, this, &TrainingWorkspace::askFineTune);
    connect(compareButton_, &QPushButton::clicked, this, &TrainingWorkspace::compareRuns);
    connect(exportKerasButton_, &QPushButton::clicked, this, &TrainingWorkspace::exportKeras);
    connect(exporter_, &RunExporter::finished, this, [this](const QString& message, bool ok) {
        Q_EMIT statusMessage(message);
        if (!ok) QMessageBox::warning(this, tr("Export run as a Keras model"), message);
    });
    connect(deleteButton_, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty()) deleteRun(selectedRun());
    });
    connect(matrixView_, &QTableView::clicked, this,
            [this](const QModelIndex& index) { showConfusionCell(index.row(), index.column()); });
    connect(saveChartButton_, &QPushButton::clicked, this, &TrainingWorkspace::saveChart);
    connect(exportButton_, &QPushButton::clicked, this, &TrainingWorkspace::exportHistory);
    connect(copyCommandButton_, &QPushButton::clicked, this, &TrainingWorkspace::copyCommand);
}

TrainingWorkspace::~TrainingWorkspace() {
    controller_->stop();
    controller_->wait(-1);
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
    connect(controller_, &TrainingController::logLine, this, &TrainingWorkspace::appendLog);
    connect(controller_, &TrainingController::runStarted, this,
            [this](const QString& path, int, int epochs) { onRunStarted(path, epochs); });
    connect(controller_, &TrainingController::batchProgress, this,
            [this](const BatchMetrics& m, double eta) {
                chart_->addBatch(m);
                showNumbers(false, m.epoch, epochs_, m.loss, m.accuracy);
                panel_->showProgress(m, epochs_, eta);
            });
    connect(controller_, &TrainingController::epochFinished, chart_, &HistoryChart::addEpoch);
    connect(controller_, &TrainingController::epochFinished, this,
            [this](const EpochMetrics& m) { showEpochNumbers(&m, epochs_); });
    connect(controller_, &TrainingController::finished, this, &TrainingWorkspace::onRunFinished);
    connect(controller_, &TrainingController::failed, this, [this](const QString& message) {
        runs_->setActiveRun({});
        appendLog(tr("Error: %1").arg(message));
        panel_->showMessage(tr("Training failed: %1").arg(message));
        runs_->refresh();
        Q_EMIT statusMessage(tr("Training failed: %1").arg(message));
    });
}

void TrainingWorkspace::onRunStarted(const QString& path, int epochs) {
    epochs_ = epochs;
    currentRun_ = path;
    liveLogRun_ = path;
    runs_->setActiveRun(path);
    // The panel shows what this run trains with (a resumed or fine-tuned run's own settings),
    // read-only while it runs.
    try {
        panel_->showSettings(readRunSpec(path.toStdString()));
    } catch (const std::exception&) {
        // an unreadable experiment.json fails the run itself, with its message
    }
    const RunsModel::Run run = RunsModel::readRun(path);
    chart_->setHistory(run.name, run.history);
    confusion_->setPredictions({}, {});
    runs_->refresh();
    Q_EMIT statusMessage(tr("Training into %1").arg(QDir::toNativeSeparators(path)));
}

void TrainingWorkspace::onRunFinished(const QString& path, bool stopped) {
    runs_->setActiveRun({});
    runs_->refresh();
    // No folder: stopped while the run was being prepared (Experiment::create made none).
    if (!path.isEmpty()) showRun(path);
    const QString text =
        path.isEmpty() ? tr("Stopped before training began: no run was made.")
        : !stopped     ? tr("Finished. The run is in %1.").arg(QDir::toNativeSeparators(path))
        // A run stopped before its first epoch ended is kept too, with no epoch on disk.
        : RunsModel::readRun(path).history.empty()
            ? tr("Stopped before the first epoch ended: the run is kept, and Resume trains it "
                 "from epoch 1.")
            : tr("Stopped. The run is on disk up to its last full epoch; Resume continues it.");
    panel_->showMessage(text);
    Q_EMIT statusMessage(text);
}

// The big numbers of presentation mode after an epoch: its validation results when it has them.
void TrainingWorkspace::showEpochNumbers(const EpochMetrics* m, int epochs) {
    if (!m) {
        bigNumbers_->clear();
        return;
    }
    const bool validated = std::isfinite(m->valAccuracy);
    showNumbers(validated, m->epoch, epochs, validated ? m->valLoss : m->loss,
                validated ? m->valAccuracy : m->accuracy);
}

// "epoch 3/30 · loss 0.412 · acc 0.830" (or val_loss and val_acc) in presentation mode's type;
// `epochs`: what the run was started for (a reopened run stopped early says "1/3").
void TrainingWorkspace::showNumbers(bool validation, int epoch, int epochs, double loss,
                                    double accuracy) {
    bigNumbers_->setText((validation ? tr("epoch %1/%2 · val_loss %3 · val_acc %4")
                                     : tr("epoch %1/%2 · loss %3 · acc %4"))
                             .arg(epoch)
                             .arg(std::max(epochs, epoch))
                             .arg(loss, 0, 'f', 3)
                             .arg(accuracy, 0, 'f', 3));
}

void TrainingWorkspace::setPresentation(bool enabled, double scale) {
    chart_->setScale(scale);
    panel_->setMaximumWidth(static_cast<int>(kPanelWidth * scale));  // larger type, same words
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    bigNumbers_->setFont(big);
    bigNumbers_->setVisible(enabled);
}

void TrainingWorkspace::setRunsRoot(const QString& root) {
    QSettings().setValue("runs/root", root);
    runs_->setRoot(QDir(root).filePath(taskName(task_)), task_);
}

QString TrainingWorkspace::runsRoot() const {
    return runs_->root();
}

bool TrainingWorkspace::busy() const {
    return controller_->isActive();
}

LrFinderDialog* TrainingWorkspace::lrFinder() const {
    return lrFinder_;
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
    std::visit([&](auto& s) { s.runDir = newRunDir(QString()).toStdString(); }, *spec);
    TrainingRequest request;
    request.spec = *spec;
    chart_->clear();
    launch(request);
    appendLog(shellQuoted(experimentArgs(*spec)));
}

QString TrainingWorkspace::newRunDir(const QString& suffix) const {
    // Named by start time, so that name order is age order in the runs list.
    return QDir(runs_->root())
        .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                  suffix);
}

void TrainingWorkspace::launch(const TrainingRequest& request) {
    log_->clear();
    liveLogRun_.clear();
    tabs_->setCurrentIndex(0);
    controller_->start(request);
}

void TrainingWorkspace::resumeRun(const QString& path) {
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
    if (r.fineTune.runDir.empty())
        r.fineTune.runDir = newRunDir(QStringLiteral("-fine-tune")).toStdString();
    launch(r);
}

void TrainingWorkspace::askFineTune() {
    const QString path = selectedRun();
    if (path.isEmpty()) return;
    std::optional<TransferExperimentSpec> run;
    try {
        const ExperimentSpec spec = readRunSpec(path.toStdString());
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

// The ticked runs side by side, what differs highlighted.
void TrainingWorkspace::compareRuns() {
    std::vector<RunsModel::Run> runs = runs_->overlaidRuns();
    if (runs.size() < 2) {
        Q_EMIT statusMessage(tr("Tick two or more runs in the list to compare them."));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare runs"));
    auto* model = new RunComparisonModel(dialog);
    model->setRuns(std::move(runs));
    auto* table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("comparison"));
    table->setModel(model);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->resizeColumnsToContents();
    for (int column = 0; column < model->columnCount(); ++column)  // three runs side by side
        table->setColumnWidth(column, std::min(table->columnWidth(column), 280));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(std::min(window()->width() - 40, 1200), std::min(window()->height() - 80, 640));
    dialog->show();
}

void TrainingWorkspace::showRun(const QString& path) {
    if (path.isEmpty()) return;
    currentRun_ = path;
    if (photo_) photo_->setRun(path);
    if (drillDown_) drillDown_->setRun(path);
    const RunsModel::Run run = RunsModel::readRun(path);
    // The run trained here keeps its live log, said in the user's language; training.log
    // holds it in English.
    if (!controller_->isActive() && path != liveLogRun_) {
        liveLogRun_.clear();
        QFile log(QDir(path).filePath(QStringLiteral("training.log")));
        log_->setPlainText(log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll())
                                                         : QString());
    }
    chart_->setHistory(run.name, run.history);
    showEpochNumbers(run.history.empty() ? nullptr : &run.history.back(), run.plannedEpochs);
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
    confusion_->setPredictions(classes, predictions);
    matrixCaption_->setText(predictions.empty()
                                ? tr("No validation predictions in this run yet.")
                                : tr("%1: validation accuracy %2 on %3 samples (last epoch). Click "
                                     "a cell to see its samples.")
                                      .arg(run.name)
                                      .arg(confusion_->accuracy(), 0, 'f', 4)
                                      .arg(predictions.size()));
    const QModelIndex worst = confusion_->worstMistake();
    if (worst.isValid()) {
        matrixView_->setCurrentIndex(worst);
        showConfusionCell(worst.row(), worst.column());
    } else {
        showConfusionCell(-1, -1);
    }
    if (!problem.isEmpty()) Q_EMIT statusMessage(problem);
    const int row = runs_->rowOf(path);
    if (row >= 0) runsView_->selectRow(row);
    updateOverlays();
}

void TrainingWorkspace::showConfusionCell(int row, int column) {
    const auto samples = confusion_->samples(row, column);
    if (task_ == Task::Transfer) {
        auto summary = std::make_shared<DatasetSummary>();
        for (const QString& name : confusion_->classes())
            summary->classes.push_back(name.toStdString());
        std::vector<double> probabilities;
        QStringList files, captions;
        for (const auto& s : samples) {
            summary->files.push_back({std::filesystem::path(s.item), s.label});
            probabilities.push_back(s.probability);
            files << QString::fromStdString(s.item);
            captions << QStringLiteral("%1\np = %2")
                            .arg(QFileInfo(files.back()).fileName())
                            .arg(s.probability, 0, 'f', 2);
        }
        cellImages_->setDataset(summary);
        drillDown_->setSamples(files, captions);
        static_cast<CaptionedSamples*>(captions_)->setProbabilities(std::move(probabilities));
    } else {
        // The sigmoid's output, as the model gives it: P(positive), whatever it predicted.
        QStringList items;
        for (const auto& s : samples) {
            QString item =
                tr("%1 · P(positive) = %2")
                    .arg(QString::fromStdString(s.item))
                    .arg(s.predicted == 1 ? s.probability : 1 - s.probability, 0, 'f', 2);
            if (describer_) {
                const QString words = describer_(s.item);
                if (!words.isEmpty()) item += QStringLiteral(" · “%1…”").arg(words);
            }
            items << item;
        }
        cellItems_->setStringList(items);
    }
}

void TrainingWorkspace::deleteRun(const QString& path, bool confirmed) {
    if (controller_->isActive() && path == currentRun_) {
        Q_EMIT statusMessage(tr("This run is training; stop it first."));
        return;
    }
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Delete run"),
            tr("Delete the run %1 and everything in its folder?").arg(QDir(path).dirName())) !=
            QMessageBox::Yes)
        return;
    if (!QDir(path).removeRecursively())
        Q_EMIT statusMessage(tr("Could not delete all of %1").arg(path));
    if (path == currentRun_) {
        currentRun_.clear();
        if (photo_) photo_->setRun({});
        if (drillDown_) drillDown_->setRun({});
        chart_->clear();
        confusion_->setPredictions({}, {});
    }
    runs_->refresh();
}

QString TrainingWorkspace::selectedRun() const {
    const QModelIndex index = runsView_->currentIndex();
    return index.isValid() ? runs_->data(index, RunsModel::PathRole).toString() : QString();
}

void TrainingWorkspace::updateOverlays() {
    chart_->clearOverlays();
    for (const QString& path : runs_->overlaid()) {
        if (path == currentRun_) continue;
        const RunsModel::Run run = RunsModel::readRun(path);
        chart_->addOverlay(run.name, run.history);
    }
}

void TrainingWorkspace::appendLog(const QString& line) {
    log_->appendPlainText(line);
}

// Saved charts and histories go where the last one went (else Pictures or Documents), named
// after the run: not into a hidden run folder.
QString TrainingWorkspace::exportPath(const char* kind, const QString& suffix) const {
    const QString key = QStringLiteral("export/%1Folder").arg(QLatin1String(kind));
    const auto standard = qstrcmp(kind, "chart") == 0 ? QStandardPaths::PicturesLocation
                                                      : QStandardPaths::DocumentsLocation;
    const QString folder =
        QSettings().value(key, QStandardPaths::writableLocation(standard)).toString();
    const QString name =
        currentRun_.isEmpty() ? QStringLiteral("history") : QDir(currentRun_).dirName();
    return QDir(folder).filePath(name + suffix);
}

void TrainingWorkspace::rememberExportFolder(const char* kind, const QString& file) {
    QSettings().setValue(QStringLiteral("export/%1Folder").arg(QLatin1String(kind)),
                         QFileInfo(file).absolutePath());
}

void TrainingWorkspace::exportKeras() {
    const QString run = selectedRun().isEmpty() ? currentRun_ : selectedRun();
    if (run.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a run to export first (Runs tab)."));
        return;
    }
    const QString folder =
        QSettings()
            .value(QStringLiteral("export/kerasFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export run as a Keras model"), QDir(folder).filePath(QDir(run).dirName() + ".h5"),
        tr("Keras HDF5 model (*.h5)"));
    if (file.isEmpty()) return;
    rememberExportFolder("keras", file);
    Q_EMIT statusMessage(tr("Exporting %1…").arg(QDir(run).dirName()));
    exporter_->exportRun(run, file);
}

void TrainingWorkspace::saveChart() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save chart"), exportPath("chart", ".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty()) return;
    rememberExportFolder("chart", file);
    Q_EMIT statusMessage(chart_->saveImage(file) ? tr("Saved %1").arg(file)
                                                 : tr("Could not write %1").arg(file));
}

void TrainingWorkspace::exportHistory() {
    if (currentRun_.isEmpty()) return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export history"), exportPath("history", ".csv"), tr("CSV (*.csv)"));
    if (file.isEmpty()) return;
    rememberExportFolder("history", file);
    try {
        writeFileAtomically(file.toStdString(),
                            readFileBytes(QDir(currentRun_).filePath("history.csv").toStdString()));
        Q_EMIT statusMessage(tr("Saved %1").arg(file));
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(failureText(e));
    }
}

void TrainingWorkspace::copyCommand() {
    // The run on screen, as it was started; with none, what Start would run next. Either way
    // into a new folder: repeating a run must not write into it.
    QString problem;
    std::optional<ExperimentSpec> spec;
    if (!currentRun_.isEmpty()) {
        try {
            spec = readRunSpec(currentRun_.toStdString());
        } catch (const std::exception& e) {
            problem = failureText(e);
        }
    } else {
        spec = experimentSpec(&problem);
    }
    if (!spec) {
        Q_EMIT statusMessage(problem);
        return;
    }
    std::visit([](auto& s) { s.runDir = "RUN_DIR"; }, *spec);
    QApplication::clipboard()->setText(shellQuoted(experimentArgs(*spec)));
    Q_EMIT statusMessage(tr("Copied the equivalent layerlab-cli command."));
}

void TrainingWorkspace::retranslate() {
    tabs_->setTabText(0, tr("Log"));
    tabs_->setTabText(1, tr("Runs"));
    tabs_->setTabText(2, tr("Confusion matrix"));
    if (photo_) tabs_->setTabText(3, tr("Try a photo"));
    showButton_->setText(tr("Show"));
    resumeButton_->setText(tr("Resume"));
    fineTuneButton_->setText(tr("Fine-tune from this run…"));
    deleteButton_->setText(tr("Delete…"));
    compareButton_->setText(tr("Compare ticked runs…"));
    saveChartButton_->setText(tr("Save chart…"));
    exportButton_->setText(tr("Export history CSV…"));
    copyCommandButton_->setText(tr("Copy as CLI command"));
    exportKerasButton_->setText(tr("Export to Keras…"));
    exportKerasButton_->setToolTip(
        tr("Write the run's model as a Keras .h5 file (keras.models.load_model reads it)"));
    if (matrixCaption_->text().isEmpty())
        matrixCaption_->setText(tr("No validation predictions in this run yet."));
}

void TrainingWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) updateCellGrid();
    QWidget::changeEvent(event);
}

// A validation image's place: room for the largest thumbnail, and its file name and
// probability under it, at the font's size (presentation mode).
void TrainingWorkspace::updateCellGrid() {
    if (task_ != Task::Transfer) return;
    const QFontMetrics metrics(cellView_->font());
    const int width =
        std::max(kThumbnailSize, metrics.horizontalAdvance(QStringLiteral("cat.2000.jpg")));
    cellView_->setGridSize(QSize(width + 16, kThumbnailSize + 2 * metrics.lineSpacing() + 16));
}

}  // namespace layerlab::ui
