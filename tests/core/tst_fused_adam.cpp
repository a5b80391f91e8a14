// The trainer's FusedAdam against LibTorch's Adam: the same parameters after ten steps (to
// float rounding), state saved by one loads into the other (old checkpoints resume), and
// what it does not fuse (weight decay) is LibTorch's own step.
#include <QtTest>

#include "train/FusedAdam.h"

namespace {

std::vector<torch::Tensor> parameters() {
    torch::manual_seed(1);
    return {torch::randn({1000}).requires_grad_(), torch::randn({257, 33}).requires_grad_(),
            torch::randn({5}).requires_grad_()};
}

std::vector<torch::Tensor> copies(const std::vector<torch::Tensor>& params) {
    std::vector<torch::Tensor> out;
    for (const auto& p : params) out.push_back(p.detach().clone().requires_grad_());
    return out;
}

// `steps` steps with the same pseudo-random gradients for both parameter sets.
void stepBoth(torch::optim::Optimizer& a, std::vector<torch::Tensor>& pa,
              torch::optim::Optimizer& b, std::vector<torch::Tensor>& pb, int steps, int seed) {
    torch::manual_seed(seed);
    for (int s = 0; s < steps; ++s) {
        for (std::size_t i = 0; i < pa.size(); ++i) {
            const torch::Tensor g = torch::randn_like(pa[i]) * (s + 1);
            pa[i].mutable_grad() = g.clone();
            pb[i].mutable_grad() = g.clone();
        }
        a.step();
        b.step();
    }
}

double largestDifference(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    double largest = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        largest = std::max(largest, (a[i] - b[i]).abs().max().item<double>());
    return largest;
}

torch::optim::AdamOptions kerasOptions() {
    return torch::optim::AdamOptions(1e-2).betas({0.9, 0.999}).eps(1e-7);
}

// The same parameters under LibTorch's Adam and under FusedAdam.
struct TwoOptimizers {
    explicit TwoOptimizers(const torch::optim::AdamOptions& options)
        : reference(parameters()),
          fused(copies(reference)),
          adam(reference, options),
          mine(fused, options) {}
    void step(int steps, int seed) { stepBoth(adam, reference, mine, fused, steps, seed); }
    std::vector<torch::Tensor> reference, fused;
    torch::optim::Adam adam;
    layerlab::FusedAdam mine;
};

}  // namespace

class TestFusedAdam : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void matchesLibTorchsAdam() {
        TwoOptimizers two(kerasOptions());
        two.step(10, 2);
        const double moved = (two.reference[0] - parameters()[0]).abs().max().item<double>();
        QVERIFY(moved > 0.05);  // the steps did move the parameters
        const double difference = largestDifference(two.reference, two.fused);
        QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    }

    void stateMovesBetweenTheTwo() {
        TwoOptimizers two(kerasOptions());
        two.step(3, 3);
        auto& [reference, fused, adam, mine] = two;
        // A checkpoint written by LibTorch's Adam resumes in FusedAdam, and the other way.
        auto fromAdam = copies(reference);
        auto fromFused = copies(fused);
        layerlab::FusedAdam resumedFused(fromAdam, kerasOptions());
        torch::optim::Adam resumedAdam(fromFused, kerasOptions());
        std::stringstream adamBytes, fusedBytes;
        torch::serialize::OutputArchive adamArchive, fusedArchive;
        adam.save(adamArchive);
        mine.save(fusedArchive);
        adamArchive.save_to(adamBytes);
        fusedArchive.save_to(fusedBytes);
        torch::serialize::InputArchive adamIn, fusedIn;
        adamIn.load_from(adamBytes);
        fusedIn.load_from(fusedBytes);
        resumedFused.load(adamIn);
        resumedAdam.load(fusedIn);
        stepBoth(adam, reference, resumedFused, fromAdam, 4, 4);
        stepBoth(mine, fused, resumedAdam, fromFused, 4, 4);
        QVERIFY(largestDifference(reference, fromAdam) < 1e-5);
        QVERIFY(largestDifference(fused, fromFused) < 1e-5);
    }

    void weightDecayIsLibTorchsStep() {
        TwoOptimizers two(kerasOptions().weight_decay(0.1));
        two.step(5, 5);
        QCOMPARE(largestDifference(two.reference, two.fused), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFusedAdam)
#include "tst_fused_adam.moc"
