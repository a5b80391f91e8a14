#pragma once

#include <filesystem>
#include <functional>

namespace layerlab {

// The built-in dataset that makes LayerLab useful offline on first launch: two classes of
// procedurally drawn pictures, "circles" and "squares" (a round or a square object on a
// cluttered, noisy background), in the lesson's layout train/ and validation/. It is not
// cats and dogs; it is small, free of licences and generated in about a second.
struct SampleDatasetSpec {
    int trainPerClass = 100;
    int validationPerClass = 50;
    int size = 128;  // pixels, square
    unsigned seed = 2024;
};

// Returns the dataset root inside `cacheDir`, generating it first when it is missing or
// was written by another version. Generation writes into a temporary folder and renames it,
// so an interrupted run never leaves a half-written set behind. Throws FileError.
std::filesystem::path ensureSampleDataset(const std::filesystem::path& cacheDir,
                                          const SampleDatasetSpec& spec = {},
                                          const std::function<void(int, int)>& progress = {});

}  // namespace layerlab
