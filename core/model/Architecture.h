#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace layerlab {

// Keras's per-layer output shape without the batch axis, channels last: (h, w, c) or (units).
using Shape = std::vector<std::int64_t>;

// One Keras layer as data: what it is, its configuration, and which block it belongs to.
// Models are lists of these; shapes, parameter counts, the summary, weight import and the
// LibTorch network are all derived from the list, so they cannot disagree.
struct LayerSpec {
    enum class Kind {
        Conv2D,
        DepthwiseConv2D,
        BatchNormalization,
        ReLU,
        ZeroPadding2D,
        MaxPooling2D,
        Add,
        Flatten,
        GlobalAveragePooling2D,
        Dense,
        Dropout,
        Embedding,
        SimpleRNN,
        LSTM,
        GRU,
    };
    enum class Activation { Linear, Relu, Sigmoid, Softmax };

    Kind kind = Kind::ReLU;
    std::string name;   // Keras's layer name, e.g. block1_conv1
    std::string block;  // group in the layer tree, e.g. block1, or "head"
    int filters = 0;    // Conv2D: output channels
    int units = 0;      // Dense: outputs; recurrent layers: units per direction
    int kernel = 1;
    int stride = 1;
    bool samePadding = false;  // Conv: 'same' (stride 1) vs 'valid'
    bool useBias = true;
    int depthMultiplier = 1;
    std::array<int, 4> pads{};  // ZeroPadding2D: top, bottom, left, right
    Activation activation = Activation::Linear;
    double maxValue = 0;  // ReLU(max_value); 0 = unbounded
    double epsilon = 1e-3;
    double momentum = 0.99;
    double rate = 0;               // Dropout
    std::string addFrom;           // Add: the other input (an earlier layer's name)
    int inputDim = 0;              // Embedding: vocabulary size (num_words)
    int outputDim = 0;             // Embedding: vector width
    bool returnSequences = false;  // recurrent layers
    bool bidirectional = false;    // recurrent layers: Bidirectional(…, merge_mode='concat')
    bool trainable = true;         // Keras's layer.trainable

    bool hasWeights() const;
    bool isRecurrent() const {
        return kind == Kind::SimpleRNN || kind == Kind::LSTM || kind == Kind::GRU;
    }
};

const char* kindName(LayerSpec::Kind kind);
// Keras's name of an activation: "relu", "sigmoid", "softmax", "linear".
const char* activationName(LayerSpec::Activation activation);
// The class name Keras's summary shows: the kind, or "Bidirectional" around a recurrent layer.
const char* typeName(const LayerSpec& layer);

struct LayerInfo {
    Shape outputShape;
    std::int64_t trainableWeights = 0;     // counted as Keras counts (gamma, beta, kernels, biases)
    std::int64_t nonTrainableWeights = 0;  // BatchNorm moving statistics
    std::int64_t params() const { return trainableWeights + nonTrainableWeights; }
};

// Shapes and parameter counts of every layer for one input of `input` shape (no batch axis):
// (h, w, 3) for images, (maxlen) of word indices, or (maxlen, num_words) one-hot.
// Throws UsageError when the input is too small for the network.
std::vector<LayerInfo> inferLayers(const std::vector<LayerSpec>& layers, const Shape& input);
inline std::vector<LayerInfo> inferLayers(const std::vector<LayerSpec>& layers, int height,
                                          int width) {
    return inferLayers(layers, Shape{height, width, 3});
}

}  // namespace layerlab
