#include "model/Architecture.h"

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

std::int64_t convOutput(std::int64_t size, const LayerSpec& l) {
    if (l.samePadding) return (size + l.stride - 1) / l.stride;
    return (size - l.kernel) / l.stride + 1;
}

}  // namespace

// Keras's recurrent weights per direction: kernel (in, g·u), recurrent kernel (u, g·u) and a
// bias of g·u — GRU with reset_after=True (Keras 2's default) has two bias rows.
std::int64_t recurrentWeights(const LayerSpec& l, std::int64_t in) {
    const std::int64_t u = l.filters;
    switch (l.kind) {
        case LayerSpec::Kind::LSTM:
            return 4 * u * (in + u + 1);
        case LayerSpec::Kind::GRU:
            return 3 * u * (in + u + 2);
        default:
            return u * (in + u + 1);
    }
}

std::string shapeText(const Shape& shape) {
    std::string text;
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? "x" : "") + std::to_string(shape[i]);
    return text;
}

std::vector<LayerInfo> inferLayers(const std::vector<LayerSpec>& layers, const Shape& input) {
    using Kind = LayerSpec::Kind;
    std::vector<LayerInfo> infos;
    std::map<std::string, Shape> shapeOf;
    Shape shape = input;
    for (const LayerSpec& l : layers) {
        LayerInfo info;
        const std::int64_t channels = shape.back();
        switch (l.kind) {
            case Kind::Conv2D:
            case Kind::DepthwiseConv2D: {
                const bool depthwise = l.kind == Kind::DepthwiseConv2D;
                const std::int64_t out = depthwise ? channels * l.depthMultiplier : l.filters;
                shape = {convOutput(shape[0], l), convOutput(shape[1], l), out};
                info.trainableWeights =
                    static_cast<std::int64_t>(l.kernel) * l.kernel *
                        (depthwise ? channels * l.depthMultiplier : channels * out) +
                    (l.useBias ? out : 0);
                break;
            }
            case Kind::BatchNormalization:
                info.trainableWeights = 2 * channels;
                info.nonTrainableWeights = 2 * channels;
                break;
            case Kind::ZeroPadding2D:
                shape = {shape[0] + l.pads[0] + l.pads[1], shape[1] + l.pads[2] + l.pads[3],
                         channels};
                break;
            case Kind::MaxPooling2D:
                shape = {shape[0] / 2, shape[1] / 2, channels};
                break;
            case Kind::Add: {
                const auto other = shapeOf.find(l.addFrom);
                if (other == shapeOf.end() || other->second != shape)
                    throw std::invalid_argument("Add " + l.name + ": inputs differ in shape");
                break;
            }
            case Kind::Flatten: {
                std::int64_t total = 1;
                for (auto d : shape) total *= d;
                shape = {total};
                break;
            }
            case Kind::GlobalAveragePooling2D:
                shape = {channels};
                break;
            case Kind::Dense:
                info.trainableWeights = channels * l.filters + (l.useBias ? l.filters : 0);
                shape = {l.filters};
                break;
            case Kind::Embedding:
                info.trainableWeights = static_cast<std::int64_t>(l.inputDim) * l.filters;
                shape = {shape[0], l.filters};
                break;
            case Kind::SimpleRNN:
            case Kind::LSTM:
            case Kind::GRU: {
                if (shape.size() != 2)
                    throw std::invalid_argument(l.name + " needs a sequence input");
                const int directions = l.bidirectional ? 2 : 1;
                info.trainableWeights = directions * recurrentWeights(l, shape[1]);
                const std::int64_t out = static_cast<std::int64_t>(directions) * l.filters;
                shape = l.returnSequences ? Shape{shape[0], out} : Shape{out};
                break;
            }
            case Kind::ReLU:
            case Kind::Dropout:
                break;
        }
        for (auto d : shape)
            if (d < 1)
                throw std::invalid_argument("input " + shapeText(input) + " is too small: layer " +
                                            l.name + " would have no pixels");
        info.outputShape = shape;
        shapeOf[l.name] = shape;
        infos.push_back(info);
    }
    return infos;
}

}  // namespace layerlab
