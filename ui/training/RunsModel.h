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
// best val_acc, training time, a note and who made it. The name column's checkbox overlays a
// run in the charts; name and note can be edited (double-click) and are kept in the run's
// label.json — not those of a run another user or machine made: a listing never writes.
// Sorted by a column on request (a class folder's leaderboard: best val_acc first).
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
        MadeByColumn,  // "kim@pc-07"; a class folder's runs grouped by it when sorted by it
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1 };

    struct Run {
        QString path, name, settings;  // name: the class's, else "run 3 · vgg16 frozen lr 1e-4"
        QString note;
        QString madeBy;         // "kim@pc-07"; empty for a run of LayerLab 0.1 (the user's own)
        bool others = false;    // made by another user or machine: read-only here
        bool training = false;  // seems to be trained now, here or elsewhere (seemsTraining)
        QString differing;  // a class folder's: the settings in which it differs from the others
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

    // Lists the runs of `task` under `root`, newest first (or as last sorted).
    void setRoot(const QString& root, Task task);
    // A class folder's list: the settings column says what differs between the runs.
    void setClassFolder(bool classFolder);
    QString root() const { return root_; }
    void refresh();
    const Run* run(int row) const;
    int rowOf(const QString& path) const;
    QStringList overlaid() const;  // paths
    std::vector<Run> overlaidRuns() const;
    // The run this GUI trains now: its epochs read "3 / 30 (training)", not "(stopped)".
    void setActiveRun(const QString& path);
    // "30", or "3 / 30 (stopped)" for a run that ended early.
    static QString epochsText(const Run& run, bool active = false);

    // Reads one run folder (also for the charts when a run is reopened).
    static Run readRun(const QString& path);

    // Column -1: newest first, as listed.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
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
    void sortRuns();
    void describeDifferences();

    QString root_;
    Task task_ = Task::Transfer;
    std::vector<Run> runs_;
    QSet<QString> overlaid_;
    QString active_;
    QSet<QString> endedHere_;  // runs this GUI trained and ended: not training, whatever they seem
    bool classFolder_ = false;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace layerlab::ui
