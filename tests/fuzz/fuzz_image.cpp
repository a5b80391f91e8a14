// Image decoding as the dataset loader does it: the cheap check, then the header's pixel count,
// then OpenCV's decoder, then the resize to the model's input.
#include <cstddef>
#include <cstdint>

#include "data/ImageDecoder.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = fuzzing::scratch() / "fuzz.img";
    fuzzing::writeFile(path, std::string(reinterpret_cast<const char*>(data), size));
    layerlab::quickImageCheck(path);
    layerlab::decodeImageFile(path, layerlab::ImageSize{16, 16});  // never throws
    return 0;
}
