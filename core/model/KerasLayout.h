#pragma once

// Private to core (torch): how one layer's LibTorch tensors correspond to the arrays Keras
// stores for it, both ways, so that import and export cannot disagree.
#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

#include "model/Architecture.h"

namespace layerlab {

// One array Keras keeps for a layer, in the order of its layer.weights.
struct KerasSlot {
    std::string role;       // "kernel", "recurrent_kernel", "bias", "gamma", "embeddings", …
    std::string direction;  // Bidirectional: "forward" or "backward"; else empty
    Shape shape;            // Keras's layout
};

// `in`: the layer's input width (channels or features); `out`: its output width.
std::vector<KerasSlot> kerasSlots(const LayerSpec& layer, std::int64_t in, std::int64_t out);

// Keras arrays (in slot order, Keras layout) as (LibTorch target, value) pairs to copy.
std::vector<std::pair<torch::Tensor, torch::Tensor>> torchCopies(
    torch::nn::Module& module, const LayerSpec& layer, const std::vector<torch::Tensor>& keras);

// The layer's tensors in Keras layout, in slot order.
std::vector<torch::Tensor> kerasArrays(torch::nn::Module& module, const LayerSpec& layer);

}  // namespace layerlab
