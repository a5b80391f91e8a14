#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "imdb/ImdbBundle.h"

namespace layerlab::ui {

// One split of the loaded reviews as a table (#, label, length, rating), filtered by a text
// search over the decoded reviews.
class ReviewListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { IndexColumn, LabelColumn, LengthColumn, RatingColumn, ColumnCount };
    enum Role { ReviewIndexRole = Qt::UserRole + 1 };

    explicit ReviewListModel(QObject* parent = nullptr);

    void setBundle(std::shared_ptr<const ImdbBundle> bundle, bool test);
    // Case-insensitive words the decoded text must contain; empty shows all.
    void setFilter(const QString& text);
    int reviewAt(int row) const;  // index into the split
    int rowOfReview(int review) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    void rebuild();
    const ImdbSplit* split() const;

    std::shared_ptr<const ImdbBundle> bundle_;
    bool test_ = false;
    QString filter_;
    std::vector<int> rows_;
};

}  // namespace layerlab::ui
