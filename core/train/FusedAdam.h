#pragma once

// Private to core (torch): the trainer's Adam.
#include <torch/torch.h>

namespace layerlab {

// LibTorch's Adam (same options, same state, so checkpoints move between the two), updating
// each parameter in one pass over memory instead of about ten tensor operations. The lesson's
// Dense(25088→512) head holds 12.8 M weights; on a cached epoch its optimizer step was the
// largest part of a training step, and it is bound by memory traffic, not arithmetic.
// Falls back to LibTorch's step for what it does not fuse: AMSGrad, weight decay, and
// tensors that are not contiguous float on the CPU.
class FusedAdam : public torch::optim::Adam {
  public:
    using torch::optim::Adam::Adam;
    torch::Tensor step(LossClosure closure = nullptr) override;
};

}  // namespace layerlab
