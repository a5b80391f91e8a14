#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/ImageFolder.h"
#include "train/FitConfig.h"

namespace layerlab {

// The usable files of one split (skipped ones left out) and how to load them.
class ImageSet {
  public:
    ImageSet(const DatasetSummary& dataset, ImageInputConfig input);

    std::size_t size() const { return files_.size(); }
    int label(std::size_t index) const { return files_[index].label; }
    const std::filesystem::path& path(std::size_t index) const { return files_[index].path; }
    const std::vector<std::string>& classes() const { return classes_; }
    std::size_t skipped() const { return skipped_; }
    const ImageInputConfig& input() const { return input_; }

    // Decodes (and, with `augmentSeed`, augments) one file at the input size, values 0..255.
    // Throws DatasetError naming a file that cannot be decoded.
    Image load(std::size_t index, std::optional<std::uint32_t> augmentSeed) const;

  private:
    std::vector<ImageFile> files_;
    std::vector<std::string> classes_;
    std::size_t skipped_ = 0;
    ImageInputConfig input_;
};

}  // namespace layerlab
