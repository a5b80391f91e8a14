#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "data/Sequences.h"

namespace layerlab {

// Padded reviews and their labels, ready for a sequence model.
struct SequenceSet {
    PaddedSequences x;  // rows × maxlen word indices
    std::vector<std::int64_t> y;
    std::size_t size() const { return y.size(); }
};

// Keras's fit(validation_split=f): the last f of the samples, taken before any shuffling.
std::pair<SequenceSet, SequenceSet> splitValidation(const SequenceSet& all, double fraction);

}  // namespace layerlab
