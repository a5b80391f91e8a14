#pragma once

#include <QStringList>

#include "common/TableModel.h"

namespace layerlab::ui {

// Files that cannot be used, with the reason: shown so a teacher can fix the folder.
class SkippedFilesModel : public TableModel {
    Q_OBJECT
  public:
    explicit SkippedFilesModel(QObject* parent = nullptr);

    void clear();
    void add(const QString& path, const QString& reason);  // ignores duplicates

  protected:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

  private:
    QStringList paths_;
    QStringList reasons_;
};

}  // namespace layerlab::ui
