#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace layerlab {

// numpy.random.RandomState reproduced bit for bit (legacy MT19937 stream), so that a seed
// given here draws exactly what Keras draws with np.random.seed(seed).
class NumpyRandom {
  public:
    explicit NumpyRandom(std::uint32_t seed) : engine_(seed) {}

    std::uint32_t nextUInt32() { return static_cast<std::uint32_t>(engine_()); }
    // random_sample(): 53-bit double in [0, 1).
    double randomSample();
    // uniform(low, high) = low + (high - low) * random_sample().
    double uniform(double low, double high) { return low + (high - low) * randomSample(); }
    // Legacy bounded integer in [0, max] by masked rejection (randint, choice, shuffle).
    std::uint64_t interval(std::uint64_t max);
    // randint(0, n) for n >= 1.
    std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(interval(n - 1)); }

    // Legacy RandomState.shuffle on a 1-D sequence.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(interval(i - 1));
            std::swap(items[i - 1], items[j]);
        }
    }

  private:
    std::mt19937 engine_;  // numpy seeds an int with init_genrand, as std::mt19937 does
};

}  // namespace layerlab
