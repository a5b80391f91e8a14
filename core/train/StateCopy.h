#pragma once

// Private to core (torch): a Trainer's copy of what training changes.
#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace layerlab {

// What training changes in a network and its optimizer, copied at one moment: the trainable
// parameters, the buffers and, given an optimizer, its per-parameter state (Adam's moments
// and step counts, RMSprop's averages, SGD's momentum). The copies live in buffers allocated
// once and refilled in place, so a capture per epoch costs one pass over memory, no allocation
// and no page faults; the frozen base is never copied.
//
// A run that checkpoints by time keeps the last whole epoch this way: a checkpoint written
// later (paused, stopped or failing in the middle of the next epoch) is that epoch's. The best
// epoch's weights are kept the same way for best_model.pt.
class StateCopy {
  public:
    StateCopy(torch::nn::Module& graph, torch::optim::Optimizer* optimizer)
        : graph_(graph), optimizer_(optimizer) {}

    // Copies the live tensors now.
    void capture();
    bool captured() const { return captured_; }
    // Runs `use` with the copy in the live tensors, then puts the live ones back (whatever
    // `use` throws). Call only after capture().
    void whileSwappedIn(const std::function<void()>& use);

  private:
    // A live tensor or step count and its copy.
    struct Slot {
        torch::Tensor live, copy;
    };
    struct Count {
        std::function<std::int64_t()> get;
        std::function<void(std::int64_t)> set;
        std::int64_t copy = 0;
    };
    void collect(std::vector<torch::Tensor>& tensors, std::vector<Count>& counts) const;

    torch::nn::Module& graph_;
    torch::optim::Optimizer* optimizer_;
    std::vector<Slot> slots_;
    std::vector<Count> counts_;
    bool captured_ = false;
};

}  // namespace layerlab
