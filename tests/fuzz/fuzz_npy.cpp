// The .npy reader and its restricted unpickler (what imdb.npz's members go through).
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/NpyArray.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        layerlab::parseNpy(std::string(reinterpret_cast<const char*>(data), size), "fuzz.npy");
    } catch (const layerlab::FormatError&) {
        // a clear refusal is the expected outcome for most inputs
    }
    return 0;
}
