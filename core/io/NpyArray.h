#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/Message.h"

namespace layerlab {

// A file whose contents are not what its kind promises, worded for the user.
class FormatError : public Failure {
  public:
    using Failure::Failure;
};

// One .npy array as the IMDB data needs it: integer or bool arrays as int64 values, and
// object arrays of Python lists of ints (what Keras's imdb.npz holds) as lists.
struct NpyArray {
    std::string descr;  // e.g. "<i8", "|b1", "|O"
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> values;              // numeric arrays
    std::vector<std::vector<std::int32_t>> lists;  // object arrays
    bool isObject() const { return descr == "|O"; }
};

// Parses .npy bytes (format 1.0–3.0, C order). Object arrays are read with a restricted
// unpickler that accepts only what numpy writes for them (protocols 2–5, the globals
// numpy.core.multiarray._reconstruct, numpy.ndarray, numpy.dtype and, for protocol 2,
// _codecs.encode; lists; ints) and refuses everything else: a pickle is a program, and a
// downloaded file must never run one. Throws FormatError naming `name`.
NpyArray parseNpy(const std::string& bytes, const std::string& name);

}  // namespace layerlab
