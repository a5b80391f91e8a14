#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <memory>

#include "data/ImageFolder.h"

namespace layerlab::ui {

class ThumbnailCache;

// The files of one image folder as a list (thumbnail grid), optionally filtered to a class.
// Thumbnails come from a ThumbnailCache and appear as they are decoded.
class DatasetListModel : public QAbstractListModel {
    Q_OBJECT
  public:
    enum Role { PathRole = Qt::UserRole + 1, LabelRole, ClassNameRole, SkippedReasonRole };

    explicit DatasetListModel(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const DatasetSummary> dataset);
    const DatasetSummary* dataset() const { return dataset_.get(); }
    // -1 shows every class.
    void setClassFilter(int label);
    int classFilter() const { return classFilter_; }
    // A file that failed later (at decode) is marked as skipped.
    void markSkipped(const QString& path, const QString& reason);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

  private:
    void rebuildRows();
    void refreshPath(const QString& path);
    QImage placeholder() const;

    ThumbnailCache* thumbnails_;
    std::shared_ptr<const DatasetSummary> dataset_;
    int classFilter_ = -1;
    std::vector<int> rows_;            // row -> index into dataset_->files
    QHash<QString, int> rowOfPath_;    // visible rows only
    QHash<QString, QString> skipped_;  // path -> reason
    mutable QImage placeholder_;
};

}  // namespace layerlab::ui
