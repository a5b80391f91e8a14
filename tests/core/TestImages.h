#pragma once

#include <filesystem>
#include <string>

#include "data/Image.h"

// Small files for tests, made here so that a fresh clone needs no data.
namespace testimages {

// A colourful gradient with a marked corner, `h`×`w`.
layerlab::Image gradient(int h, int w);
void writeImage(const std::filesystem::path& path, int h = 12, int w = 16);
void writeBytes(const std::filesystem::path& path, const std::string& bytes);
// A valid JPEG cut to half its length.
void writeTruncatedJpeg(const std::filesystem::path& path);
// The built-in sample set at 32 px with few images, so that a whole training run takes about
// a second on two cores. Returns its root (train/ and validation/) inside `cacheDir`.
std::filesystem::path tinySampleDataset(const std::filesystem::path& cacheDir, int trainPerClass,
                                        int validationPerClass);

}  // namespace testimages
