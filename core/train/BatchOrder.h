#pragma once

#include <cstddef>
#include <vector>

#include "util/NumpyRandom.h"

namespace layerlab {

// The order in which Keras's Iterator hands out samples: a (shuffled) index array cut into
// batches of batch_size, the last one of a pass smaller; a new pass reshuffles. fit() with
// steps_per_epoch keeps drawing, so passes cycle across epoch boundaries as needed.
class BatchOrder {
  public:
    BatchOrder(std::size_t samples, std::size_t batchSize, bool shuffle, unsigned seed);

    std::vector<int> next();
    // Keras calls on_epoch_end after every epoch: a fresh shuffled pass starts. Seeding each
    // epoch from (seed, epoch) makes a resumed run draw what an uninterrupted one draws.
    void startEpoch(int epoch);
    std::size_t batchesPerPass() const { return (samples_ + batchSize_ - 1) / batchSize_; }

  private:
    void reshuffle();

    std::size_t samples_, batchSize_;
    bool shuffle_;
    unsigned seed_;
    NumpyRandom random_;
    std::vector<int> order_;
    std::size_t position_ = 0;
};

}  // namespace layerlab
