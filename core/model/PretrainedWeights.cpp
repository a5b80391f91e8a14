#include "model/PretrainedWeights.h"

#include <cstdio>

#include "io/KerasCache.h"
#include "io/KerasH5.h"
#include "model/Network.h"

namespace layerlab {

std::string kerasWeightsFileName(const ModelSpec& spec) {
    if (spec.backbone == Backbone::Vgg16)
        return "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";
    // keras.applications.mobilenet_v2: alpha printed with str(float), sizes 96..224.
    char alpha[16];
    std::snprintf(alpha, sizeof alpha, "%g", spec.alpha);
    std::string text = alpha;
    if (text.find('.') == std::string::npos) text += ".0";
    return "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_" + text + "_" +
           std::to_string(spec.inputSize) + "_no_top.h5";
}

std::optional<std::filesystem::path> findKerasWeights(const ModelSpec& spec) {
    return findKerasModel(kerasWeightsFileName(spec));
}

void checkWeightsStructure(const std::filesystem::path& file, const ModelSpec& spec) {
    const KerasWeights weights = readKerasH5(file);  // reads every dataset
    Network(spec).loadKerasWeights(weights);         // every backbone layer, every shape
}

}  // namespace layerlab
