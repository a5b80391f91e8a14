#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/Architecture.h"

namespace layerlab {

struct ParamTotals {
    std::int64_t total = 0;
    std::int64_t trainable = 0;
    std::int64_t nonTrainable = 0;
};

// A layer or a block of layers, for trees in a GUI or JSON: plain data, no torch.
struct LayerNode {
    std::string name;
    std::string type;  // Keras class name; "Block" for a group
    Shape outputShape;
    std::int64_t params = 0;
    std::int64_t trainableParams = 0;
    bool trainable = true;  // a block: all its layers with weights are trainable
    bool mixed = false;     // a block: some trainable, some frozen
    std::vector<LayerNode> children;
};

// Keras's totals: frozen layers' weights and BatchNorm moving statistics are non-trainable.
ParamTotals paramTotals(const std::vector<LayerSpec>& layers, const std::vector<LayerInfo>& infos);
std::vector<LayerNode> layerTree(const std::vector<LayerSpec>& layers,
                                 const std::vector<LayerInfo>& infos);
// model.summary() as Keras prints it, one row per layer, ending with the three totals.
std::string kerasSummary(const std::vector<LayerSpec>& layers, const std::vector<LayerInfo>& infos,
                         const std::string& modelName);
// model.summary() of the Sequential the lesson builds with model.add(model_base): the base as
// one row, "vgg16 (Functional)  (None, 7, 7, 512)  14714688" (`baseName`: kerasBaseName), then
// the head's layers and the same totals. Keras's own form, without LayerLab's "(frozen)".
std::string kerasNestedSummary(const std::vector<LayerSpec>& layers,
                               const std::vector<LayerInfo>& infos, const std::string& baseName,
                               const std::string& modelName);
// "(None, 224, 224, 64)"
std::string formatShape(const Shape& shape);
// 27560769 -> "27,560,769"
std::string withThousands(std::int64_t value);

// Freezing. `name` is a layer or a block (e.g. "block5"); a prefix such as "block5_conv"
// matches each layer it starts. Throws UsageError when nothing matches.
void setTrainable(std::vector<LayerSpec>& layers, const std::string& name, bool trainable);

// The lesson's four strategies (data size × similarity to ImageNet) as freeze presets.
enum class Strategy { LargeDifferent, LargeSimilar, SmallDifferent, SmallSimilar };
struct StrategyInfo {
    Strategy strategy;
    const char* key;        // "large-different", …
    const char* rationale;  // one line, English (the GUI translates its own)
};
const std::vector<StrategyInfo>& strategies();
const StrategyInfo* findStrategy(const std::string& key);
// Sets the freeze state of the backbone for `strategy` (the head stays trainable).
void applyStrategy(std::vector<LayerSpec>& layers, Strategy strategy);

}  // namespace layerlab
