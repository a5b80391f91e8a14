#include "model/ModelSpec.h"
#include "util/UsageError.h"

#include <stdexcept>

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

LayerSpec conv(const std::string& name, const std::string& block, int filters, int kernel,
               int stride, bool same, bool bias) {
    LayerSpec l;
    l.kind = Kind::Conv2D;
    l.name = name;
    l.block = block;
    l.filters = filters;
    l.kernel = kernel;
    l.stride = stride;
    l.samePadding = same;
    l.useBias = bias;
    return l;
}

LayerSpec simple(Kind kind, const std::string& name, const std::string& block) {
    LayerSpec l;
    l.kind = kind;
    l.name = name;
    l.block = block;
    return l;
}

void addVgg16(std::vector<LayerSpec>& layers) {
    const int convs[] = {2, 2, 3, 3, 3};
    const int filters[] = {64, 128, 256, 512, 512};
    for (int b = 0; b < 5; ++b) {
        const std::string block = "block" + std::to_string(b + 1);
        for (int c = 0; c < convs[b]; ++c) {
            LayerSpec l =
                conv(block + "_conv" + std::to_string(c + 1), block, filters[b], 3, 1, true, true);
            l.activation = LayerSpec::Activation::Relu;
            layers.push_back(l);
        }
        layers.push_back(simple(Kind::MaxPooling2D, block + "_pool", block));
    }
}

// keras.applications.mobilenet_v2._make_divisible
int makeDivisible(double value, int divisor = 8) {
    int rounded = std::max(divisor, static_cast<int>(value + divisor / 2.0) / divisor * divisor);
    if (rounded < 0.9 * value) rounded += divisor;
    return rounded;
}

// MobileNetV2 as Keras builds it, tracking the spatial size for correct_pad: a stride-2
// layer is preceded by ZeroPadding2D ((0,1),(0,1)) on even sizes, ((1,1),(1,1)) on odd.
class MobileNetV2Builder {
  public:
    MobileNetV2Builder(std::vector<LayerSpec>& layers, double alpha, int size)
        : layers_(layers), alpha_(alpha), height_(size), width_(size) {}

    void build() {
        pad("Conv1_pad", "stem");
        channels_ = makeDivisible(32 * alpha_);
        layers_.push_back(conv("Conv1", "stem", channels_, 3, 2, false, false));
        stride2();
        batchNorm("bn_Conv1", "stem");
        relu6("Conv1_relu", "stem");
        const struct {
            int filters, stride, expansion, repeats;
        } stages[] = {{16, 1, 1, 1}, {24, 2, 6, 2},  {32, 2, 6, 3}, {64, 2, 6, 4},
                      {96, 1, 6, 3}, {160, 2, 6, 3}, {320, 1, 6, 1}};
        int id = 0;
        for (const auto& stage : stages)
            for (int r = 0; r < stage.repeats; ++r)
                invertedResidual(stage.filters, r == 0 ? stage.stride : 1, stage.expansion, id++);
        const int last = alpha_ > 1.0 ? makeDivisible(1280 * alpha_) : 1280;
        layers_.push_back(conv("Conv_1", "top", last, 1, 1, true, false));
        batchNorm("Conv_1_bn", "top");
        relu6("out_relu", "top");
    }

  private:
    void invertedResidual(int filters, int stride, int expansion, int id) {
        const int inChannels = channels_;
        const int pointwise = makeDivisible(static_cast<int>(filters * alpha_));
        const std::string input = layers_.back().name;
        const std::string block = id ? "block_" + std::to_string(id) : "expanded_conv";
        const std::string prefix = block + "_";
        if (id) {
            layers_.push_back(
                conv(prefix + "expand", block, expansion * inChannels, 1, 1, true, false));
            batchNorm(prefix + "expand_BN", block);
            relu6(prefix + "expand_relu", block);
        }
        if (stride == 2) pad(prefix + "pad", block);
        LayerSpec depthwise = conv(prefix + "depthwise", block, 0, 3, stride, stride == 1, false);
        depthwise.kind = Kind::DepthwiseConv2D;
        layers_.push_back(depthwise);
        if (stride == 2) stride2();
        batchNorm(prefix + "depthwise_BN", block);
        relu6(prefix + "depthwise_relu", block);
        layers_.push_back(conv(prefix + "project", block, pointwise, 1, 1, true, false));
        batchNorm(prefix + "project_BN", block);
        channels_ = pointwise;
        if (inChannels == pointwise && stride == 1) {
            LayerSpec add = simple(Kind::Add, prefix + "add", block);
            add.addFrom = input;
            layers_.push_back(add);
        }
    }

    void pad(const std::string& name, const std::string& block) {
        LayerSpec l = simple(Kind::ZeroPadding2D, name, block);
        l.pads = {height_ % 2, 1, width_ % 2, 1};  // correct_pad: ((1 - adjust, 1), …)
        height_ += l.pads[0] + l.pads[1];
        width_ += l.pads[2] + l.pads[3];
        layers_.push_back(l);
    }
    void stride2() {
        height_ = (height_ - 3) / 2 + 1;
        width_ = (width_ - 3) / 2 + 1;
    }
    void batchNorm(const std::string& name, const std::string& block) {
        LayerSpec l = simple(Kind::BatchNormalization, name, block);
        l.epsilon = 1e-3;
        l.momentum = 0.999;
        layers_.push_back(l);
    }
    void relu6(const std::string& name, const std::string& block) {
        LayerSpec l = simple(Kind::ReLU, name, block);
        l.maxValue = 6.0;
        layers_.push_back(l);
    }

    std::vector<LayerSpec>& layers_;
    double alpha_;
    int height_, width_;
    int channels_ = 3;
};

LayerSpec dense(const std::string& name, int units, LayerSpec::Activation activation) {
    LayerSpec l = simple(Kind::Dense, name, kHeadBlock);
    l.units = units;
    l.activation = activation;
    return l;
}

void addHead(std::vector<LayerSpec>& layers, const ModelSpec& spec) {
    const bool binary = spec.numClasses == 2;
    const int outputs = binary ? 1 : spec.numClasses;
    const auto activation =
        binary ? LayerSpec::Activation::Sigmoid : LayerSpec::Activation::Softmax;
    if (spec.head == HeadKind::Lesson) {
        // Flatten → Dense(512, relu) → Dropout(0.5) → Dense(1, sigmoid), Keras's default names.
        layers.push_back(simple(Kind::Flatten, "flatten", kHeadBlock));
        layers.push_back(dense("dense", 512, LayerSpec::Activation::Relu));
        LayerSpec dropout = simple(Kind::Dropout, "dropout", kHeadBlock);
        dropout.rate = 0.5;
        layers.push_back(dropout);
        layers.push_back(dense("dense_1", outputs, activation));
    } else {
        layers.push_back(
            simple(Kind::GlobalAveragePooling2D, "global_average_pooling2d", kHeadBlock));
        layers.push_back(dense("dense", outputs, activation));
    }
}

}  // namespace

std::vector<LayerSpec> buildLayers(const ModelSpec& spec) {
    if (spec.numClasses < 2) throw UsageError(MessageId::ClassifierNeedsTwoClasses);
    std::vector<LayerSpec> layers;
    if (spec.backbone == Backbone::Vgg16) {
        addVgg16(layers);
    } else {
        if (spec.alpha != 0.35 && spec.alpha != 0.5 && spec.alpha != 0.75 && spec.alpha != 1.0 &&
            spec.alpha != 1.3 && spec.alpha != 1.4)
            throw UsageError(MessageId::MobileNetAlphaChoice);
        MobileNetV2Builder(layers, spec.alpha, spec.inputSize).build();
    }
    for (auto& layer : layers) layer.trainable = false;  // model_base.trainable = False
    addHead(layers, spec);
    inferLayers(layers, spec.inputSize, spec.inputSize);  // validates the input size
    return layers;
}

std::vector<std::string> backboneBlocks(const std::vector<LayerSpec>& layers) {
    std::vector<std::string> blocks;
    for (const auto& layer : layers)
        if (layer.block != kHeadBlock && (blocks.empty() || blocks.back() != layer.block))
            blocks.push_back(layer.block);
    return blocks;
}

}  // namespace layerlab
