#include "model/KerasExport.h"

#include <nlohmann/json.hpp>

#include "io/H5Writer.h"
#include "model/KerasLayout.h"
#include "model/Network.h"
#include "model/TorchGraph.h"
#include "util/EnumNames.h"
#include "util/Version.h"

namespace layerlab {
namespace {

using json = nlohmann::json;
using Kind = LayerSpec::Kind;

constexpr const char* kInputName = "input_1";

json recurrentConfig(const LayerSpec& l, const std::string& name) {
    json config = {{"name", name},
                   {"trainable", l.trainable},
                   {"dtype", "float32"},
                   {"units", l.units},
                   {"activation", "tanh"},
                   {"use_bias", true},
                   {"return_sequences", l.returnSequences},
                   {"dropout", l.rate}};
    if (l.kind != Kind::SimpleRNN) config["recurrent_activation"] = "sigmoid";
    if (l.kind == Kind::LSTM) config["unit_forget_bias"] = true;
    if (l.kind == Kind::GRU) config["reset_after"] = true;
    return config;
}

// Keras's lower-case name of a recurrent layer: its default layer name and its cell's prefix.
std::string recurrentName(LayerSpec::Kind kind) {
    return kind == Kind::LSTM ? "lstm" : kind == Kind::GRU ? "gru" : "simple_rnn";
}

// The config keys of layers that work on feature maps: convolutions, padding, pooling.
void addSpatialConfig(const LayerSpec& l, json& c) {
    c["data_format"] = "channels_last";
    if (l.kind == Kind::ZeroPadding2D) {
        c["padding"] =
            json::array({json::array({l.pads[0], l.pads[1]}), json::array({l.pads[2], l.pads[3]})});
    } else if (l.kind == Kind::MaxPooling2D) {
        c.update({{"pool_size", json::array({2, 2})},
                  {"strides", json::array({2, 2})},
                  {"padding", "valid"}});
    } else if (l.kind == Kind::Conv2D || l.kind == Kind::DepthwiseConv2D) {
        if (l.kind == Kind::Conv2D) c["filters"] = l.filters;
        if (l.kind == Kind::DepthwiseConv2D) c["depth_multiplier"] = l.depthMultiplier;
        c.update({{"kernel_size", json::array({l.kernel, l.kernel})},
                  {"strides", json::array({l.stride, l.stride})},
                  {"padding", l.samePadding ? "same" : "valid"},
                  {"activation", activationName(l.activation)},
                  {"use_bias", l.useBias}});
    }
}

// The layer's config as Keras's get_config() has it (the keys from_config needs; the rest
// take Keras's defaults).
json layerConfig(const LayerSpec& l) {
    json c = {{"name", l.name}, {"trainable", l.trainable}, {"dtype", "float32"}};
    switch (l.kind) {
        case Kind::Conv2D:
        case Kind::DepthwiseConv2D:
        case Kind::ZeroPadding2D:
        case Kind::MaxPooling2D:
        case Kind::Flatten:
        case Kind::GlobalAveragePooling2D:
            addSpatialConfig(l, c);
            break;
        case Kind::BatchNormalization:
            c.update({{"axis", -1},
                      {"momentum", l.momentum},
                      {"epsilon", l.epsilon},
                      {"center", true},
                      {"scale", true}});
            break;
        case Kind::ReLU:
            c.update({{"max_value", l.maxValue > 0 ? json(l.maxValue) : json(nullptr)},
                      {"negative_slope", 0.0},
                      {"threshold", 0.0}});
            break;
        case Kind::Dense:
            c.update({{"units", l.units},
                      {"activation", activationName(l.activation)},
                      {"use_bias", l.useBias}});
            break;
        case Kind::Dropout:
            c["rate"] = l.rate;
            break;
        case Kind::Embedding:
            c.update({{"input_dim", l.inputDim}, {"output_dim", l.outputDim}});
            break;
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            if (!l.bidirectional) return recurrentConfig(l, l.name);
            c["layer"] = {{"class_name", kindName(l.kind)},
                          {"config", recurrentConfig(l, recurrentName(l.kind))}};
            c["merge_mode"] = "concat";
            break;
        case Kind::Add:
            break;
    }
    return c;
}

json inbound(const std::string& from) {
    return json::array({from, 0, 0, json::object()});
}

json modelConfig(const std::vector<LayerSpec>& layers, const Shape& input, bool wordIndices) {
    json batchShape = json::array({nullptr});
    for (auto d : input) batchShape.push_back(d);
    json list = json::array();
    list.push_back({{"class_name", "InputLayer"},
                    {"name", kInputName},
                    {"config",
                     {{"batch_input_shape", batchShape},
                      {"dtype", wordIndices ? "int32" : "float32"},
                      {"sparse", false},
                      {"ragged", false},
                      {"name", kInputName}}},
                    {"inbound_nodes", json::array()}});
    std::string previous = kInputName;
    for (const LayerSpec& l : layers) {
        json node = json::array({inbound(previous)});
        if (l.kind == Kind::Add) node.push_back(inbound(l.addFrom));
        list.push_back({{"class_name", typeName(l)},
                        {"name", l.name},
                        {"config", layerConfig(l)},
                        {"inbound_nodes", json::array({node})}});
        previous = l.name;
    }
    return {{"class_name", "Functional"},
            {"config",
             {{"name", "layerlab_model"},
              {"layers", list},
              {"input_layers", json::array({json::array({kInputName, 0, 0})})},
              {"output_layers", json::array({json::array({previous, 0, 0})})}}}};
}

// Keras's weight names: "<layer>/kernel:0"; a recurrent layer's sit in its cell, and a
// Bidirectional layer's in forward_/backward_ sub-layers.
std::string weightName(const LayerSpec& l, const KerasSlot& slot) {
    if (!l.isRecurrent()) return l.name + "/" + slot.role + ":0";
    const std::string cell = recurrentName(l.kind) + "_cell/";
    const std::string direction = slot.direction.empty() ? "" : slot.direction + "_" + l.name + "/";
    return l.name + "/" + direction + cell + slot.role + ":0";
}

}  // namespace

std::string kerasModelFile(Network& network, const std::vector<std::string>& classes) {
    const auto& layers = network.layers();
    const auto infos = network.infos();
    const bool wordIndices =
        network.inputShape().size() == 1;  // (maxlen) word indices for an Embedding
    H5Writer file;
    file.createGroup("/model_weights");
    file.setAttribute("/", "model_config",
                      modelConfig(layers, network.inputShape(), wordIndices).dump());
    file.setAttribute("/", "keras_version", std::string("2.11.0"));
    file.setAttribute("/", "backend", std::string("tensorflow"));
    file.setAttribute("/", "layerlab_version", std::string(kLayerLabVersion));
    file.setAttribute("/", "layerlab_preprocessing",
                      std::string(network.inputShape().size() == 3
                                      ? enumName(kPreprocessings, network.spec().preprocessing)
                                      : "none"));
    file.setAttribute("/", "layerlab_classes", json(classes).dump());
    std::vector<std::string> layerNames;
    std::int64_t in = network.inputShape().back();
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerSpec& l = layers[i];
        const std::int64_t layerIn = in;
        in = infos[i].outputShape.back();
        layerNames.push_back(l.name);
        const std::string group = "/model_weights/" + l.name;
        file.createGroup(group);
        std::vector<std::string> weightNames;
        if (l.hasWeights()) {
            const auto slots = kerasSlots(l, layerIn, in);
            const auto arrays = kerasArrays(network.torchGraph().layerModule(i), l);
            for (std::size_t w = 0; w < slots.size(); ++w) {
                const torch::Tensor values = arrays[w].contiguous();
                weightNames.push_back(weightName(l, slots[w]));
                file.writeFloats(group + "/" + weightNames.back(), slots[w].shape,
                                 values.data_ptr<float>());
            }
        }
        file.setAttribute(group, "weight_names", weightNames);
    }
    file.setAttribute("/model_weights", "layer_names", layerNames);
    file.setAttribute("/model_weights", "keras_version", std::string("2.11.0"));
    file.setAttribute("/model_weights", "backend", std::string("tensorflow"));
    return file.bytes();
}

}  // namespace layerlab
