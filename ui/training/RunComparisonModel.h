#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

#include "training/RunsModel.h"

namespace layerlab::ui {

// Runs side by side: one column per run, one row per setting — the outcome first (epochs done
// of planned, best val_acc and its epoch, training time), then every setting experiment.json
// records (data, model, fit). Rows whose values differ between the runs are highlighted: what
// changed from one run to the next is what a class compares.
class RunComparisonModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    // A row's key: the setting as experiment.json names it ("fit.learning_rate"), or "epochs",
    // "best_val_acc", "time" for the outcome.
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit RunComparisonModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunsModel::Run> runs);
    bool differs(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What a class calls a setting experiment.json records ("fit.learning_rate" → "Learning
    // rate"); a key this LayerLab does not know, as it is.
    static QString settingName(const QString& key);

  private:
    struct Row {
        QString key;
        QString name;        // readable, translated
        QStringList values;  // one per run
        bool differs = false;
    };
    std::vector<RunsModel::Run> runs_;
    std::vector<Row> rows_;
};

}  // namespace layerlab::ui
