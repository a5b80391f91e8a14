#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/Architecture.h"

namespace layerlab {

enum class Backbone { Vgg16, MobileNetV2 };
enum class HeadKind { Lesson, GlobalAveragePooling };
// How pixels (0..255 RGB) become network input: the lesson's rescale=1/255; VGG's 'caffe'
// (RGB→BGR, minus the ImageNet mean, the right one for Keras's VGG16 weights); or 'tf'
// (x/127.5 − 1, the right one for MobileNetV2 weights).
enum class Preprocessing { Rescale, Caffe, Tf };

// The arithmetic of the frozen prefix's forward pass. bf16 runs its convolutions in bfloat16
// (oneDNN; about 1.8x faster where the CPU has native bf16, avx512_bf16 or AMX) and everything
// after the prefix in fp32; its features keep a cosine above 0.999 with fp32's.
enum class FrozenPrecision { Fp32, Bf16 };

inline constexpr std::pair<Backbone, const char*> kBackbones[] = {
    {Backbone::Vgg16, "vgg16"}, {Backbone::MobileNetV2, "mobilenet_v2"}};
inline constexpr std::pair<HeadKind, const char*> kHeads[] = {
    {HeadKind::Lesson, "lesson"}, {HeadKind::GlobalAveragePooling, "gap"}};
inline constexpr std::pair<Preprocessing, const char*> kPreprocessings[] = {
    {Preprocessing::Rescale, "rescale"},
    {Preprocessing::Caffe, "caffe"},
    {Preprocessing::Tf, "tf"}};
inline constexpr std::pair<FrozenPrecision, const char*> kFrozenPrecisions[] = {
    {FrozenPrecision::Fp32, "fp32"}, {FrozenPrecision::Bf16, "bf16"}};

struct ModelSpec {
    Backbone backbone = Backbone::Vgg16;
    double alpha = 0.35;  // MobileNetV2 width multiplier: 0.35, 0.5, 0.75, 1.0
    int inputSize = 224;
    HeadKind head = HeadKind::Lesson;
    int numClasses = 2;  // 2: one sigmoid unit (binary); more: softmax
    Preprocessing preprocessing = Preprocessing::Rescale;
    FrozenPrecision frozenPrecision = FrozenPrecision::Fp32;
};

// The backbone's layers with Keras's names (vgg16: block1_conv1 … block5_pool; MobileNetV2:
// Conv1_pad … out_relu), frozen as the lesson does (model_base.trainable = False), then the
// head. Throws UsageError for an unsupported alpha or too small an input.
std::vector<LayerSpec> buildLayers(const ModelSpec& spec);

// The backbone's blocks in order (vgg16: block1 … block5) and the head's block name.
std::vector<std::string> backboneBlocks(const std::vector<LayerSpec>& layers);
inline constexpr const char* kHeadBlock = "head";

}  // namespace layerlab
