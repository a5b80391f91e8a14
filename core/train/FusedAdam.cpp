#include "train/FusedAdam.h"

#include <ATen/Parallel.h>

#include <cmath>

namespace layerlab {
namespace {

bool fusable(const torch::Tensor& p) {
    return p.device().is_cpu() && p.scalar_type() == torch::kFloat && p.is_contiguous() &&
           p.grad().is_contiguous() && p.grad().scalar_type() == torch::kFloat;
}

// LibTorch's update, element by element, in the order its tensor operations apply it.
struct AdamUpdate {
    float beta1, beta2, oneMinusBeta1, oneMinusBeta2, eps, stepSize, sqrtCorrection2;

    void apply(float* p, const float* g, float* m, float* v, std::int64_t n) const {
        at::parallel_for(0, n, 1 << 15, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) {
                m[i] = m[i] * beta1 + g[i] * oneMinusBeta1;
                v[i] = v[i] * beta2 + g[i] * g[i] * oneMinusBeta2;
                const float denom = std::sqrt(v[i]) / sqrtCorrection2 + eps;
                p[i] = p[i] - stepSize * (m[i] / denom);
            }
        });
    }
};

}  // namespace

torch::Tensor FusedAdam::step(LossClosure closure) {
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        if (options.amsgrad() || options.weight_decay() != 0) return Adam::step(closure);
        for (const auto& p : group.params())
            if (p.grad().defined() && !fusable(p)) return Adam::step(closure);
    }
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    torch::NoGradGuard noGrad;
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        const auto [beta1, beta2] = options.betas();
        for (auto& p : group.params()) {
            if (!p.grad().defined()) continue;
            const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
            auto found = state_.find(key);
            if (found == state_.end()) {
                auto fresh = std::make_unique<torch::optim::AdamParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                found = state_.emplace(key, std::move(fresh)).first;
            }
            auto& state = static_cast<torch::optim::AdamParamState&>(*found->second);
            state.step(state.step() + 1);
            const double correction1 = 1 - std::pow(beta1, state.step());
            const double correction2 = 1 - std::pow(beta2, state.step());
            const AdamUpdate update{static_cast<float>(beta1),
                                    static_cast<float>(beta2),
                                    static_cast<float>(1 - beta1),
                                    static_cast<float>(1 - beta2),
                                    static_cast<float>(options.eps()),
                                    static_cast<float>(options.lr() / correction1),
                                    static_cast<float>(std::sqrt(correction2))};
            update.apply(p.data_ptr<float>(), p.grad().data_ptr<float>(),
                         state.exp_avg().data_ptr<float>(), state.exp_avg_sq().data_ptr<float>(),
                         p.numel());
        }
    }
    return loss;
}

}  // namespace layerlab
