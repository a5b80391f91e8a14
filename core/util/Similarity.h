#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace layerlab {

// `a` and `b` hold `rows` feature vectors each, row after row: the lowest cosine between a row
// of `a` and the same row of `b`. How a bf16 frozen pass is judged against fp32's.
inline double lowestRowCosine(const std::vector<float>& a, const std::vector<float>& b,
                              std::size_t rows) {
    const std::size_t n = rows ? a.size() / rows : 0;
    double lowest = 1;
    for (std::size_t r = 0; r < rows; ++r) {
        double ab = 0, aa = 0, bb = 0;
        for (std::size_t k = r * n; k < (r + 1) * n; ++k) {
            ab += double(a[k]) * b[k];
            aa += double(a[k]) * a[k];
            bb += double(b[k]) * b[k];
        }
        lowest = std::min(lowest, ab / std::sqrt(aa * bb));
    }
    return lowest;
}

}  // namespace layerlab
