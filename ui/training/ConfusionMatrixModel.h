#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

#include "io/RunDirectory.h"

namespace layerlab::ui {

// The validation confusion matrix of a run: rows are true classes, columns predicted ones;
// each cell knows its samples, most confident first (wrong cells hold the worst mistakes).
class ConfusionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit ConfusionMatrixModel(QObject* parent = nullptr);

    void setPredictions(const QStringList& classes,
                        const std::vector<RunDirectory::Prediction>& predictions);
    // The samples of one cell (row = true class, column = predicted class).
    std::vector<RunDirectory::Prediction> samples(int row, int column) const;
    int count(int row, int column) const;
    const QStringList& classes() const { return classes_; }
    // The off-diagonal cell with most samples (where to look first), or an invalid index.
    QModelIndex worstMistake() const;
    double accuracy() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QStringList classes_;
    std::vector<std::vector<std::vector<RunDirectory::Prediction>>> cells_;
    int total_ = 0;
};

}  // namespace layerlab::ui
