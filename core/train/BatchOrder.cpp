#include "train/BatchOrder.h"
#include "util/UsageError.h"

#include <numeric>
#include <stdexcept>

namespace layerlab {

BatchOrder::BatchOrder(std::size_t samples, std::size_t batchSize, bool shuffle, unsigned seed)
    : samples_(samples),
      batchSize_(batchSize),
      shuffle_(shuffle),
      seed_(seed),
      random_(seed),
      order_(samples) {
    if (samples == 0) throw UsageError(MessageId::NoSamples);
    if (batchSize == 0) throw UsageError(MessageId::BatchSizeAtLeastOne);
    reshuffle();
}

void BatchOrder::reshuffle() {
    std::iota(order_.begin(), order_.end(), 0);
    if (shuffle_) random_.shuffle(order_);
    position_ = 0;
}

void BatchOrder::startEpoch(int epoch) {
    random_ = NumpyRandom(seed_ + 7919u * static_cast<unsigned>(epoch));
    reshuffle();
}

std::vector<int> BatchOrder::next() {
    if (position_ >= samples_) reshuffle();
    const std::size_t end = std::min(samples_, position_ + batchSize_);
    std::vector<int> batch(order_.begin() + static_cast<long>(position_),
                           order_.begin() + static_cast<long>(end));
    position_ = end;
    return batch;
}

}  // namespace layerlab
