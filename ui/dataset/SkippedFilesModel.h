#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace layerlab::ui {

// Files that cannot be used, with the reason: shown so a teacher can fix the folder.
class SkippedFilesModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void add(const QString& path, const QString& reason);  // ignores duplicates

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QStringList paths_;
    QStringList reasons_;
};

}  // namespace layerlab::ui
