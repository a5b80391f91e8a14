#include "model/Architecture.h"
#include "util/UsageError.h"

#include <map>
#include <stdexcept>

namespace layerlab {

bool LayerSpec::hasWeights() const {
    return kind == Kind::Conv2D || kind == Kind::DepthwiseConv2D ||
           kind == Kind::BatchNormalization || kind == Kind::Dense || kind == Kind::Embedding ||
           isRecurrent();
}

const char* typeName(const LayerSpec& layer) {
    return layer.isRecurrent() && layer.bidirectional ? "Bidirectional" : kindName(layer.kind);
}

const char* activationName(LayerSpec::Activation activation) {
    switch (activation) {
        case LayerSpec::Activation::Relu:
            return "relu";
        case LayerSpec::Activation::Sigmoid:
            return "sigmoid";
        case LayerSpec::Activation::Softmax:
            return "softmax";
        case LayerSpec::Activation::Linear:
            break;
    }
    return "linear";
}

const char* kindName(LayerSpec::Kind kind) {
    switch (kind) {
        case LayerSpec::Kind::Conv2D:
            return "Conv2D";
        case LayerSpec::Kind::DepthwiseConv2D:
            return "DepthwiseConv2D";
        case LayerSpec::Kind::BatchNormalization:
            return "BatchNormalization";
        case LayerSpec::Kind::ReLU:
            return "ReLU";
        case LayerSpec::Kind::ZeroPadding2D:
            return "ZeroPadding2D";
        case LayerSpec::Kind::MaxPooling2D:
            return "MaxPooling2D";
        case LayerSpec::Kind::Add:
            return "Add";
        case LayerSpec::Kind::Flatten:
            return "Flatten";
        case LayerSpec::Kind::GlobalAveragePooling2D:
            return "GlobalAveragePooling2D";
        case LayerSpec::Kind::Dense:
            return "Dense";
        case LayerSpec::Kind::Dropout:
            return "Dropout";
        case LayerSpec::Kind::Embedding:
            return "Embedding";
        case LayerSpec::Kind::SimpleRNN:
            return "SimpleRNN";
        case LayerSpec::Kind::LSTM:
            return "LSTM";
        case LayerSpec::Kind::GRU:
            return "GRU";
    }
    return "?";
}

namespace {

using Kind = LayerSpec::Kind;

std::int64_t convOutput(std::int64_t size, const LayerSpec& l) {
    if (l.samePadding) return (size + l.stride - 1) / l.stride;
    return (size - l.kernel) / l.stride + 1;
}

LayerInfo convInfo(const LayerSpec& l, const Shape& in) {
    const std::int64_t channels = in.back();
    const bool depthwise = l.kind == Kind::DepthwiseConv2D;
    const std::int64_t out = depthwise ? channels * l.depthMultiplier : l.filters;
    LayerInfo info;
    info.outputShape = {convOutput(in[0], l), convOutput(in[1], l), out};
    info.trainableWeights = static_cast<std::int64_t>(l.kernel) * l.kernel *
                                (depthwise ? channels * l.depthMultiplier : channels * out) +
                            (l.useBias ? out : 0);
    return info;
}

// Keras's recurrent weights per direction: kernel (in, g·u), recurrent kernel (u, g·u) and a
// bias of g·u — GRU with reset_after=True (Keras 2's default) has two bias rows.
std::int64_t recurrentWeights(const LayerSpec& l, std::int64_t in) {
    const std::int64_t u = l.units;
    switch (l.kind) {
        case Kind::LSTM:
            return 4 * u * (in + u + 1);
        case Kind::GRU:
            return 3 * u * (in + u + 2);
        default:
            return u * (in + u + 1);
    }
}

LayerInfo recurrentInfo(const LayerSpec& l, const Shape& in) {
    if (in.size() != 2) throw UsageError(MessageId::LayerNeedsSequence, {l.name});
    const int directions = l.bidirectional ? 2 : 1;
    const std::int64_t out = static_cast<std::int64_t>(directions) * l.units;
    LayerInfo info;
    info.trainableWeights = directions * recurrentWeights(l, in[1]);
    info.outputShape = l.returnSequences ? Shape{in[0], out} : Shape{out};
    return info;
}

std::int64_t elements(const Shape& shape) {
    std::int64_t total = 1;
    for (auto d : shape) total *= d;
    return total;
}

// One layer's output shape and weights for an input of shape `in` (an Add's second input is
// checked by the caller, which knows the earlier layers).
LayerInfo layerInfo(const LayerSpec& l, const Shape& in) {
    const std::int64_t channels = in.back();
    LayerInfo info;
    info.outputShape = in;
    switch (l.kind) {
        case Kind::Conv2D:
        case Kind::DepthwiseConv2D:
            return convInfo(l, in);
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            return recurrentInfo(l, in);
        case Kind::BatchNormalization:
            info.trainableWeights = 2 * channels;
            info.nonTrainableWeights = 2 * channels;
            break;
        case Kind::ZeroPadding2D:
            info.outputShape = {in[0] + l.pads[0] + l.pads[1], in[1] + l.pads[2] + l.pads[3],
                                channels};
            break;
        case Kind::MaxPooling2D:
            info.outputShape = {in[0] / 2, in[1] / 2, channels};
            break;
        case Kind::Flatten:
            info.outputShape = {elements(in)};
            break;
        case Kind::GlobalAveragePooling2D:
            info.outputShape = {channels};
            break;
        case Kind::Dense:
            info.trainableWeights = channels * l.units + (l.useBias ? l.units : 0);
            info.outputShape = {l.units};
            break;
        case Kind::Embedding:
            info.trainableWeights = static_cast<std::int64_t>(l.inputDim) * l.outputDim;
            info.outputShape = {in[0], l.outputDim};
            break;
        case Kind::Add:
        case Kind::ReLU:
        case Kind::Dropout:
            break;
    }
    return info;
}

std::string shapeText(const Shape& shape) {
    std::string text;
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? "x" : "") + std::to_string(shape[i]);
    return text;
}

}  // namespace

std::vector<LayerInfo> inferLayers(const std::vector<LayerSpec>& layers, const Shape& input) {
    std::vector<LayerInfo> infos;
    std::map<std::string, Shape> shapeOf;
    Shape shape = input;
    for (const LayerSpec& l : layers) {
        if (l.kind == Kind::Add) {
            const auto other = shapeOf.find(l.addFrom);
            if (other == shapeOf.end() || other->second != shape)
                throw UsageError(MessageId::AddInputsDiffer, {l.name});
        }
        LayerInfo info = layerInfo(l, shape);
        for (auto d : info.outputShape)
            if (d < 1)
                throw UsageError(MessageId::InputTooSmall, {shapeText(input), l.name});
        shape = info.outputShape;
        shapeOf[l.name] = shape;
        infos.push_back(std::move(info));
    }
    return infos;
}

}  // namespace layerlab
