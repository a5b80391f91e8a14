#include "dataset/SkippedFilesModel.h"

#include <QFileInfo>

namespace layerlab::ui {

SkippedFilesModel::SkippedFilesModel(QObject* parent) : TableModel(2, parent) {}

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

int SkippedFilesModel::rows() const {
    return static_cast<int>(paths_.size());
}

QVariant SkippedFilesModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (column == 1) return reasons_[row];
    // The name fits the narrow column; the whole path is in the tooltip.
    const QString& path = paths_[row];
    return role == Qt::DisplayRole ? QFileInfo(path).fileName() : path;
}

QString SkippedFilesModel::columnTitle(int column) const {
    return column == 0 ? tr("File") : tr("Reason");
}

}  // namespace layerlab::ui
