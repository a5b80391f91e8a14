#pragma once

#include <QAbstractTableModel>

namespace layerlab::ui {

// The common part of LayerLab's flat tables (hotspot's model bases are the idea): a fixed set
// of columns, rows counted by the subclass, every index checked once here, horizontal headers
// from one title per column. A subclass says how many rows, what a column is called, and what
// one valid cell holds for a role.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  protected:
    TableModel(int columns, QObject* parent);

    virtual int rows() const = 0;
    // Translated: asked for again after a language change.
    virtual QString columnTitle(int column) const = 0;
    // `row` and `column` are in range.
    virtual QVariant cell(int row, int column, int role) const = 0;

  private:
    int columns_;
};

}  // namespace layerlab::ui
