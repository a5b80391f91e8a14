#include "model/Network.h"

#include "io/FileIO.h"
#include "model/InputTensor.h"
#include "model/TorchGraph.h"

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + (shape.size() == 1 ? ",)" : ")");
}

// The weights Keras stores for a layer, in its order, with their Keras shapes.
struct ExpectedWeight {
    const char* role;
    std::vector<std::int64_t> shape;
};

std::vector<ExpectedWeight> expectedWeights(const LayerSpec& l, std::int64_t in,
                                            const LayerInfo& info) {
    const std::int64_t k = l.kernel, out = info.outputShape.back();
    std::vector<ExpectedWeight> expected;
    switch (l.kind) {
        case Kind::Conv2D:
            expected.push_back({"kernel", {k, k, in, out}});
            break;
        case Kind::DepthwiseConv2D:
            expected.push_back({"depthwise_kernel", {k, k, in, l.depthMultiplier}});
            break;
        case Kind::Dense:
            expected.push_back({"kernel", {in, out}});
            break;
        case Kind::BatchNormalization:
            for (const char* role : {"gamma", "beta", "moving_mean", "moving_variance"})
                expected.push_back({role, {out}});
            return expected;
        default:
            return expected;
    }
    if (l.useBias) expected.push_back({"bias", {out}});
    return expected;
}

// Keras layout → LibTorch layout.
torch::Tensor toTorchLayout(const LayerSpec& l, const WeightArray& array, const char* role) {
    torch::Tensor t =
        torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat)
            .clone();
    const std::string r = role;
    if (r == "kernel" && l.kind == Kind::Conv2D) return t.permute({3, 2, 0, 1}).contiguous();
    if (r == "depthwise_kernel") {
        // (kh, kw, C, m) → (C·m, 1, kh, kw), channel c's m outputs adjacent as Keras orders them
        return t.permute({2, 3, 0, 1}).reshape({-1, 1, t.size(0), t.size(1)}).contiguous();
    }
    if (r == "kernel" && l.kind == Kind::Dense) return t.t().contiguous();
    return t;
}

std::vector<torch::Tensor> targetsOf(torch::nn::Module& module, const LayerSpec& l) {
    if (l.kind == Kind::BatchNormalization) {
        auto& bn = dynamic_cast<torch::nn::BatchNorm2dImpl&>(module);
        return {bn.weight, bn.bias, bn.running_mean, bn.running_var};
    }
    std::vector<torch::Tensor> targets = {module.named_parameters(false)["weight"]};
    if (l.useBias) targets.push_back(module.named_parameters(false)["bias"]);
    return targets;
}

// Orders a layer's stored arrays as Keras's layer.weights: by role when the names say it
// (kernel, bias, gamma, …), else in file order (legacy names such as block1_conv1_W_1:0).
std::vector<const WeightArray*> inKerasOrder(const std::vector<WeightArray>& stored,
                                             const std::vector<ExpectedWeight>& expected) {
    std::vector<const WeightArray*> ordered;
    for (const auto& e : expected) {
        for (const auto& array : stored)
            if (array.role() == e.role) ordered.push_back(&array);
    }
    if (ordered.size() == expected.size()) return ordered;
    ordered.clear();
    for (const auto& array : stored) ordered.push_back(&array);
    return ordered;
}

}  // namespace

Network::Network(const ModelSpec& spec, unsigned seed) : Network(buildLayers(spec), spec, seed) {}

Network::Network(std::vector<LayerSpec> layers, ModelSpec spec, unsigned seed)
    : spec_(spec), layers_(std::move(layers)), inputShape_{spec.inputSize, spec.inputSize, 3} {
    graph_ = std::make_shared<TorchGraph>(layers_, inputShape_, infos(), seed);
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

void Network::setTrainable(const std::string& layerOrBlock, bool trainable) {
    layerlab::setTrainable(layers_, layerOrBlock, trainable);
    for (std::size_t i = 0; i < layers_.size(); ++i) graph_->setTrainable(i, layers_[i].trainable);
}

void Network::applyStrategy(Strategy strategy) {
    layerlab::applyStrategy(layers_, strategy);
    for (std::size_t i = 0; i < layers_.size(); ++i) graph_->setTrainable(i, layers_[i].trainable);
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

std::vector<float> Network::layerOutput(const std::vector<Image>& images,
                                        const std::string& layerName) {
    std::size_t index = 0;
    while (index < layers_.size() && layers_[index].name != layerName) ++index;
    if (index == layers_.size()) throw std::invalid_argument("no layer named '" + layerName + "'");
    torch::NoGradGuard noGrad;
    torch::Tensor out =
        graph_->forwardRange(toInputTensor(images, spec_.preprocessing), 0, index + 1, false);
    if (out.dim() == 4) out = out.permute({0, 2, 3, 1});
    out = out.contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

int Network::loadKerasWeights(const KerasWeights& weights) {
    const auto layerInfos = infos();
    const std::string file = displayPath(weights.source);
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;  // (target, value)
    int loaded = 0;
    std::int64_t in = 3;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const LayerSpec& l = layers_[i];
        const std::int64_t layerIn = in;
        in = layerInfos[i].outputShape.back();
        if (!l.hasWeights()) continue;
        const auto found = weights.byLayer.find(l.name);
        if (found == weights.byLayer.end()) {
            if (l.block == kHeadBlock) continue;  // a no-top file has no head: it stays random
            throw WeightsError(file + ": layer '" + l.name + "' (" + kindName(l.kind) +
                               ") is missing from the file");
        }
        const auto expected = expectedWeights(l, layerIn, layerInfos[i]);
        const auto arrays = inKerasOrder(found->second, expected);
        if (arrays.size() != expected.size())
            throw WeightsError(
                file + ": layer '" + l.name + "' has " + std::to_string(arrays.size()) +
                " weights in the file, the model needs " + std::to_string(expected.size()));
        const auto targets = targetsOf(graph_->layerModule(i), l);
        for (std::size_t w = 0; w < expected.size(); ++w) {
            if (arrays[w]->shape != expected[w].shape)
                throw WeightsError(file + ": layer '" + l.name + "' weight '" + arrays[w]->name +
                                   "' has shape " + shapeText(arrays[w]->shape) +
                                   ", the model needs " + shapeText(expected[w].shape));
            copies.emplace_back(targets[w], toTorchLayout(l, *arrays[w], expected[w].role));
        }
        ++loaded;
    }
    torch::NoGradGuard noGrad;
    for (auto& [target, value] : copies) target.copy_(value);
    weightsSource_ = file;
    return loaded;
}

}  // namespace layerlab
