#include "model/TorchGraph.h"
#include "util/UsageError.h"

#include <ATen/autocast_mode.h>

#include <cmath>

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

// Keras's glorot_uniform: U(−l, l) with l = sqrt(6 / (fan_in + fan_out)), where a conv
// kernel's fans include its receptive field.
void glorotUniform(torch::Tensor weight, double fanIn, double fanOut, at::Generator& generator) {
    const double limit = std::sqrt(6.0 / (fanIn + fanOut));
    torch::NoGradGuard noGrad;
    weight.uniform_(-limit, limit, generator);
}

// Keras's recurrent layers on LibTorch's fused ones. LibTorch keeps two biases per gate where
// Keras's SimpleRNN and LSTM keep one: bias_hh is held at zero and never trained, so the
// parameters that learn are Keras's. Kernels Glorot-uniform, recurrent kernels orthogonal,
// biases zero and LSTM's forget-gate bias one (unit_forget_bias), as Keras initialises them.
std::shared_ptr<torch::nn::Module> makeRecurrent(const LayerSpec& l, std::int64_t in,
                                                 at::Generator& generator) {
    const std::int64_t u = l.units;
    std::shared_ptr<torch::nn::Module> module;
    int gates = 1;
    if (l.kind == Kind::LSTM) {
        module = std::make_shared<torch::nn::LSTMImpl>(
            torch::nn::LSTMOptions(in, u).batch_first(true).bidirectional(l.bidirectional));
        gates = 4;
    } else if (l.kind == Kind::GRU) {
        module = std::make_shared<torch::nn::GRUImpl>(
            torch::nn::GRUOptions(in, u).batch_first(true).bidirectional(l.bidirectional));
        gates = 3;
    } else {
        module = std::make_shared<torch::nn::RNNImpl>(torch::nn::RNNOptions(in, u)
                                                          .batch_first(true)
                                                          .bidirectional(l.bidirectional)
                                                          .nonlinearity(torch::kTanh));
    }
    torch::NoGradGuard noGrad;
    for (auto& item : module->named_parameters()) {
        const std::string& name = item.key();
        torch::Tensor& parameter = item.value();
        if (name.rfind("weight_ih", 0) == 0) {
            glorotUniform(parameter, static_cast<double>(in), static_cast<double>(gates * u),
                          generator);
        } else if (name.rfind("weight_hh", 0) == 0) {
            for (int g = 0; g < gates; ++g)
                parameter.narrow(0, g * u, u)
                    .copy_(std::get<0>(torch::linalg_qr(torch::randn({u, u}, generator))));
        } else {
            parameter.zero_();
            if (l.kind == Kind::LSTM && name.rfind("bias_ih", 0) == 0)
                parameter.narrow(0, u, u).fill_(1.0);
        }
    }
    return module;
}

bool fixedAtZero(const LayerSpec& l, const std::string& parameterName) {
    return (l.kind == Kind::SimpleRNN || l.kind == Kind::LSTM) &&
           parameterName.rfind("bias_hh", 0) == 0;
}

std::shared_ptr<torch::nn::Module> makeModule(const LayerSpec& l, std::int64_t in,
                                              at::Generator& generator) {
    const int k = l.kernel;
    switch (l.kind) {
        case Kind::Conv2D:
        case Kind::DepthwiseConv2D: {
            const bool depthwise = l.kind == Kind::DepthwiseConv2D;
            const std::int64_t out = depthwise ? in * l.depthMultiplier : l.filters;
            auto options = torch::nn::Conv2dOptions(in, out, k)
                               .stride(l.stride)
                               .padding(l.samePadding ? k / 2 : 0)
                               .bias(l.useBias)
                               .groups(depthwise ? in : 1);
            auto conv = std::make_shared<torch::nn::Conv2dImpl>(options);
            const double field = static_cast<double>(k) * k;
            glorotUniform(conv->weight, field * in, field * (depthwise ? l.depthMultiplier : out),
                          generator);
            if (l.useBias) torch::nn::init::zeros_(conv->bias);
            return conv;
        }
        case Kind::BatchNormalization:
            return std::make_shared<torch::nn::BatchNorm2dImpl>(
                torch::nn::BatchNorm2dOptions(in).eps(l.epsilon).momentum(1.0 - l.momentum));
        case Kind::Dense: {
            auto linear = std::make_shared<torch::nn::LinearImpl>(
                torch::nn::LinearOptions(in, l.units).bias(l.useBias));
            glorotUniform(linear->weight, static_cast<double>(in), l.units, generator);
            if (l.useBias) torch::nn::init::zeros_(linear->bias);
            return linear;
        }
        case Kind::Embedding: {
            auto embedding = std::make_shared<torch::nn::EmbeddingImpl>(l.inputDim, l.outputDim);
            torch::NoGradGuard noGrad;
            embedding->weight.uniform_(-0.05, 0.05, generator);  // Keras's 'uniform' initializer
            return embedding;
        }
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            return makeRecurrent(l, in, generator);
        default:
            return nullptr;
    }
}

torch::Tensor activate(torch::Tensor x, LayerSpec::Activation activation, bool last) {
    switch (activation) {
        case LayerSpec::Activation::Relu:
            return torch::relu(x);
        case LayerSpec::Activation::Sigmoid:
            return last ? x : torch::sigmoid(x);
        case LayerSpec::Activation::Softmax:
            return last ? x : torch::softmax(x, 1);
        case LayerSpec::Activation::Linear:
            break;
    }
    return x;
}

}  // namespace

TorchGraph::TorchGraph(const std::vector<LayerSpec>& layers, const Shape& input,
                       const std::vector<LayerInfo>& infos, unsigned seed)
    : layers_(layers) {
    at::Generator generator = at::detail::createCPUGenerator(seed);
    std::int64_t channels = input.back();
    if (input.size() == 2 && !layers_.empty() && layers_.front().isRecurrent())
        oneHotDepth_ = input.back();
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const LayerSpec& layer = layers_[i];
        indexOf_[layer.name] = i;
        if (layer.kind == Kind::Add) addSources_.insert(layer.addFrom);
        auto module = makeModule(layer, channels, generator);
        if (module) register_module(layer.name, module);
        modules_.push_back(module);
        channels = infos[i].outputShape.back();
    }
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        setTrainable(i, layers_[i].trainable);
        if (layers_[i].kind == Kind::Dense) lastDense_ = i;
    }
}

void TorchGraph::setTrainable(std::size_t index, bool trainable) {
    layers_.at(index).trainable = trainable;
    if (modules_[index])
        for (auto& item : modules_[index]->named_parameters())
            item.value().requires_grad_(trainable && !fixedAtZero(layers_[index], item.key()));
}

std::vector<torch::Tensor> TorchGraph::trainableParameters() {
    std::vector<torch::Tensor> parameters;
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (layers_[i].trainable && modules_[i])
            for (auto& parameter : modules_[i]->parameters())
                if (parameter.requires_grad()) parameters.push_back(parameter);
    return parameters;
}

bool TorchGraph::binaryOutput() const {
    for (auto it = layers_.rbegin(); it != layers_.rend(); ++it)
        if (it->kind == Kind::Dense) return it->units == 1;
    return false;
}

bool TorchGraph::isCutPoint(std::size_t index) const {
    for (std::size_t k = index + 1; k < layers_.size(); ++k)
        if (layers_[k].kind == Kind::Add && indexOf_.at(layers_[k].addFrom) < index) return false;
    return true;
}

int TorchGraph::lastFrozenCutPoint() const {
    std::size_t prefix = 0;
    while (prefix < layers_.size() && !layers_[prefix].trainable) ++prefix;
    for (int c = static_cast<int>(prefix) - 1; c >= 0; --c)
        if (isCutPoint(static_cast<std::size_t>(c))) return c;
    return -1;
}

void TorchGraph::useChannelsLast(bool enabled) {
    channelsLast_ = enabled;
    const auto format = enabled ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (auto* conv = dynamic_cast<torch::nn::Conv2dImpl*>(modules_[i].get()))
            conv->weight.set_data(conv->weight.contiguous(format));
}

namespace {

// CPU autocast to bfloat16 while it lives: convolutions and matrix products take bf16 copies
// of their inputs and weights (oneDNN's native bf16 kernels), the rest follows their dtype.
class Bf16Autocast {
  public:
    explicit Bf16Autocast(bool on) : on_(on && !at::autocast::is_cpu_enabled()) {
        if (!on_) return;
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
    }
    ~Bf16Autocast() {
        if (!on_) return;
        at::autocast::set_cpu_enabled(false);
        at::autocast::clear_cache();
    }
    Bf16Autocast(const Bf16Autocast&) = delete;
    Bf16Autocast& operator=(const Bf16Autocast&) = delete;

  private:
    bool on_;
};

}  // namespace

torch::Tensor TorchGraph::forwardRange(torch::Tensor x, std::size_t begin, std::size_t end,
                                       bool training, const LayerTap& tap) {
    std::map<std::string, torch::Tensor> saved;  // outputs that a later Add needs
    if (begin == 0 && channelsLast_ && x.dim() == 4)
        x = x.contiguous(at::MemoryFormat::ChannelsLast);
    if (begin == 0 && oneHotDepth_) x = torch::one_hot(x, oneHotDepth_).to(torch::kFloat);
    if (begin > 0 && addSources_.count(layers_[begin - 1].name)) saved[layers_[begin - 1].name] = x;
    // A tap (Grad-CAM, filter patterns) differentiates through the prefix: fp32 there.
    const int bf16End = bf16Prefix_ && !tap ? lastFrozenCutPoint() + 1 : 0;
    for (std::size_t i = begin; i < end; ++i) {
        {
            const Bf16Autocast lowPrecision(static_cast<int>(i) < bf16End);
            x = forwardLayer(i, x, training, saved);
        }
        if (x.scalar_type() == torch::kBFloat16 && static_cast<int>(i) + 1 >= bf16End)
            x = x.to(torch::kFloat);  // the prefix's output: what follows runs in fp32
        if (tap) x = tap(i, x);
        if (addSources_.count(layers_[i].name)) saved[layers_[i].name] = x;
    }
    return x.scalar_type() == torch::kBFloat16 ? x.to(torch::kFloat) : x;
}

torch::Tensor TorchGraph::forwardLayer(std::size_t i, torch::Tensor x, bool training,
                                       const std::map<std::string, torch::Tensor>& saved) {
    const LayerSpec& l = layers_[i];
    switch (l.kind) {
        case Kind::Conv2D:
        case Kind::DepthwiseConv2D:
            return activate(dynamic_cast<torch::nn::Conv2dImpl&>(*modules_[i]).forward(x),
                            l.activation, false);
        case Kind::BatchNormalization: {
            auto& bn = dynamic_cast<torch::nn::BatchNorm2dImpl&>(*modules_[i]);
            // Keras runs a frozen BatchNormalization in inference mode.
            bn.train(training && l.trainable);
            return bn.forward(x);
        }
        case Kind::ReLU:
            return l.maxValue > 0 ? torch::clamp(x, 0.0, l.maxValue) : torch::relu(x);
        case Kind::ZeroPadding2D:
            return torch::constant_pad_nd(x, {l.pads[2], l.pads[3], l.pads[0], l.pads[1]});
        case Kind::MaxPooling2D:
            return torch::max_pool2d(x, 2, 2);
        case Kind::Add:
            return x + saved.at(l.addFrom);
        case Kind::Flatten:
            return x.permute({0, 2, 3, 1}).reshape({x.size(0), -1});
        case Kind::GlobalAveragePooling2D:
            return x.mean({2, 3});
        case Kind::Dense:
            return activate(dynamic_cast<torch::nn::LinearImpl&>(*modules_[i]).forward(x),
                            l.activation, i == lastDense_);
        case Kind::Dropout:
            return torch::dropout(x, l.rate, training);
        case Kind::Embedding:
            return dynamic_cast<torch::nn::EmbeddingImpl&>(*modules_[i]).forward(x);
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            return recurrentForward(i, x, training);
    }
    return x;
}

torch::Tensor TorchGraph::recurrentSequence(std::size_t layer, torch::Tensor x) {
    torch::nn::Module& module = *modules_.at(layer);
    switch (layers_.at(layer).kind) {
        case Kind::LSTM:
            return std::get<0>(dynamic_cast<torch::nn::LSTMImpl&>(module).forward(x));
        case Kind::GRU:
            return std::get<0>(dynamic_cast<torch::nn::GRUImpl&>(module).forward(x));
        case Kind::SimpleRNN:
            return std::get<0>(dynamic_cast<torch::nn::RNNImpl&>(module).forward(x));
        default:
            throw UsageError(MessageId::NotARecurrentLayer, {layers_[layer].name});
    }
}

torch::Tensor TorchGraph::recurrentForward(std::size_t i, torch::Tensor x, bool training) {
    const LayerSpec& l = layers_[i];
    if (training && l.rate > 0) {
        // Keras drops the same input features at every time step of a sequence.
        const torch::Tensor keep =
            torch::bernoulli(torch::full({x.size(0), 1, x.size(2)}, 1.0 - l.rate));
        x = x * keep / (1.0 - l.rate);
    }
    const torch::Tensor sequence = recurrentSequence(i, x);
    if (l.returnSequences) return sequence;
    const std::int64_t u = l.units;
    const torch::Tensor forward = sequence.select(1, -1).narrow(1, 0, u);
    // The backward direction ends at t = 0: Keras concatenates both final states.
    return l.bidirectional ? torch::cat({forward, sequence.select(1, 0).narrow(1, u, u)}, 1)
                           : forward;
}

torch::Tensor TorchGraph::predict(torch::Tensor input) {
    torch::NoGradGuard noGrad;
    const torch::Tensor out = logits(std::move(input), false);
    return binaryOutput() ? torch::sigmoid(out.squeeze(1)) : torch::softmax(out, 1);
}

}  // namespace layerlab
