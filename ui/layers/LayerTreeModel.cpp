#include "layers/LayerTreeModel.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>

namespace layerlab::ui {
namespace {

// A child's internal id is its block's row + 1; a block's is 0.
constexpr quintptr kBlockId = 0;

}  // namespace

LayerTreeModel::LayerTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void LayerTreeModel::setLayers(std::vector<LayerSpec> layers, const Shape& input) {
    std::vector<LayerInfo> infos = inferLayers(layers, input);  // may throw: change nothing
    beginResetModel();
    layers_ = std::move(layers);
    infos_ = std::move(infos);
    blocks_ = layerTree(layers_, infos_);
    totals_ = paramTotals(layers_, infos_);
    endResetModel();
    Q_EMIT trainableChanged();
}

void LayerTreeModel::setTrainable(const std::string& layerOrBlock, bool trainable) {
    layerlab::setTrainable(layers_, layerOrBlock, trainable);
    refresh();
}

void LayerTreeModel::applyStrategy(Strategy strategy) {
    layerlab::applyStrategy(layers_, strategy);
    refresh();
}

void LayerTreeModel::refresh() {
    blocks_ = layerTree(layers_, infos_);  // same structure, new flags and counts
    totals_ = paramTotals(layers_, infos_);
    if (!blocks_.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int row = 0; row < rowCount(); ++row) {
            const QModelIndex block = index(row, 0);
            if (rowCount(block) > 0)
                Q_EMIT dataChanged(index(0, 0, block),
                                   index(rowCount(block) - 1, ColumnCount - 1, block));
        }
    }
    Q_EMIT trainableChanged();
}

QModelIndex LayerTreeModel::indexOfBlock(const QString& name) const {
    for (int row = 0; row < static_cast<int>(blocks_.size()); ++row)
        if (QString::fromStdString(blocks_[static_cast<std::size_t>(row)].name) == name)
            return index(row, 0);
    return {};
}

const LayerNode* LayerTreeModel::node(const QModelIndex& index) const {
    if (!index.isValid()) return nullptr;
    if (index.internalId() == kBlockId) return &blocks_.at(static_cast<std::size_t>(index.row()));
    return &blocks_.at(index.internalId() - 1).children.at(static_cast<std::size_t>(index.row()));
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kBlockId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kBlockId) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kBlockId);
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(blocks_.size());
    if (parent.column() != 0 || parent.internalId() != kBlockId) return 0;
    return static_cast<int>(blocks_.at(static_cast<std::size_t>(parent.row())).children.size());
}

int LayerTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
    const LayerNode* n = node(index);
    if (!n) return {};
    const bool isBlock = index.internalId() == kBlockId;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NameColumn:
                    return QString::fromStdString(n->name);
                case TypeColumn:
                    return isBlock
                               ? tr("%n layer(s)", nullptr, static_cast<int>(n->children.size()))
                               : QString::fromStdString(n->type);
                case ShapeColumn:
                    return QString::fromStdString(formatShape(n->outputShape));
                case ParamsColumn:
                    return QString::fromStdString(withThousands(n->params));
                case TrainableColumn:
                    return QString::fromStdString(withThousands(n->trainableParams));
            }
            return {};
        case Qt::CheckStateRole:
            if (index.column() != NameColumn) return {};
            if (isBlock && n->mixed) return Qt::PartiallyChecked;
            return n->trainable ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            // Frozen is grey: "why is this layer grey? it is frozen".
            if (!n->trainable && !n->mixed)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::FontRole:
            if (isBlock) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() >= ParamsColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ToolTipRole: {
            const QString state =
                n->trainable ? tr("Trainable: its weights change during training")
                             : tr("Frozen: its weights stay as loaded (trainable = False)");
            // The name in full where a narrow column elides it.
            return index.column() == NameColumn
                       ? QString::fromStdString(n->name) + QLatin1Char('\n') + state
                       : state;
        }
    }
    return {};
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const LayerNode* n = node(index);
    if (!n || role != Qt::CheckStateRole || index.column() != NameColumn) return false;
    // A partially checked block becomes fully trainable on click.
    const bool trainable = value.toInt() != Qt::Unchecked;
    setTrainable(n->name, trainable);
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return tr("Layer (trainable)");
        case TypeColumn:
            return tr("Type");
        case ShapeColumn:
            return tr("Output shape");
        case ParamsColumn:
            return tr("Params");
        case TrainableColumn:
            return tr("Trainable params");
    }
    return {};
}

}  // namespace layerlab::ui
