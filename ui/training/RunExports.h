#pragma once

#include <QWidget>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"

class QPushButton;

namespace layerlab::ui {

class HistoryChart;
class RunExporter;

// One argument as a POSIX shell reads it back: single-quoted when it holds anything else
// than characters no shell treats specially.
QString shellQuoted(QString arg);
// The `layerlab-cli train` command that runs `args` ("copy as command", the log's first line).
QString trainCommand(const std::vector<std::string>& args);

// What leaves the program from the training page: the buttons under the charts (Copy as CLI
// command, Save chart…, Export history CSV…) and the Keras export of a run. Files go where the
// last of their kind went, named after the run on show.
class RunExports : public QWidget {
    Q_OBJECT
  public:
    // The experiment Start would run, or none with the reason.
    using SpecProvider = std::function<std::optional<ExperimentSpec>(QString* problem)>;

    RunExports(HistoryChart* chart, SpecProvider upcoming, QWidget* parent = nullptr);

    // The run on show (empty: none).
    void setRun(const QString& path) { run_ = path; }

  public Q_SLOTS:
    // Asks where (proposing `fileName`, else the run's name), then writes `run`'s model (else
    // the run on show's) as a Keras .h5. False when nothing is written (cancelled, refused).
    bool exportKeras(const QString& run, const QString& fileName = {});

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    QString exportPath(const char* kind, const QString& suffix) const;
    static void rememberExportFolder(const char* kind, const QString& file);
    bool refused(const QString& file);
    void saveChart();
    void exportHistory();
    void copyCommand();
    void retranslate();

    HistoryChart* chart_;
    SpecProvider upcoming_;
    RunExporter* exporter_;
    QPushButton* copyCommand_;
    QPushButton* saveChart_;
    QPushButton* exportHistory_;
    QString run_;
};

}  // namespace layerlab::ui
