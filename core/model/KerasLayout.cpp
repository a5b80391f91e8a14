#include "model/KerasLayout.h"

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

int gatesOf(const LayerSpec& l) {
    return l.kind == Kind::LSTM ? 4 : l.kind == Kind::GRU ? 3 : 1;
}

std::vector<const char*> directions(const LayerSpec& l) {
    if (l.bidirectional) return {"forward", "backward"};
    return {""};
}

// Keras orders a GRU's gates z, r, h; LibTorch r, z, n. Swapping the first two blocks turns
// one into the other (either way). LSTM (i, f, c, o) and SimpleRNN agree already.
torch::Tensor gateOrder(const LayerSpec& l, const torch::Tensor& t, std::int64_t dim) {
    if (l.kind != Kind::GRU) return t;
    const std::int64_t u = l.units;
    return torch::cat({t.narrow(dim, u, u), t.narrow(dim, 0, u), t.narrow(dim, 2 * u, u)}, dim);
}

std::string suffix(const char* direction) {
    return std::string(direction) == "backward" ? "_l0_reverse" : "_l0";
}

}  // namespace

std::vector<KerasSlot> kerasSlots(const LayerSpec& l, std::int64_t in, std::int64_t out) {
    const std::int64_t k = l.kernel;
    std::vector<KerasSlot> slots;
    switch (l.kind) {
        case Kind::Conv2D:
            slots.push_back({"kernel", "", {k, k, in, out}});
            break;
        case Kind::DepthwiseConv2D:
            slots.push_back({"depthwise_kernel", "", {k, k, in, l.depthMultiplier}});
            break;
        case Kind::Dense:
            slots.push_back({"kernel", "", {in, out}});
            break;
        case Kind::BatchNormalization:
            for (const char* role : {"gamma", "beta", "moving_mean", "moving_variance"})
                slots.push_back({role, "", {out}});
            return slots;
        case Kind::Embedding:
            return {{"embeddings", "", {l.inputDim, l.outputDim}}};
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU: {
            const std::int64_t u = l.units, g = gatesOf(l) * u;
            for (const char* direction : directions(l)) {
                slots.push_back({"kernel", direction, {in, g}});
                slots.push_back({"recurrent_kernel", direction, {u, g}});
                // Keras's GRU (reset_after) keeps an input and a recurrent bias.
                slots.push_back({"bias", direction, l.kind == Kind::GRU ? Shape{2, g} : Shape{g}});
            }
            return slots;
        }
        default:
            return slots;
    }
    if (l.useBias) slots.push_back({"bias", "", {out}});
    return slots;
}

std::vector<std::pair<torch::Tensor, torch::Tensor>> torchCopies(
    torch::nn::Module& module, const LayerSpec& l, const std::vector<torch::Tensor>& keras) {
    auto parameters = module.named_parameters(false);
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;
    switch (l.kind) {
        case Kind::Conv2D:
            copies.emplace_back(parameters["weight"], keras[0].permute({3, 2, 0, 1}));
            break;
        case Kind::DepthwiseConv2D:
            // (kh, kw, C, m) → (C·m, 1, kh, kw): channel c's m outputs adjacent, as Keras has them
            copies.emplace_back(parameters["weight"],
                                keras[0]
                                    .permute({2, 3, 0, 1})
                                    .reshape({-1, 1, keras[0].size(0), keras[0].size(1)}));
            break;
        case Kind::Dense:
            copies.emplace_back(parameters["weight"], keras[0].t());
            break;
        case Kind::BatchNormalization: {
            auto& bn = dynamic_cast<torch::nn::BatchNorm2dImpl&>(module);
            const torch::Tensor targets[] = {bn.weight, bn.bias, bn.running_mean, bn.running_var};
            for (std::size_t i = 0; i < 4; ++i) copies.emplace_back(targets[i], keras[i]);
            return copies;
        }
        case Kind::Embedding:
            copies.emplace_back(parameters["weight"], keras[0]);
            return copies;
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU: {
            std::size_t next = 0;
            for (const char* direction : directions(l)) {
                const std::string s = suffix(direction);
                const torch::Tensor& kernel = keras[next++];
                const torch::Tensor& recurrent = keras[next++];
                const torch::Tensor& bias = keras[next++];
                copies.emplace_back(parameters["weight_ih" + s], gateOrder(l, kernel.t(), 0));
                copies.emplace_back(parameters["weight_hh" + s], gateOrder(l, recurrent.t(), 0));
                const bool twoBiases = l.kind == Kind::GRU;
                copies.emplace_back(parameters["bias_ih" + s],
                                    gateOrder(l, twoBiases ? bias[0] : bias, 0));
                // SimpleRNN and LSTM: LibTorch's second bias is held at zero (TorchGraph.cpp).
                copies.emplace_back(parameters["bias_hh" + s],
                                    twoBiases ? gateOrder(l, bias[1], 0) : torch::zeros_like(bias));
            }
            return copies;
        }
        default:
            return copies;
    }
    if (l.useBias) copies.emplace_back(parameters["bias"], keras[1]);
    return copies;
}

std::vector<torch::Tensor> kerasArrays(torch::nn::Module& module, const LayerSpec& l) {
    auto parameters = module.named_parameters(false);
    std::vector<torch::Tensor> arrays;
    switch (l.kind) {
        case Kind::Conv2D:
            arrays.push_back(parameters["weight"].permute({2, 3, 1, 0}));
            break;
        case Kind::DepthwiseConv2D: {
            const torch::Tensor w = parameters["weight"];  // (C·m, 1, kh, kw)
            arrays.push_back(
                w.reshape({-1, l.depthMultiplier, w.size(2), w.size(3)}).permute({2, 3, 0, 1}));
            break;
        }
        case Kind::Dense:
            arrays.push_back(parameters["weight"].t());
            break;
        case Kind::BatchNormalization: {
            auto& bn = dynamic_cast<torch::nn::BatchNorm2dImpl&>(module);
            return {bn.weight, bn.bias, bn.running_mean, bn.running_var};
        }
        case Kind::Embedding:
            return {parameters["weight"]};
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            for (const char* direction : directions(l)) {
                const std::string s = suffix(direction);
                arrays.push_back(gateOrder(l, parameters["weight_ih" + s], 0).t());
                arrays.push_back(gateOrder(l, parameters["weight_hh" + s], 0).t());
                const torch::Tensor input = parameters["bias_ih" + s];
                const torch::Tensor recurrent = parameters["bias_hh" + s];
                // Keras's SimpleRNN and LSTM have one bias: LibTorch's two add up to it.
                arrays.push_back(l.kind == Kind::GRU ? torch::stack({gateOrder(l, input, 0),
                                                                     gateOrder(l, recurrent, 0)})
                                                     : input + recurrent);
            }
            return arrays;
        default:
            return arrays;
    }
    if (l.useBias) arrays.push_back(parameters["bias"]);
    return arrays;
}

}  // namespace layerlab
