#include "train/ImageSet.h"

#include <set>

#include "io/FileIO.h"

namespace layerlab {

ImageSet::ImageSet(const DatasetSummary& dataset, ImageInputConfig input)
    : classes_(dataset.classes), input_(std::move(input)) {
    std::set<std::filesystem::path> bad;
    for (const auto& file : dataset.skipped) bad.insert(file.path);
    for (const auto& file : dataset.files)
        if (!bad.count(file.path)) files_.push_back(file);
    skipped_ = dataset.files.size() - files_.size();
}

Image ImageSet::load(std::size_t index, std::optional<std::uint32_t> augmentSeed) const {
    const ImageFile& file = files_.at(index);
    DecodedImage decoded =
        decodeImageFile(file.path, ImageSize{input_.size, input_.size}, input_.interpolation);
    if (!decoded.ok()) throw DatasetError(MessageId::FileUnusable, {displayPath(file.path)}, decoded.error);
    if (!augmentSeed || !input_.augment) return std::move(decoded.image);
    AugmentParams params = *input_.augment;
    params.rescale = 1.0;  // the model's preprocessing scales; see Preprocessing
    return augmentImage(decoded.image, params, *augmentSeed);
}

}  // namespace layerlab
