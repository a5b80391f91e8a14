#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace layerlab {

// Writes a little-endian float32 NumPy .npy file (format 1.0, C order) atomically.
void writeNpyFloat32(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
                     const std::vector<float>& values);

}  // namespace layerlab
