#pragma once

// Private to core: the LibTorch side of a Network. Include only from core .cpp files.
#include <torch/torch.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/Architecture.h"

namespace layerlab {

// Runs a list of LayerSpecs as a LibTorch module. Sequence models take (N, T) word indices:
// an Embedding looks them up, or they become one-hot vectors batch by batch. Tensors are NCHW
// (optionally in channels-last memory); Flatten flattens in Keras's (h, w, c) order so that Dense
// weights from Keras apply unchanged. The last Dense returns logits: its sigmoid/softmax is applied
// by predict() and folded into the loss in training, as Keras does for from_logits.
class TorchGraph : public torch::nn::Module {
  public:
    TorchGraph(const std::vector<LayerSpec>& layers, const Shape& input,
               const std::vector<LayerInfo>& infos, unsigned seed);

    // Replaces a layer's output on its way through the graph (e.g. with a copy that records
    // gradients, for Grad-CAM); layers after it, Adds included, see the replacement.
    using LayerTap = std::function<torch::Tensor(std::size_t layer, torch::Tensor output)>;

    // Layers [begin, end): `input` is the output of layer begin − 1 (or the image batch).
    torch::Tensor forwardRange(torch::Tensor input, std::size_t begin, std::size_t end,
                               bool training, const LayerTap& tap = {});
    torch::Tensor logits(torch::Tensor input, bool training) {
        return forwardRange(std::move(input), 0, layers_.size(), training);
    }
    // Probabilities: sigmoid (binary, shape N) or softmax (N × classes).
    torch::Tensor predict(torch::Tensor input);

    void setTrainable(std::size_t layer, bool trainable);
    // Parameters of trainable layers, for the optimizer.
    std::vector<torch::Tensor> trainableParameters();
    // True when the output of layer `index` can stand in for all layers up to it (no later
    // Add reaches further back), so it can be cached.
    bool isCutPoint(std::size_t index) const;
    // Index of the last layer of the frozen prefix that is a cut point; -1 when none.
    int lastFrozenCutPoint() const;
    void useChannelsLast(bool enabled);
    // The frozen prefix (layers up to lastFrozenCutPoint) in bfloat16, its output in fp32.
    void useBf16Prefix(bool enabled) { bf16Prefix_ = enabled; }

    const std::vector<LayerSpec>& layers() const { return layers_; }
    torch::nn::Module& layerModule(std::size_t index) { return *modules_.at(index); }
    bool binaryOutput() const;
    // A recurrent layer's output at every time step, (N, T, units) even where the layer
    // returns only its last state: the hidden state a reading of a review shows.
    torch::Tensor recurrentSequence(std::size_t layer, torch::Tensor input);

  private:
    // Layer i on x; `saved` holds the outputs an Add may need.
    torch::Tensor forwardLayer(std::size_t i, torch::Tensor x, bool training,
                               const std::map<std::string, torch::Tensor>& saved);
    torch::Tensor recurrentForward(std::size_t layer, torch::Tensor x, bool training);

    std::vector<LayerSpec> layers_;
    std::vector<std::shared_ptr<torch::nn::Module>> modules_;  // null for weightless layers
    std::map<std::string, std::size_t> indexOf_;
    std::set<std::string> addSources_;
    bool channelsLast_ = false;
    bool bf16Prefix_ = false;
    std::int64_t oneHotDepth_ = 0;      // sequence models fed word indices as one-hot vectors
    std::size_t lastDense_ = SIZE_MAX;  // its activation is left to predict() and the loss
};

}  // namespace layerlab
