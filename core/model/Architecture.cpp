#include "model/Architecture.h"

#include <map>
#include <stdexcept>

namespace layerlab {

bool LayerSpec::hasWeights() const {
    return kind == Kind::Conv2D || kind == Kind::DepthwiseConv2D ||
           kind == Kind::BatchNormalization || kind == Kind::Dense;
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
    }
    return "?";
}

namespace {

std::int64_t convOutput(std::int64_t size, const LayerSpec& l) {
    if (l.samePadding) return (size + l.stride - 1) / l.stride;
    return (size - l.kernel) / l.stride + 1;
}

}  // namespace

std::vector<LayerInfo> inferLayers(const std::vector<LayerSpec>& layers, int height, int width) {
    using Kind = LayerSpec::Kind;
    std::vector<LayerInfo> infos;
    std::map<std::string, Shape> shapeOf;
    Shape shape = {height, width, 3};
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
            case Kind::ReLU:
            case Kind::Dropout:
                break;
        }
        for (auto d : shape)
            if (d < 1)
                throw std::invalid_argument("input " + std::to_string(height) + "x" +
                                            std::to_string(width) + " is too small: layer " +
                                            l.name + " would have no pixels");
        info.outputShape = shape;
        shapeOf[l.name] = shape;
        infos.push_back(info);
    }
    return infos;
}

}  // namespace layerlab
