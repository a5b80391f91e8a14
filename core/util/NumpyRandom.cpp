#include "util/NumpyRandom.h"

namespace layerlab {

double NumpyRandom::randomSample() {
    const std::uint32_t a = nextUInt32() >> 5;
    const std::uint32_t b = nextUInt32() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

std::uint64_t NumpyRandom::interval(std::uint64_t max) {
    if (max == 0) return 0;
    std::uint64_t mask = max;
    for (int shift = 1; shift <= 32; shift *= 2) mask |= mask >> shift;
    std::uint64_t value;
    if (max <= 0xffffffffULL) {
        do {
            value = nextUInt32() & mask;
        } while (value > max);
    } else {
        do {
            const std::uint64_t high = nextUInt32();
            value = ((high << 32) | nextUInt32()) & mask;
        } while (value > max);
    }
    return value;
}

}  // namespace layerlab
