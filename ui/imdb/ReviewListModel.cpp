#include "imdb/ReviewListModel.h"

namespace layerlab::ui {

ReviewListModel::ReviewListModel(QObject* parent) : TableModel(ColumnCount, parent) {}

void ReviewListModel::setBundle(std::shared_ptr<const ImdbBundle> bundle, ImdbBundle::Split split) {
    bundle_ = std::move(bundle);
    split_ = split;
    rebuild();
}

void ReviewListModel::setFilter(const QString& text) {
    filter_ = text.trimmed();
    rebuild();
}

void ReviewListModel::rebuild() {
    beginResetModel();
    rows_.clear();
    if (bundle_) {
        const auto& texts = bundle_->texts(split_);
        const QStringList words = filter_.split(' ', Qt::SkipEmptyParts);
        for (int i = 0; i < static_cast<int>(bundle_->reviews(split_).x.size()); ++i) {
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

int ReviewListModel::rows() const {
    return static_cast<int>(rows_.size());
}

QVariant ReviewListModel::cell(int row, int column, int role) const {
    const int review = reviewAt(row);
    const ImdbSplit& s = bundle_->reviews(split_);
    if (role == ReviewIndexRole) return review;
    if (role == Qt::TextAlignmentRole && column != LabelColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    const auto r = static_cast<std::size_t>(review);
    switch (column) {
        case IndexColumn:
            return review;
        case LabelColumn:
            return s.y[r] == 1 ? tr("positive") : tr("negative");
        case LengthColumn:
            return static_cast<int>(s.x[r].size());
        case RatingColumn: {
            const auto& ratings = bundle_->ratings(split_);
            return r < ratings.size() ? QVariant(ratings[r]) : QVariant(QStringLiteral("–"));
        }
    }
    return {};
}

QString ReviewListModel::columnTitle(int column) const {
    switch (column) {
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
