#include "training/ConfusionMatrixModel.h"

#include <QColor>
#include <algorithm>

namespace layerlab::ui {

ConfusionMatrixModel::ConfusionMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConfusionMatrixModel::setPredictions(
    const QStringList& classes, const std::vector<RunDirectory::Prediction>& predictions) {
    beginResetModel();
    classes_ = classes;
    const int n = static_cast<int>(classes.size());
    cells_.assign(static_cast<std::size_t>(n),
                  std::vector<std::vector<RunDirectory::Prediction>>(static_cast<std::size_t>(n)));
    total_ = 0;
    for (const auto& p : predictions) {
        if (p.label < 0 || p.predicted < 0 || p.label >= n || p.predicted >= n) continue;
        cells_[static_cast<std::size_t>(p.label)][static_cast<std::size_t>(p.predicted)].push_back(
            p);
        ++total_;
    }
    for (auto& row : cells_)
        for (auto& cell : row)
            std::stable_sort(cell.begin(), cell.end(), [](const auto& a, const auto& b) {
                return a.probability > b.probability;
            });
    endResetModel();
}

std::vector<RunDirectory::Prediction> ConfusionMatrixModel::samples(int row, int column) const {
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return {};
    return cells_[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int ConfusionMatrixModel::count(int row, int column) const {
    return static_cast<int>(samples(row, column).size());
}

QModelIndex ConfusionMatrixModel::worstMistake() const {
    QModelIndex best;
    int most = 0;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (r != c && count(r, c) > most) {
                most = count(r, c);
                best = index(r, c);
            }
    return best;
}

double ConfusionMatrixModel::accuracy() const {
    int correct = 0;
    for (int i = 0; i < rowCount(); ++i) correct += count(i, i);
    return total_ ? static_cast<double>(correct) / total_ : 0.0;
}

int ConfusionMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(cells_.size());
}

int ConfusionMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(cells_.size());
}

QVariant ConfusionMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int n = count(index.row(), index.column());
    int rowTotal = 0;
    for (int c = 0; c < columnCount(); ++c) rowTotal += count(index.row(), c);
    const double share = rowTotal ? static_cast<double>(n) / rowTotal : 0.0;
    switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2%)").arg(n).arg(share * 100, 0, 'f', 1);
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        case Qt::BackgroundRole: {
            // Right answers green, mistakes red, stronger with their share of the true class.
            const QColor base =
                index.row() == index.column() ? QColor(46, 160, 67) : QColor(214, 39, 40);
            QColor c = base;
            c.setAlphaF(0.12 + 0.6 * share);
            return c;
        }
        case Qt::ToolTipRole:
            return tr("True %1, predicted %2: %n sample(s). Click to see them.", nullptr, n)
                .arg(classes_.value(index.row()), classes_.value(index.column()));
    }
    return {};
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (role != Qt::DisplayRole) return {};
    return orientation == Qt::Horizontal ? tr("predicted %1").arg(classes_.value(section))
                                         : tr("true %1").arg(classes_.value(section));
}

}  // namespace layerlab::ui
