#include "train/PrefixFeatureStore.h"

#include "data/Augmentation.h"
#include "data/ImageDecoder.h"
#include "io/FileIO.h"
#include "model/TorchGraph.h"
#include "util/EnumNames.h"

namespace layerlab {
namespace {

// The bytes of every parameter and buffer of layers 0 … cut, in order, as one key part. Hashed
// where they lie: VGG16's prefix is 59 MB.
std::string prefixWeights(TorchGraph& graph, std::size_t cut) {
    FeatureHasher hash;
    for (std::size_t i = 0; i <= cut; ++i) {
        hash.add(graph.layers()[i].name);
        if (!graph.layers()[i].hasWeights()) continue;
        auto& module = graph.layerModule(i);
        for (const auto& tensors : {module.parameters(), module.buffers()})
            for (const torch::Tensor& t : tensors) {
                const torch::Tensor c = t.detach().contiguous().to(torch::kFloat);
                hash.add(static_cast<const char*>(c.data_ptr()),
                         static_cast<std::size_t>(c.numel()) * sizeof(float));
            }
    }
    return hash.hex();
}

// LibTorch's shape of one input's output at `cut`: Keras's (h, w, c) as (c, h, w).
std::vector<std::int64_t> outputShape(TorchGraph& graph, std::size_t cut, int size) {
    const Shape keras = inferLayers(graph.layers(), size, size).at(cut).outputShape;
    if (keras.size() != 3) return keras;
    return {keras[2], keras[0], keras[1]};
}

}  // namespace

PrefixFeatureStore::PrefixFeatureStore(const FeatureStoreUse& use, const FrozenPrefix& prefix,
                                       const ImageInputConfig& input)
    : store_(use.dir, use.capBytes),
      half_(use.precision == FeaturePrecision::Fp16),
      shape_(outputShape(prefix.graph, prefix.cut, input.size)) {
    torch::NoGradGuard noGrad;
    auto& [graph, cut, model] = prefix;
    // Layers without weights (a ReLU, a pooling) still shape the output: the cut's name and
    // position stand for the architecture up to it, the weights for everything learned.
    prefix_ = featureHash(
        {"layerlab-features-1", graph.layers().at(cut).name, std::to_string(cut),
         std::to_string(input.size), enumName(kInterpolations, input.interpolation),
         enumName(kPreprocessings, model.preprocessing),
         enumName(kFeaturePrecisions, use.precision),
         enumName(kFrozenPrecisions, model.frozenPrecision), prefixWeights(graph, cut)});
    if (input.augment) {
        AugmentParams params = *input.augment;
        params.rescale = 1.0;  // as ImageSet::load applies it: the model's preprocessing scales
        augmentation_ = kerasCode(params);
    }
}

// The whole key, as the entry holds it: which prefix, which input, which copy of it.
std::string PrefixFeatureStore::key(const ImageSet& set, std::size_t index,
                                    std::optional<std::uint32_t> augmentSeed) {
    const std::filesystem::path& path = set.path(index);
    auto found = contentHashes_.find(path);
    if (found == contentHashes_.end())
        found = contentHashes_.emplace(path, featureHash({readFileBytes(path, kMaxImageFileBytes)}))
                    .first;
    return "prefix " + prefix_ + "\ninput " + found->second + "\ncopy " +
           (augmentSeed ? std::to_string(*augmentSeed) + " of " + augmentation_ : "plain");
}

torch::Tensor PrefixFeatureStore::load(const ImageSet& set, std::size_t index,
                                       std::optional<std::uint32_t> augmentSeed) {
    const auto stored = store_.load(key(set, index, augmentSeed), shape_, half_);
    if (!stored) return {};
    const auto type = stored->half ? torch::kHalf : torch::kFloat;
    // A copy in every case (for fp32 too, where .to() alone would alias): the bytes go when
    // `stored` does.
    return torch::from_blob(const_cast<char*>(stored->bytes.data()), stored->shape, type)
        .to(torch::kFloat, /*non_blocking=*/false, /*copy=*/true);
}

void PrefixFeatureStore::save(const ImageSet& set, std::size_t index,
                              std::optional<std::uint32_t> augmentSeed,
                              const torch::Tensor& features) {
    const torch::Tensor values =
        features.detach().contiguous().to(half_ ? torch::kHalf : torch::kFloat).contiguous();
    StoredFeatures stored;
    stored.shape = values.sizes().vec();
    stored.half = half_;
    stored.bytes.assign(static_cast<const char*>(values.data_ptr()),
                        static_cast<std::size_t>(values.numel()) * values.element_size());
    if (!store_.save(key(set, index, augmentSeed), stored)) ++unsaved_;
}

}  // namespace layerlab
