#include "train/StateCopy.h"

#include <cstring>

namespace layerlab {
namespace {

// An optimizer state's step count, read and written through its accessors.
template <typename State, typename Counts>
void addStep(State* state, Counts& counts) {
    counts.push_back(
        {[state] { return state->step(); }, [state](std::int64_t step) { state->step(step); }, 0});
}

// One plain memcpy where it can: copy_() spreads a large copy over OpenMP threads, which on a
// busy 2-core machine made keeping an epoch five times slower (32 ms instead of 6 for the
// lesson's head and its Adam state).
void copyInto(torch::Tensor& to, const torch::Tensor& from) {
    if (from.is_contiguous() && to.is_contiguous() && from.dtype() == to.dtype() &&
        from.device().is_cpu())
        std::memcpy(to.data_ptr(), from.data_ptr(), from.nbytes());
    else
        to.copy_(from);
}

}  // namespace

// The live tensors in a fixed order: trainable parameters, buffers, then each optimizer
// state's tensors (those it has: max_exp_avg_sq only with AMSGrad, and so on).
void StateCopy::collect(std::vector<torch::Tensor>& tensors, std::vector<Count>& counts) const {
    for (const auto& p : graph_.parameters())
        if (p.requires_grad()) tensors.push_back(p);
    for (const auto& b : graph_.buffers()) tensors.push_back(b);
    if (!optimizer_) return;
    for (auto& entry : optimizer_->state()) {
        torch::optim::OptimizerParamState* state = entry.second.get();
        if (auto* adam = dynamic_cast<torch::optim::AdamParamState*>(state)) {
            tensors.insert(tensors.end(),
                           {adam->exp_avg(), adam->exp_avg_sq(), adam->max_exp_avg_sq()});
            addStep(adam, counts);
        } else if (auto* rms = dynamic_cast<torch::optim::RMSpropParamState*>(state)) {
            tensors.insert(tensors.end(),
                           {rms->square_avg(), rms->momentum_buffer(), rms->grad_avg()});
            addStep(rms, counts);
        } else if (auto* sgd = dynamic_cast<torch::optim::SGDParamState*>(state)) {
            tensors.push_back(sgd->momentum_buffer());
        }
    }
}

void StateCopy::capture() {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> live;
    std::vector<Count> counts;
    collect(live, counts);
    // The copies are kept while every live tensor keeps its shape: after the first epoch, that
    // is always (the optimizer's state exists from its first step on).
    bool reuse = live.size() == slots_.size();
    for (std::size_t i = 0; reuse && i < live.size(); ++i)
        reuse = live[i].defined() == slots_[i].copy.defined() &&
                (!live[i].defined() || live[i].sizes() == slots_[i].copy.sizes());
    if (!reuse) {
        slots_.clear();
        for (const auto& t : live)
            slots_.push_back({t, t.defined() ? torch::empty_like(t) : torch::Tensor()});
    }
    for (std::size_t i = 0; i < live.size(); ++i) {
        slots_[i].live = live[i];
        if (live[i].defined()) copyInto(slots_[i].copy, live[i]);
    }
    for (auto& count : counts) count.copy = count.get();
    counts_ = std::move(counts);
    captured_ = true;
}

void StateCopy::whileSwappedIn(const std::function<void()>& use) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> saved;
    std::vector<std::int64_t> savedCounts;
    for (auto& slot : slots_) {
        saved.push_back(slot.live.defined() ? slot.live.clone() : torch::Tensor());
        if (slot.live.defined()) slot.live.copy_(slot.copy);
    }
    for (auto& count : counts_) {
        savedCounts.push_back(count.get());
        count.set(count.copy);
    }
    // Put back on every way out: training goes on with the live state.
    struct Restore {
        StateCopy& self;
        std::vector<torch::Tensor>& saved;
        std::vector<std::int64_t>& savedCounts;
        ~Restore() {
            torch::NoGradGuard noGrad;
            for (std::size_t i = 0; i < self.slots_.size(); ++i)
                if (saved[i].defined()) self.slots_[i].live.copy_(saved[i]);
            for (std::size_t i = 0; i < self.counts_.size(); ++i)
                self.counts_[i].set(savedCounts[i]);
        }
    } restore{*this, saved, savedCounts};
    use();
}

}  // namespace layerlab
