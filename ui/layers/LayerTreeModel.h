#pragma once

#include <QAbstractItemModel>
#include <vector>

#include "model/Summary.h"

namespace layerlab::ui {

// The model's layers grouped by block (block1 … block5, head) for a tree view: name, type,
// output shape at the chosen input size, parameters, trainable parameters. The name column
// carries a checkbox (tri-state for a block) that is the layer's `trainable`; frozen rows are
// greyed. Changing a box changes the core's layer list, so the totals are Keras's own.
class LayerTreeModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column { NameColumn, TypeColumn, ShapeColumn, ParamsColumn, TrainableColumn, ColumnCount };

    explicit LayerTreeModel(QObject* parent = nullptr);

    // Replaces the layers (a new backbone, head or input size). Throws UsageError
    // when the input is too small for them.
    void setLayers(std::vector<LayerSpec> layers, const Shape& input);
    const std::vector<LayerSpec>& layers() const { return layers_; }
    ParamTotals totals() const { return totals_; }
    // Freezes or unfreezes a layer or block by name, as a checkbox click does.
    void setTrainable(const std::string& layerOrBlock, bool trainable);
    // One of the lesson's four strategies as a freeze preset.
    void applyStrategy(Strategy strategy);
    // The layers of a block (for presets that name blocks).
    QModelIndex indexOfBlock(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  Q_SIGNALS:
    void trainableChanged();  // after any freeze change: totals() is current

  private:
    const LayerNode* node(const QModelIndex& index) const;
    void refresh();  // recomputes the tree and totals after a freeze change

    std::vector<LayerSpec> layers_;
    std::vector<LayerInfo> infos_;
    std::vector<LayerNode> blocks_;
    ParamTotals totals_;
};

}  // namespace layerlab::ui
