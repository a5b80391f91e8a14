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

void writeVgg16NoTop(const std::filesystem::path& path, float kernel) {
    std::filesystem::create_directories(path.parent_path());
    std::vector<Layer> layers;
    const int blocks[5][2] = {{2, 64}, {2, 128}, {3, 256}, {3, 512}, {3, 512}};
    unsigned long long in = 3;
    for (int b = 0; b < 5; ++b) {
        for (int c = 1; c <= blocks[b][0]; ++c) {
            const auto out = static_cast<unsigned long long>(blocks[b][1]);
            const std::string name = "block" + std::to_string(b + 1) + "_conv" + std::to_string(c);
            layers.push_back(
                {name,
                 {{name + "_W_1:0", {3, 3, in, out}, std::vector<float>(9 * in * out, kernel)},
                  {name + "_b_1:0", {out}, std::vector<float>(out, 0.0f)}}});
            in = out;
        }
        layers.push_back({"block" + std::to_string(b + 1) + "_pool", {}});
    }
    write(path, layers);
}

}  // namespace testh5
