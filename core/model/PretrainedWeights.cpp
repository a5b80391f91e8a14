#include "model/PretrainedWeights.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "io/KerasCache.h"
#include "io/KerasH5.h"
#include "model/Network.h"

namespace layerlab {

namespace {

// The input sizes keras.applications publishes MobileNetV2 weights for.
constexpr int kMobileNetSizes[] = {96, 128, 160, 192, 224};

// The size whose ImageNet weights Keras loads for `inputSize`: its own, else 224's.
int publishedSize(int inputSize) {
    const bool published =
        std::count(std::begin(kMobileNetSizes), std::end(kMobileNetSizes), inputSize) > 0;
    return published ? inputSize : 224;
}

}  // namespace

std::string kerasWeightsFileName(const ModelSpec& spec) {
    if (spec.backbone == Backbone::Vgg16)
        return "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";
    // keras.applications.mobilenet_v2: alpha printed with str(float), sizes 96..224.
    char alpha[16];
    std::snprintf(alpha, sizeof alpha, "%g", spec.alpha);
    std::string text = alpha;
    if (text.find('.') == std::string::npos) text += ".0";
    return "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_" + text + "_" +
           std::to_string(publishedSize(spec.inputSize)) + "_no_top.h5";
}

std::string kerasBaseName(const ModelSpec& spec, WeightsSource::Kind weights) {
    if (spec.backbone == Backbone::Vgg16) return "vgg16";
    char name[48];
    std::snprintf(name, sizeof name, "mobilenetv2_%.2f_%d", spec.alpha,
                  weights == WeightsSource::Kind::KerasCache ? publishedSize(spec.inputSize)
                                                             : spec.inputSize);
    return name;
}

std::optional<CachedWeights> findKerasWeights(const ModelSpec& spec) {
    if (const auto file = findKerasModel(kerasWeightsFileName(spec)))
        return CachedWeights{*file, std::nullopt};
    if (spec.backbone != Backbone::MobileNetV2) return std::nullopt;
    std::vector<int> others(std::begin(kMobileNetSizes), std::end(kMobileNetSizes));
    std::stable_sort(others.begin(), others.end(), [&](int a, int b) {
        return std::abs(a - spec.inputSize) < std::abs(b - spec.inputSize);
    });
    for (const int size : others) {
        ModelSpec other = spec;
        other.inputSize = size;
        if (const auto file = findKerasModel(kerasWeightsFileName(other)))
            return CachedWeights{*file, size};
    }
    return std::nullopt;
}

void checkWeightsStructure(const std::filesystem::path& file, const ModelSpec& spec) {
    const KerasWeights weights = readKerasH5(file);  // reads every dataset
    Network(spec).loadKerasWeights(weights);         // every backbone layer, every shape
}

}  // namespace layerlab
