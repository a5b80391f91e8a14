#include "model/Network.h"

#include "io/FileIO.h"
#include "model/InputTensor.h"
#include "model/KerasLayout.h"
#include "model/TorchGraph.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + (shape.size() == 1 ? ",)" : ")");
}

// Matches a layer's stored arrays to Keras's slots: by role (kernel, bias, gamma, …) and, in a
// Bidirectional layer, direction when the names say them, else in file order (legacy names
// such as block1_conv1_W_1:0).
std::vector<const WeightArray*> inKerasOrder(const std::vector<WeightArray>& stored,
                                             const std::vector<KerasSlot>& slots) {
    std::vector<const WeightArray*> ordered;
    std::vector<bool> used(stored.size(), false);
    for (const auto& slot : slots) {
        for (std::size_t i = 0; i < stored.size(); ++i) {
            const bool direction = slot.direction.empty() ||
                                   stored[i].name.find(slot.direction + "_") != std::string::npos;
            if (!used[i] && direction && stored[i].role() == slot.role) {
                used[i] = true;
                ordered.push_back(&stored[i]);
                break;
            }
        }
    }
    if (ordered.size() == slots.size()) return ordered;
    ordered.clear();
    for (const auto& array : stored) ordered.push_back(&array);
    return ordered;
}

torch::Tensor tensorOf(const WeightArray& array) {
    return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat)
        .clone();
}

}  // namespace

Network::Network(const ModelSpec& spec, unsigned seed) : Network(buildLayers(spec), spec, seed) {}

Network::Network(std::vector<LayerSpec> layers, ModelSpec spec, unsigned seed)
    : spec_(spec), layers_(std::move(layers)), inputShape_{spec.inputSize, spec.inputSize, 3} {
    graph_ = std::make_shared<TorchGraph>(layers_, inputShape_, infos(), seed);
    graph_->useBf16Prefix(spec.frozenPrecision == FrozenPrecision::Bf16);
}

Network::Network(std::vector<LayerSpec> layers, Shape inputShape, unsigned seed)
    : layers_(std::move(layers)), inputShape_(std::move(inputShape)) {
    graph_ = std::make_shared<TorchGraph>(layers_, inputShape_, infos(), seed);
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

std::vector<LayerInfo> Network::infos() const {
    return inferLayers(layers_, inputShape_);
}
ParamTotals Network::totals() const {
    return paramTotals(layers_, infos());
}
std::vector<LayerNode> Network::tree() const {
    return layerTree(layers_, infos());
}
std::string Network::summary(const std::string& modelName) const {
    return kerasSummary(layers_, infos(), modelName);
}

std::optional<FeatureMaps> Network::featureMaps(const std::string& name) const {
    const Shape shape = infos()[layerIndex(name)].outputShape;
    if (shape.size() != 3) return std::nullopt;
    return FeatureMaps{static_cast<int>(shape[0]), static_cast<int>(shape[1]),
                       static_cast<int>(shape[2])};
}

FeatureMaps Network::requireFeatureMaps(const std::string& name) const {
    const auto maps = featureMaps(name);
    if (!maps) throw UsageError(MessageId::LayerNotSpatial, {name});
    return *maps;
}

void Network::setTrainable(const std::string& layerOrBlock, bool trainable) {
    applyFreezing([&](std::vector<LayerSpec>& layers) {
        layerlab::setTrainable(layers, layerOrBlock, trainable);
    });
}

void Network::applyStrategy(Strategy strategy) {
    applyFreezing(
        [strategy](std::vector<LayerSpec>& layers) { layerlab::applyStrategy(layers, strategy); });
}

void Network::applyFreezing(const std::function<void(std::vector<LayerSpec>&)>& rule) {
    rule(layers_);
    for (std::size_t i = 0; i < layers_.size(); ++i) graph_->setTrainable(i, layers_[i].trainable);
}

void Network::releaseTrainableFromOrigin() {
    if (!origin_) return;
    for (const LayerSpec& l : layers_)
        if (l.trainable) origin_->layers.erase(l.name);
}

void Network::useChannelsLast(bool enabled) {
    graph_->useChannelsLast(enabled);
}

std::vector<float> Network::predict(const std::vector<Image>& images) {
    const torch::Tensor out = graph_->predict(toInputTensor(images, spec_.preprocessing));
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

std::vector<float> Network::predictSequences(const PaddedSequences& reviews) {
    std::vector<float> probabilities;
    constexpr std::size_t kBatch = 256;
    for (std::size_t start = 0; start < reviews.rows; start += kBatch) {
        const std::size_t rows = std::min(kBatch, reviews.rows - start);
        torch::Tensor x = torch::empty(
            {static_cast<std::int64_t>(rows), static_cast<std::int64_t>(reviews.columns)},
            torch::kLong);
        for (std::size_t i = 0; i < rows * reviews.columns; ++i)
            x.data_ptr<std::int64_t>()[i] = reviews.values[start * reviews.columns + i];
        const torch::Tensor out = graph_->predict(x).contiguous();
        probabilities.insert(probabilities.end(), out.data_ptr<float>(),
                             out.data_ptr<float>() + out.numel());
    }
    return probabilities;
}

std::size_t Network::layerIndex(const std::string& name) const {
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (layers_[i].name == name) return i;
    throw UsageError(MessageId::NoLayerNamed, {name});
}

std::vector<float> Network::layerOutput(const std::vector<Image>& images,
                                        const std::string& layerName) {
    const std::size_t index = layerIndex(layerName);
    torch::NoGradGuard noGrad;
    return kerasLayoutValues(
        graph_->forwardRange(toInputTensor(images, spec_.preprocessing), 0, index + 1, false));
}

int Network::loadKerasWeights(const KerasWeights& weights) {
    const auto layerInfos = infos();
    const std::string file = displayPath(weights.source);
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;  // (target, value)
    PretrainedOrigin origin{std::filesystem::absolute(weights.source), weights.checksum, {}};
    int loaded = 0;
    std::int64_t in = inputShape_.back();
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const LayerSpec& l = layers_[i];
        const std::int64_t layerIn = in;
        in = layerInfos[i].outputShape.back();
        if (!l.hasWeights()) continue;
        const auto found = weights.byLayer.find(l.name);
        if (found == weights.byLayer.end()) {
            if (l.block == kHeadBlock) continue;  // a no-top file has no head: it stays random
            throw WeightsError(MessageId::WeightsLayerMissing, {file, l.name, kindName(l.kind)});
        }
        const auto slots = kerasSlots(l, layerIn, in);
        const auto arrays = inKerasOrder(found->second, slots);
        if (arrays.size() != slots.size())
            throw WeightsError(MessageId::WeightsLayerCount,
                               {file, l.name, std::to_string(arrays.size()),
                                std::to_string(slots.size())});
        std::vector<torch::Tensor> values;
        for (std::size_t w = 0; w < slots.size(); ++w) {
            if (arrays[w]->shape != slots[w].shape)
                throw WeightsError(MessageId::WeightsShape,
                                   {file, l.name, arrays[w]->name, shapeText(arrays[w]->shape),
                                    shapeText(slots[w].shape)});
            values.push_back(tensorOf(*arrays[w]));
        }
        for (auto& copy : torchCopies(graph_->layerModule(i), l, values)) copies.push_back(copy);
        origin.layers.insert(l.name);
        ++loaded;
    }
    torch::NoGradGuard noGrad;
    for (auto& [target, value] : copies) target.copy_(value);
    weightsSource_ = file;
    // Weights read from memory (no file behind them) cannot be referred to.
    if (!weights.checksum.empty()) origin_ = std::move(origin);
    return loaded;
}

}  // namespace layerlab
