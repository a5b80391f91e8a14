#include "io/NpyWriter.h"

#include <cstring>
#include <stdexcept>
#include <string>

#include "io/FileIO.h"
#include "util/UsageError.h"

namespace layerlab {

void writeNpyFloat32(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
                     const std::vector<float>& values) {
    std::int64_t count = 1;
    std::string shapeText = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        count *= shape[i];
        shapeText += (i ? ", " : "") + std::to_string(shape[i]);
    }
    shapeText += shape.size() == 1 ? ",)" : ")";  // Python's tuples: (3,) and (2, 3)
    if (count != static_cast<std::int64_t>(values.size()))
        throw UsageError("writeNpyFloat32: shape does not match the number of values");
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText + ", }";
    // numpy pads the header with spaces so that the data starts at a multiple of 64 bytes.
    const std::size_t preamble = 10;
    const std::size_t total = (preamble + header.size() + 1 + 63) / 64 * 64;
    header.append(total - preamble - header.size() - 1, ' ');
    header += '\n';
    std::string bytes = "\x93NUMPY";
    bytes += '\x01';
    bytes += '\x00';
    bytes += static_cast<char>(header.size() & 0xff);
    bytes += static_cast<char>((header.size() >> 8) & 0xff);
    bytes += header;
    const std::size_t offset = bytes.size();
    bytes.resize(offset + values.size() * sizeof(float));
    std::memcpy(bytes.data() + offset, values.data(),
                values.size() * sizeof(float));  // x86: little-endian
    writeFileAtomically(path, bytes);
}

}  // namespace layerlab
