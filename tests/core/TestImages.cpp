#include "core/TestImages.h"

#include <fstream>

#include "data/ImageDecoder.h"
#include "data/SampleDataset.h"
#include "io/FileIO.h"

namespace testimages {

layerlab::Image gradient(int h, int w) {
    layerlab::Image image(h, w, 3);
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
            image.at(r, c, 0) = static_cast<float>(r * 255 / std::max(1, h - 1));
            image.at(r, c, 1) = static_cast<float>(c * 255 / std::max(1, w - 1));
            image.at(r, c, 2) = static_cast<float>((r + c) % 2 ? 200 : 40);
        }
    return image;
}

void writeImage(const std::filesystem::path& path, int h, int w) {
    std::filesystem::create_directories(path.parent_path());
    layerlab::writeImageFile(gradient(h, w), path);
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

void writeTruncatedJpeg(const std::filesystem::path& path) {
    const auto full = path.parent_path() / "full-for-truncation.jpg";
    writeImage(full, 64, 64);
    const std::string bytes = layerlab::readFileBytes(full);
    std::filesystem::remove(full);
    writeBytes(path, bytes.substr(0, bytes.size() / 2));
}

std::filesystem::path tinySampleDataset(const std::filesystem::path& cacheDir, int trainPerClass,
                                        int validationPerClass) {
    layerlab::SampleDatasetSpec spec;
    spec.trainPerClass = trainPerClass;
    spec.validationPerClass = validationPerClass;
    spec.size = 32;
    return layerlab::ensureSampleDataset(cacheDir, spec);
}

}  // namespace testimages
