#include "model/GradCam.h"

#include "model/InputTensor.h"
#include "model/Network.h"
#include "model/TorchGraph.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

// The class to explain and its logit: Keras's single sigmoid unit stands for two classes.
std::pair<int, torch::Tensor> targetLogit(const torch::Tensor& logits, bool binary,
                                          std::optional<int> requested) {
    const std::int64_t classes = binary ? 2 : logits.size(1);
    int target = 0;
    if (requested) {
        if (*requested < 0 || *requested >= classes)
            throw UsageError(MessageId::NoSuchClass,
                             {std::to_string(*requested), std::to_string(classes)});
        target = *requested;
    } else {
        target = binary ? (logits[0][0].item<float>() > 0 ? 1 : 0)
                        : static_cast<int>(logits[0].argmax().item<std::int64_t>());
    }
    if (binary) return {target, target == 1 ? logits[0][0] : -logits[0][0]};
    return {target, logits[0][target]};
}

}  // namespace

std::string defaultExplainLayer(const Network& network) {
    std::string chosen;
    for (const LayerSpec& l : network.layers()) {
        if (l.block == kHeadBlock) break;
        if (network.featureMaps(l.name) && l.kind != Kind::MaxPooling2D &&
            l.kind != Kind::ZeroPadding2D)
            chosen = l.name;
    }
    if (chosen.empty()) throw UsageError(MessageId::NoSpatialLayer);
    return chosen;
}

ClassActivationMap gradCam(Network& network, const Image& image, const std::string& layer,
                           std::optional<int> targetClass) {
    const std::size_t index = network.layerIndex(layer);
    network.requireFeatureMaps(layer);
    TorchGraph& graph = network.torchGraph();
    torch::Tensor activations;
    // The layer's output becomes a leaf that records gradients; the layers after it see it.
    const TorchGraph::LayerTap tap = [&](std::size_t i, torch::Tensor output) {
        if (i != index) return output;
        activations = output.detach().requires_grad_(true);
        return activations;
    };
    const torch::Tensor logits = graph.forwardRange(
        toInputTensor({image}, network.spec().preprocessing), 0, graph.layers().size(), false, tap);
    const bool binary = graph.binaryOutput();
    const auto [target, logit] = targetLogit(logits, binary, targetClass);
    const torch::Tensor gradient = torch::autograd::grad({logit}, {activations})[0];

    torch::NoGradGuard noGrad;
    const torch::Tensor alpha = gradient.mean({2, 3}, true);  // (1, C, 1, 1)
    const torch::Tensor map = torch::relu((alpha * activations).sum(1))[0].contiguous();
    ClassActivationMap result;
    result.height = static_cast<int>(map.size(0));
    result.width = static_cast<int>(map.size(1));
    result.values.assign(map.data_ptr<float>(), map.data_ptr<float>() + map.numel());
    result.targetClass = target;
    const float z = logits[0][binary ? 0 : target].item<float>();
    result.probability = binary ? (target == 1 ? 1 / (1 + std::exp(-z)) : 1 / (1 + std::exp(z)))
                                : torch::softmax(logits[0], 0)[target].item<float>();
    return result;
}

}  // namespace layerlab
