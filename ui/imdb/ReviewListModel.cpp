#include "imdb/ReviewListModel.h"

namespace layerlab::ui {

ReviewListModel::ReviewListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewListModel::setBundle(std::shared_ptr<const ImdbBundle> bundle, bool test) {
    bundle_ = std::move(bundle);
    test_ = test;
    rebuild();
}

void ReviewListModel::setFilter(const QString& text) {
    filter_ = text.trimmed();
    rebuild();
}

const ImdbSplit* ReviewListModel::split() const {
    if (!bundle_) return nullptr;
    return test_ ? &bundle_->data.test : &bundle_->data.train;
}

void ReviewListModel::rebuild() {
    beginResetModel();
    rows_.clear();
    if (const ImdbSplit* s = split()) {
        const auto& texts = test_ ? bundle_->testText : bundle_->trainText;
        const QStringList words = filter_.split(' ', Qt::SkipEmptyParts);
        for (int i = 0; i < static_cast<int>(s->x.size()); ++i) {
            bool keep = true;
            if (!words.isEmpty()) {
                const QString& text = i < static_cast<int>(texts.size())
                                          ? texts[static_cast<std::size_t>(i)]
                                          : QString();
                for (const QString& w : words) keep = keep && text.contains(w, Qt::CaseInsensitive);
            }
            if (keep) rows_.push_back(i);
        }
    }
    endResetModel();
}

int ReviewListModel::reviewAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)] : -1;
}

int ReviewListModel::rowOfReview(int review) const {
    const auto it = std::lower_bound(rows_.begin(), rows_.end(), review);
    return it != rows_.end() && *it == review ? static_cast<int>(it - rows_.begin()) : -1;
}

int ReviewListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReviewListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const {
    const int review = index.isValid() ? reviewAt(index.row()) : -1;
    if (review < 0) return {};
    const ImdbSplit& s = *split();
    if (role == ReviewIndexRole) return review;
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    const auto r = static_cast<std::size_t>(review);
    switch (index.column()) {
        case IndexColumn:
            return review;
        case LabelColumn:
            return s.y[r] == 1 ? tr("positive") : tr("negative");
        case LengthColumn:
            return static_cast<int>(s.x[r].size());
        case RatingColumn: {
            const auto& ratings = test_ ? bundle_->testRatings : bundle_->trainRatings;
            return r < ratings.size() ? QVariant(ratings[r]) : QVariant(QStringLiteral("–"));
        }
    }
    return {};
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case IndexColumn:
            return tr("#");
        case LabelColumn:
            return tr("Label");
        case LengthColumn:
            return tr("Length");
        case RatingColumn:
            return tr("Rating");
    }
    return {};
}

}  // namespace layerlab::ui
