#pragma once

// Private to core (torch): images → the network's input batch, and outputs back as Keras
// lays them out.
#include <torch/torch.h>

#include <vector>

#include "data/Image.h"
#include "model/ModelSpec.h"

namespace layerlab {

// The model's preprocessing on an N×3×H×W batch of RGB pixels (0..255); differentiable, so
// gradients can reach the pixels (filter patterns).
torch::Tensor preprocessPixels(const torch::Tensor& pixels, Preprocessing preprocessing);

// Stacks RGB images (0..255, same size) into an N×3×H×W float tensor and applies the
// model's preprocessing: rescale (x/255), caffe (BGR, minus the ImageNet mean) or tf
// (x/127.5 − 1).
torch::Tensor toInputTensor(const std::vector<Image>& images, Preprocessing preprocessing);

// A batch of layer outputs in Keras's order: N×C×H×W becomes (n, h, w, c) row-major; flat
// outputs stay as they are.
std::vector<float> kerasLayoutValues(const torch::Tensor& batch);

}  // namespace layerlab
