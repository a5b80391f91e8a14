#include "train/SequenceSet.h"
#include "util/UsageError.h"

#include <stdexcept>

namespace layerlab {

std::pair<SequenceSet, SequenceSet> splitValidation(const SequenceSet& all, double fraction) {
    if (fraction < 0 || fraction >= 1)
        throw UsageError(MessageId::ValidationSplitRange);
    // Keras: split_at = int(num_samples * (1 - validation_split))
    const auto splitAt =
        static_cast<std::size_t>(static_cast<double>(all.size()) * (1.0 - fraction));
    auto part = [&](std::size_t begin, std::size_t end) {
        SequenceSet set;
        set.x.rows = end - begin;
        set.x.columns = all.x.columns;
        set.x.values.assign(all.x.values.begin() + static_cast<long>(begin * all.x.columns),
                            all.x.values.begin() + static_cast<long>(end * all.x.columns));
        set.y.assign(all.y.begin() + static_cast<long>(begin),
                     all.y.begin() + static_cast<long>(end));
        return set;
    };
    return {part(0, splitAt), part(splitAt, all.size())};
}

}  // namespace layerlab
