#include "common/TableModel.h"

namespace layerlab::ui {

TableModel::TableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent), columns_(columns) {}

int TableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columns_;
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
    // Quietly: views and QAbstractItemModelTester ask about invalid indexes on purpose.
    if (!index.isValid() || index.model() != this || index.parent().isValid() ||
        index.row() >= rows() || index.column() >= columns_)
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columns_)
        return {};
    return columnTitle(section);
}

}  // namespace layerlab::ui
