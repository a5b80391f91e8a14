#include "dataset/SkippedFilesModel.h"

#include <QFileInfo>

namespace layerlab::ui {

void SkippedFilesModel::clear() {
    beginResetModel();
    paths_.clear();
    reasons_.clear();
    endResetModel();
}

void SkippedFilesModel::add(const QString& path, const QString& reason) {
    if (paths_.contains(path)) return;
    const int row = static_cast<int>(paths_.size());
    beginInsertRows({}, row, row);
    paths_.append(path);
    reasons_.append(reason);
    endInsertRows();
}

int SkippedFilesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(paths_.size());
}

int SkippedFilesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2;
}

QVariant SkippedFilesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (index.column() == 1) return reasons_[index.row()];
    // The name fits the narrow column; the whole path is in the tooltip.
    const QString& path = paths_[index.row()];
    return role == Qt::DisplayRole ? QFileInfo(path).fileName() : path;
}

QVariant SkippedFilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == 0 ? tr("File") : tr("Reason");
}

}  // namespace layerlab::ui
