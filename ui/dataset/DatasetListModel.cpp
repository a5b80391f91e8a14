#include "dataset/DatasetListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include "common/ImageProblemText.h"
#include "common/ThumbnailCache.h"

namespace layerlab::ui {

DatasetListModel::DatasetListModel(ThumbnailCache* thumbnails, QObject* parent)
    : QAbstractListModel(parent), thumbnails_(thumbnails) {
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, &DatasetListModel::refreshPath);
    connect(thumbnails_, &ThumbnailCache::thumbnailFailed, this, &DatasetListModel::markSkipped);
}

void DatasetListModel::setDataset(std::shared_ptr<const DatasetSummary> dataset) {
    beginResetModel();
    dataset_ = std::move(dataset);
    classFilter_ = -1;
    skipped_.clear();
    if (dataset_)
        for (const auto& file : dataset_->skipped)
            skipped_.insert(QString::fromStdString(file.path.string()),
                            imageProblemText(file.problem, file.reason));
    rebuildRows();
    endResetModel();
}

void DatasetListModel::setClassFilter(int label) {
    if (label == classFilter_) return;
    beginResetModel();
    classFilter_ = label;
    rebuildRows();
    endResetModel();
}

void DatasetListModel::rebuildRows() {
    rows_.clear();
    rowOfPath_.clear();
    if (!dataset_) return;
    for (std::size_t i = 0; i < dataset_->files.size(); ++i) {
        if (classFilter_ >= 0 && dataset_->files[i].label != classFilter_) continue;
        rowOfPath_.insert(QString::fromStdString(dataset_->files[i].path.string()),
                          static_cast<int>(rows_.size()));
        rows_.push_back(static_cast<int>(i));
    }
}

void DatasetListModel::markSkipped(const QString& path, const QString& reason) {
    if (skipped_.contains(path)) return;
    skipped_.insert(path, reason);
    refreshPath(path);
}

void DatasetListModel::refreshPath(const QString& path) {
    const auto it = rowOfPath_.constFind(path);
    if (it == rowOfPath_.constEnd()) return;
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole, SkippedReasonRole});
}

QImage DatasetListModel::placeholder() const {
    // Same size as a real thumbnail, so views that cache item sizes lay out correctly
    // before the first thumbnail arrives.
    if (placeholder_.isNull()) {
        placeholder_ = QImage(thumbnails_->maxSide(), thumbnails_->maxSide(), QImage::Format_RGB32);
        placeholder_.fill(QColor(235, 235, 235));
    }
    return placeholder_;
}

int DatasetListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant DatasetListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageFile& file = dataset_->files[rows_[index.row()]];
    const QString path = QString::fromStdString(file.path.string());
    const QString className = QString::fromStdString(dataset_->classes[file.label]);
    const QString reason = skipped_.value(path);
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(file.path.filename().string());
        case Qt::DecorationRole:
            if (!reason.isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (const QImage image = thumbnails_->thumbnail(path); !image.isNull()) return image;
            return placeholder();
        case Qt::ToolTipRole:
            return reason.isEmpty()
                       ? tr("%1\nclass %2 (label %3)").arg(path, className).arg(file.label)
                       : tr("%1\nskipped: %2").arg(path, reason);
        case PathRole:
            return path;
        case LabelRole:
            return file.label;
        case ClassNameRole:
            return className;
        case SkippedReasonRole:
            return reason;
        default:
            return {};
    }
}

}  // namespace layerlab::ui
