#pragma once

#include <memory>
#include <vector>

#include "common/TableModel.h"
#include "imdb/ImdbBundle.h"

namespace layerlab::ui {

// One split of the loaded reviews as a table (#, label, length, rating), filtered by a text
// search over the decoded reviews.
class ReviewListModel : public TableModel {
    Q_OBJECT
  public:
    enum Column { IndexColumn, LabelColumn, LengthColumn, RatingColumn, ColumnCount };
    enum Role { ReviewIndexRole = Qt::UserRole + 1 };

    explicit ReviewListModel(QObject* parent = nullptr);

    void setBundle(std::shared_ptr<const ImdbBundle> bundle, ImdbBundle::Split split);
    // Case-insensitive words the decoded text must contain; empty shows all.
    void setFilter(const QString& text);
    int reviewAt(int row) const;  // index into the split
    int rowOfReview(int review) const;

  protected:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

  private:
    void rebuild();

    std::shared_ptr<const ImdbBundle> bundle_;
    ImdbBundle::Split split_ = ImdbBundle::Split::Train;
    QString filter_;
    std::vector<int> rows_;
};

}  // namespace layerlab::ui
