#include "model/Summary.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "model/ModelSpec.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

std::int64_t trainableOf(const LayerSpec& layer, const LayerInfo& info) {
    return layer.trainable ? info.trainableWeights : 0;
}

// Left-aligns `text` in a column of `width`, keeping at least one space before the next.
std::string pad(std::string text, std::size_t width) {
    text.append(text.size() < width ? width - text.size() : 1, ' ');
    return text;
}

// One row of model.summary(): "name (Type)", the output shape, the parameters, and what
// LayerLab adds after them.
struct SummaryRow {
    std::string label;
    Shape shape;
    std::int64_t params = 0;
    const char* note = "";
};

// Keras 2's table for a Sequential (line length 65, columns at 29 and 55), then the totals.
std::string summaryTable(const std::string& modelName, const std::vector<SummaryRow>& rows,
                         const ParamTotals& totals) {
    const std::string rule(65, '_'), doubleRule(65, '=');
    std::ostringstream out;
    out << "Model: \"" << modelName << "\"\n" << rule << "\n";
    out << " " << pad("Layer (type)", 28) << pad("Output Shape", 26) << "Param #   \n"
        << doubleRule << "\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out << " " << pad(rows[i].label, 28) << pad(formatShape(rows[i].shape), 26)
            << rows[i].params << rows[i].note << "\n";
        out << (i + 1 < rows.size() ? "\n" : "");
    }
    out << doubleRule << "\n"
        << "Total params: " << withThousands(totals.total) << "\n"
        << "Trainable params: " << withThousands(totals.trainable) << "\n"
        << "Non-trainable params: " << withThousands(totals.nonTrainable) << "\n"
        << rule << "\n";
    return out.str();
}

SummaryRow layerRow(const LayerSpec& layer, const LayerInfo& info) {
    return {layer.name + " (" + typeName(layer) + ")", info.outputShape, info.params()};
}

}  // namespace

std::string withThousands(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
    return value < 0 ? "-" + digits : digits;
}

std::string formatShape(const Shape& shape) {
    std::string text = "(None";
    for (auto d : shape) text += ", " + std::to_string(d);
    return text + ")";
}

ParamTotals paramTotals(const std::vector<LayerSpec>& layers, const std::vector<LayerInfo>& infos) {
    ParamTotals totals;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        totals.total += infos[i].params();
        totals.trainable += trainableOf(layers[i], infos[i]);
    }
    totals.nonTrainable = totals.total - totals.trainable;
    return totals;
}

std::vector<LayerNode> layerTree(const std::vector<LayerSpec>& layers,
                                 const std::vector<LayerInfo>& infos) {
    std::vector<LayerNode> blocks;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerSpec& layer = layers[i];
        if (blocks.empty() || blocks.back().name != layer.block) {
            LayerNode block;
            block.name = layer.block;
            block.type = "Block";
            blocks.push_back(block);
        }
        LayerNode node;
        node.name = layer.name;
        node.type = typeName(layer);
        node.outputShape = infos[i].outputShape;
        node.params = infos[i].params();
        node.trainableParams = trainableOf(layer, infos[i]);
        node.trainable = layer.trainable;
        LayerNode& block = blocks.back();
        block.outputShape = node.outputShape;
        block.params += node.params;
        block.trainableParams += node.trainableParams;
        block.children.push_back(node);
    }
    for (LayerNode& block : blocks) {
        const auto trainable = std::count_if(block.children.begin(), block.children.end(),
                                             [](const LayerNode& n) { return n.trainable; });
        block.trainable = trainable == static_cast<long>(block.children.size());
        block.mixed = trainable > 0 && !block.trainable;
    }
    return blocks;
}

std::string kerasSummary(const std::vector<LayerSpec>& layers, const std::vector<LayerInfo>& infos,
                         const std::string& modelName) {
    std::vector<SummaryRow> rows;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        rows.push_back(layerRow(layers[i], infos[i]));
        if (!layers[i].trainable) rows.back().note = "  (frozen)";
    }
    return summaryTable(modelName, rows, paramTotals(layers, infos));
}

std::string kerasNestedSummary(const std::vector<LayerSpec>& layers,
                               const std::vector<LayerInfo>& infos, const std::string& baseName,
                               const std::string& modelName) {
    std::vector<SummaryRow> rows{{baseName + " (Functional)", {}, 0}};
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].block == kHeadBlock) {
            rows.push_back(layerRow(layers[i], infos[i]));
        } else {
            rows.front().shape = infos[i].outputShape;
            rows.front().params += infos[i].params();
        }
    }
    return summaryTable(modelName, rows, paramTotals(layers, infos));
}

void setTrainable(std::vector<LayerSpec>& layers, const std::string& name, bool trainable) {
    // An exact block or layer name wins, so that "block_1" does not also catch block_10.
    auto exact = [&](const LayerSpec& l) { return l.block == name || l.name == name; };
    const bool anyExact = std::any_of(layers.begin(), layers.end(), exact);
    bool matched = false;
    for (LayerSpec& layer : layers)
        if (anyExact ? exact(layer) : layer.name.rfind(name, 0) == 0) {
            layer.trainable = trainable;
            matched = true;
        }
    if (!matched) throw UsageError(MessageId::NoLayerOrBlockNamed, {name});
}

const std::vector<StrategyInfo>& strategies() {
    static const std::vector<StrategyInfo> kStrategies = {
        {Strategy::LargeDifferent, "large-different",
         "Much data, unlike ImageNet: train the whole model (the pretrained weights are a start)."},
        {Strategy::LargeSimilar, "large-similar",
         "Much data, like ImageNet: train the top block, freeze the rest."},
        {Strategy::SmallDifferent, "small-different",
         "Little data, unlike ImageNet: train the upper blocks, keep the generic lower ones "
         "frozen."},
        {Strategy::SmallSimilar, "small-similar",
         "Little data, like ImageNet: freeze the convolutional base, train only the head."},
    };
    return kStrategies;
}

const StrategyInfo* findStrategy(const std::string& key) {
    for (const auto& info : strategies())
        if (key == info.key) return &info;
    return nullptr;
}

void applyStrategy(std::vector<LayerSpec>& layers, Strategy strategy) {
    const auto blocks = backboneBlocks(layers);
    // How many of the top backbone blocks to train: all, one in five, two in five, none.
    std::size_t trainTop = 0;
    switch (strategy) {
        case Strategy::LargeDifferent:
            trainTop = blocks.size();
            break;
        case Strategy::LargeSimilar:
            trainTop = std::max<std::size_t>(1, blocks.size() / 5);
            break;
        case Strategy::SmallDifferent:
            trainTop = std::max<std::size_t>(2, 2 * blocks.size() / 5);
            break;
        case Strategy::SmallSimilar:
            trainTop = 0;
            break;
    }
    for (std::size_t b = 0; b < blocks.size(); ++b)
        setTrainable(layers, blocks[b], b + trainTop >= blocks.size());
    setTrainable(layers, kHeadBlock, true);
}

}  // namespace layerlab
