#include "training/RunExports.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include "text/FailureText.h"
#include "experiment/Experiment.h"
#include "experiment/RunRecord.h"
#include "io/ExportTarget.h"
#include "io/FileIO.h"
#include "training/HistoryChart.h"
#include "training/RunExporter.h"

namespace layerlab::ui {

QString shellQuoted(QString arg) {
    if (!arg.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./,=:+-]")))) return arg;
    return "'" + arg.replace("'", "'\\''") + "'";
}

QString trainCommand(const std::vector<std::string>& args) {
    QStringList parts{QStringLiteral("layerlab-cli train")};
    for (const auto& arg : args) parts << shellQuoted(QString::fromStdString(arg));
    return parts.join(' ');
}

RunExports::RunExports(HistoryChart* chart, SpecProvider upcoming, QWidget* parent)
    : QWidget(parent),
      chart_(chart),
      upcoming_(std::move(upcoming)),
      exporter_(new RunExporter(this)),
      copyCommand_(new QPushButton(this)),
      saveChart_(new QPushButton(this)),
      exportHistory_(new QPushButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    for (QPushButton* b : {copyCommand_, saveChart_, exportHistory_}) layout->addWidget(b);
    connect(saveChart_, &QPushButton::clicked, this, &RunExports::saveChart);
    connect(exportHistory_, &QPushButton::clicked, this, &RunExports::exportHistory);
    connect(copyCommand_, &QPushButton::clicked, this, &RunExports::copyCommand);
    connect(exporter_, &RunExporter::finished, this, [this](const QString& message, bool ok) {
        Q_EMIT statusMessage(message);
        if (!ok) QMessageBox::warning(this, tr("Export run as a Keras model"), message);
    });
    retranslate();
}

// Saved charts and histories go where the last one went (else Pictures or Documents), named
// after the run: not into a hidden run folder.
QString RunExports::exportPath(const char* kind, const QString& suffix) const {
    const QString key = QStringLiteral("export/%1Folder").arg(QLatin1String(kind));
    const auto standard = qstrcmp(kind, "chart") == 0 ? QStandardPaths::PicturesLocation
                                                      : QStandardPaths::DocumentsLocation;
    const QString folder =
        QSettings().value(key, QStandardPaths::writableLocation(standard)).toString();
    const QString name = run_.isEmpty() ? QStringLiteral("history") : QDir(run_).dirName();
    return QDir(folder).filePath(name + suffix);
}

void RunExports::rememberExportFolder(const char* kind, const QString& file) {
    QSettings().setValue(QStringLiteral("export/%1Folder").arg(QLatin1String(kind)),
                         QFileInfo(file).absolutePath());
}

bool RunExports::exportKeras(const QString& selected, const QString& fileName) {
    const QString run = selected.isEmpty() ? run_ : selected;
    if (run.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a run to export first (Runs tab)."));
        return false;
    }
    const QString folder =
        QSettings()
            .value(QStringLiteral("export/kerasFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString proposed = fileName.isEmpty() ? QDir(run).dirName() + ".h5" : fileName;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export run as a Keras model"),
                                                      QDir(folder).filePath(proposed),
                                                      tr("Keras HDF5 model (*.h5)"));
    // Refused before it is remembered: the next export must not propose the run folder again.
    if (file.isEmpty() || refused(file)) return false;
    rememberExportFolder("keras", file);
    Q_EMIT statusMessage(tr("Exporting %1…").arg(QDir(run).dirName()));
    exporter_->exportRun(run, file);
    return true;
}

// No export is written into a run folder (an export over history.csv changed what the run
// list said of that run) or a cache, nor over a link or a special file. The Keras export
// checks more in core (the weights file, an earlier export) as it writes.
bool RunExports::refused(const QString& file) {
    const auto refusal = exportTargetRefusal(file.toStdString());
    if (refusal) QMessageBox::warning(this, tr("Not exported"), messageText(*refusal));
    return refusal.has_value();
}

void RunExports::saveChart() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save chart"), exportPath("chart", ".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty() || refused(file)) return;
    rememberExportFolder("chart", file);
    Q_EMIT statusMessage(chart_->saveImage(file) ? tr("Saved %1").arg(file)
                                                 : tr("Could not write %1").arg(file));
}

void RunExports::exportHistory() {
    if (run_.isEmpty()) return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export history"), exportPath("history", ".csv"), tr("CSV (*.csv)"));
    if (file.isEmpty() || refused(file)) return;
    rememberExportFolder("history", file);
    try {
        writeFileAtomically(file.toStdString(),
                            readFileBytes(RunDirectory::file(run_.toStdString(), RunFile::History)));
        Q_EMIT statusMessage(tr("Saved %1").arg(file));
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(failureText(e));
    }
}

void RunExports::copyCommand() {
    // The run on screen, as it was started; with none, what Start would run next. Either way
    // into a new folder: repeating a run must not write into it.
    QString problem;
    std::optional<ExperimentSpec> spec;
    if (!run_.isEmpty()) {
        try {
            spec = RunRecord::read(run_.toStdString()).spec;
        } catch (const std::exception& e) {
            problem = failureText(e);
        }
    } else {
        spec = upcoming_(&problem);
    }
    if (!spec) {
        Q_EMIT statusMessage(problem);
        return;
    }
    std::visit([](auto& s) { s.runDir = "RUN_DIR"; }, *spec);
    QApplication::clipboard()->setText(trainCommand(experimentArgs(*spec)));
    Q_EMIT statusMessage(tr("Copied the equivalent layerlab-cli command."));
}

void RunExports::retranslate() {
    saveChart_->setText(tr("Save chart…"));
    exportHistory_->setText(tr("Export history CSV…"));
    copyCommand_->setText(tr("Copy as CLI command"));
}

void RunExports::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
