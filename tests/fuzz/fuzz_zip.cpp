// The zip reader (CRC and size checks) and, through it, imdb.npz as keras.datasets.imdb has it.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "data/Imdb.h"
#include "io/FileIO.h"
#include "io/ZipArchive.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = fuzzing::scratch() / "fuzz.npz";
    fuzzing::writeFile(path, std::string(reinterpret_cast<const char*>(data), size));
    try {
        const layerlab::ZipArchive zip(path);
        for (const auto& name : zip.names()) zip.read(name);
    } catch (const layerlab::FileError&) {
    }
    try {
        layerlab::readImdbNpz(path);
    } catch (const std::runtime_error&) {  // FileError, FormatError, DatasetError
    }
    return 0;
}
