#pragma once

#include <QSet>
#include <QString>
#include <optional>
#include <vector>

#include "common/TableModel.h"
#include "experiment/RunRecord.h"
#include "experiment/Task.h"
#include "train/FitConfig.h"

namespace layerlab::ui {

// The runs in a folder (each a subfolder with experiment.json): name, settings, epochs,
// best val_acc, training time and a note. The name column's checkbox overlays a run in the
// charts; name and note can be edited (double-click) and are kept in the run's label.json.
class RunsModel : public TableModel {
    Q_OBJECT
  public:
    enum Column {
        NameColumn,
        SettingsColumn,
        EpochsColumn,
        BestColumn,
        DurationColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1 };

    struct Run {
        QString path, name, settings;  // name: the class's, else "run 3 · vgg16 frozen lr 1e-4"
        QString note;
        Task task = Task::Transfer;
        std::vector<EpochMetrics> history;
        QStringList classes;
        double bestValAccuracy = -1;  // -1: no validated epoch
        int bestEpoch = 0;
        int plannedEpochs = 0;  // what the run was started for (fit's epochs)
        double seconds = 0;
        std::optional<RunRecord> record;  // none: experiment.json could not be read
        QString problem;                  // an unreadable run file: shown, never fatal
    };

    explicit RunsModel(QObject* parent = nullptr);

    // Lists the runs of `task` under `root`, newest first.
    void setRoot(const QString& root, Task task);
    QString root() const { return root_; }
    void refresh();
    const Run* run(int row) const;
    int rowOf(const QString& path) const;
    QStringList overlaid() const;  // paths
    std::vector<Run> overlaidRuns() const;
    // The run training now: its epochs read "3 / 30 (training)", not "(stopped)".
    void setActiveRun(const QString& path);
    // "30", or "3 / 30 (stopped)" for a run that ended early.
    static QString epochsText(const Run& run, bool active = false);

    // Reads one run folder (also for the charts when a run is reopened).
    static Run readRun(const QString& path);

    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

  Q_SIGNALS:
    void overlaysChanged();

  protected:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

  private:
    bool rename(const QModelIndex& index, const QString& text);

    QString root_;
    Task task_ = Task::Transfer;
    std::vector<Run> runs_;
    QSet<QString> overlaid_;
    QString active_;
};

}  // namespace layerlab::ui
