#include "core/KerasH5Writer.h"

#include "io/FileIO.h"
#include "io/H5Writer.h"

namespace testh5 {
namespace {

using layerlab::H5Writer;

// One layer's weights under `group`, listed in its weight_names.
std::vector<std::string> writeWeights(H5Writer& file, const std::string& group,
                                      const std::vector<Weight>& weights) {
    std::vector<std::string> names;
    for (const auto& weight : weights) {
        names.push_back(weight.name);
        const std::vector<std::int64_t> shape(weight.shape.begin(), weight.shape.end());
        file.writeFloats(group + "/" + weight.name, shape,
                         weight.values.empty() ? nullptr : weight.values.data());
    }
    return names;
}

}  // namespace

void write(const std::filesystem::path& path, const std::vector<Layer>& layers,
           const std::string& nestedModel) {
    H5Writer file;
    if (nestedModel.empty()) {
        std::vector<std::string> names;
        for (const auto& layer : layers) {
            names.push_back(layer.name);
            const std::string group = "/" + layer.name;
            file.createGroup(group);
            file.setAttribute(group, "weight_names", writeWeights(file, group, layer.weights));
        }
        file.setAttribute("/", "layer_names", names);
    } else {
        // A nested Sequential: one group holds every weight, weight_names listing them all.
        const std::string group = "/model_weights/" + nestedModel;
        file.createGroup(group);
        std::vector<std::string> names;
        for (const auto& layer : layers)
            for (const auto& name : writeWeights(file, group, layer.weights)) names.push_back(name);
        file.setAttribute(group, "weight_names", names);
        file.setAttribute("/model_weights", "layer_names", std::vector<std::string>{nestedModel});
    }
    layerlab::writeFileAtomically(path, file.bytes());
}

}  // namespace testh5
