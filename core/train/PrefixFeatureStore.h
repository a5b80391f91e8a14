#pragma once

// Private to core (torch): a Trainer's bridge between its frozen prefix and the persistent
// FeatureStore.
#include <torch/torch.h>

#include <map>
#include <string>

#include "io/FeatureStore.h"
#include "model/ModelSpec.h"
#include "train/FitConfig.h"
#include "train/ImageSet.h"

namespace layerlab {

class TorchGraph;

// The layers whose output a store keeps: layers 0 … cut of `graph`, built as `model` says.
struct FrozenPrefix {
    TorchGraph& graph;
    std::size_t cut;
    const ModelSpec& model;
};

// The outputs of a network's frozen prefix (layers 0 … cut), stored under keys made of
// everything that decides them: the prefix's weights (their bytes, so a changed weights file,
// a fine-tuned source or a random initialisation with another seed all miss), the cut layer,
// the input size, interpolation and preprocessing, the stored precision, the image file's
// content, and for an augmented copy the augmentation settings and its seed.
class PrefixFeatureStore {
  public:
    // Throws FileError when `dir` cannot be a store (FeatureStore's constructor).
    PrefixFeatureStore(const FeatureStoreUse& use, const FrozenPrefix& prefix,
                       const ImageInputConfig& input);

    // The stored output for `set`'s input `index` (augmented with `augmentSeed`), or an
    // undefined tensor when the store has no entry that proves to be it, in the cut layer's
    // shape.
    torch::Tensor load(const ImageSet& set, std::size_t index,
                       std::optional<std::uint32_t> augmentSeed);
    void save(const ImageSet& set, std::size_t index, std::optional<std::uint32_t> augmentSeed,
              const torch::Tensor& features);
    // How many saves could not be kept (a full disk, a folder that cannot be written): training
    // goes on without them, but prepare must not call the store filled.
    std::size_t unsaved() const { return unsaved_; }
    // Keeps the store within its cap (the oldest entries go first); how many went.
    std::size_t trim() const { return store_.trim(); }

  private:
    std::string key(const ImageSet& set, std::size_t index,
                    std::optional<std::uint32_t> augmentSeed);

    FeatureStore store_;
    bool half_;
    std::vector<std::int64_t> shape_;  // of one input's output, (c, h, w) or (units)
    std::string prefix_;
    std::string augmentation_;  // the settings an augmented copy was made with
    std::map<std::filesystem::path, std::string> contentHashes_;
    std::size_t unsaved_ = 0;
};

}  // namespace layerlab
