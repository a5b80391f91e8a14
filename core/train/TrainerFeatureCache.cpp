#include "io/FileIO.h"
#include "model/InputTensor.h"
#include "model/TorchGraph.h"
#include "train/TrainerImpl.h"
#include "util/UsageError.h"

// The frozen-feature cache: a frozen prefix's output is computed once per distinct input (an
// image, or one copy of an augmented bank), kept in memory and in the persistent store.
namespace layerlab {

using trainer_detail::allCached;
using trainer_detail::cacheKey;
using trainer_detail::mixSeed;

bool trainer_detail::allCached(const FeatureCache& cache, const std::vector<int>& batch,
                               std::optional<int> variant) {
    for (int index : batch)
        if (!cache.count(cacheKey(index, variant))) return false;
    return true;
}

std::optional<std::uint32_t> Trainer::Impl::augmentSeed(int index,
                                                        std::optional<int> variant) const {
    if (!variant) return std::nullopt;
    return mixSeed(mixSeed(config.seed, static_cast<std::uint32_t>(index)),
                   static_cast<std::uint32_t>(*variant));
}

std::vector<Image> Trainer::Impl::loadImages(const ImageSet& set, const std::vector<int>& batch,
                                             std::optional<int> variant) const {
    std::vector<Image> images;
    for (int index : batch)
        images.push_back(set.load(static_cast<std::size_t>(index), augmentSeed(index, variant)));
    return images;
}

std::size_t Trainer::Impl::preload(PrefixFeatureStore* store, const ImageSet& set,
                                   FeatureCache& cache,
                                   const std::vector<std::optional<int>>& variants) {
    if (!store) return 0;
    std::size_t loaded = 0;
    for (const auto& variant : variants)
        for (std::size_t i = 0; i < set.size(); ++i) {
            const int index = static_cast<int>(i);
            if (cache.count(cacheKey(index, variant))) continue;
            torch::Tensor stored = store->load(set, i, augmentSeed(index, variant));
            if (!stored.defined()) continue;
            cache[cacheKey(index, variant)] = stored;
            ++loaded;
        }
    return loaded;
}

std::vector<std::optional<int>> Trainer::Impl::cachedTrainVariants() const {
    if (!randomAugment) return {trainVariant(1)};
    std::vector<std::optional<int>> variants;
    for (int k = 0; k < config.augmentedCopies; ++k) variants.emplace_back(k);
    return variants;
}

std::size_t Trainer::Impl::trimStores(const Say& say) const {
    std::size_t removed = 0;
    for (const auto* store : {trainStore.get(), validationStore.get()})
        if (store) removed += store->trim();
    if (removed && say)
        say(Message(MessageId::StoreTrimmed,
                    {std::to_string(config.featureStore.capBytes >> 20), std::to_string(removed)}));
    return removed;
}

std::size_t Trainer::Impl::preloadStored() {
    std::size_t loaded = 0;
    if (trainStore)
        loaded += preload(trainStore.get(), *train.images(), trainCache, cachedTrainVariants());
    if (validationStore)
        loaded +=
            preload(validationStore.get(), *validation->images(), validationCache, {std::nullopt});
    return loaded;
}

trainer_detail::PrefetchedImages Trainer::Impl::prefetch(const std::vector<int>& batch,
                                                         std::optional<int> variant) {
    if (!train.images() || (cacheTrain && allCached(trainCache, batch, variant))) return {};
    return std::async(
               std::launch::async,
               [this, batch, variant] { return loadImages(*train.images(), batch, variant); })
        .share();
}

std::pair<torch::Tensor, std::size_t> Trainer::Impl::inputs(
    const Samples& set, bool useCache, FeatureCache& cache, PrefixFeatureStore* store,
    const std::vector<int>& batch, std::optional<int> variant, PrefetchedImages* prefetched) {
    if (!set.images()) return {set.sequences(batch), 0};
    auto images = [&] {
        return prefetched && prefetched->valid() ? prefetched->get()
                                                 : loadImages(*set.images(), batch, variant);
    };
    if (!useCache) return {toInputTensor(images(), network.spec().preprocessing), 0};
    if (!allCached(cache, batch, variant)) {
        torch::NoGradGuard noGrad;
        const torch::Tensor features =
            graph.forwardRange(toInputTensor(images(), network.spec().preprocessing), 0,
                               static_cast<std::size_t>(cut) + 1, false);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const std::int64_t key = cacheKey(batch[i], variant);
            if (cache.count(key)) continue;
            cache[key] = features[static_cast<std::int64_t>(i)].contiguous().clone();
            if (store)
                store->save(*set.images(), static_cast<std::size_t>(batch[i]),
                            augmentSeed(batch[i], variant), cache[key]);
        }
    }
    std::vector<torch::Tensor> rows;
    for (int index : batch) rows.push_back(cache.at(cacheKey(index, variant)));
    return {torch::stack(rows), static_cast<std::size_t>(cut) + 1};
}

namespace {

// Why a trainer has no store to fill, in words that say what to change.
Message nothingToPrepare(const FitConfig& config, int cut) {
    if (config.featureStore.dir.empty()) return MessageId::PrepareStoreOff;
    if (!config.cacheFrozenFeatures) return MessageId::PrepareCacheOff;
    if (cut < 0) return MessageId::PrepareNoFrozenLayers;
    return MessageId::PrepareAugmentationDraws;
}

// One batch of inputs whose frozen features the store does not hold yet.
struct MissingBatch {
    trainer_detail::Samples* set;
    trainer_detail::FeatureCache* cache;
    PrefixFeatureStore* store;
    std::optional<int> variant;
    std::vector<int> indices;
};

// The inputs of `set` in `variant` that `cache` lacks, in batches of `batchSize`.
void planMissing(std::vector<MissingBatch>& work, std::size_t batchSize,
                 trainer_detail::Samples& set, trainer_detail::FeatureCache& cache,
                 PrefixFeatureStore* store, std::optional<int> variant) {
    std::vector<int> missing;
    for (std::size_t i = 0; i < set.size(); ++i)
        if (!cache.count(cacheKey(static_cast<int>(i), variant)))
            missing.push_back(static_cast<int>(i));
    for (std::size_t at = 0; at < missing.size(); at += batchSize) {
        const auto from = missing.begin() + static_cast<std::ptrdiff_t>(at);
        const auto to =
            from + static_cast<std::ptrdiff_t>(std::min(batchSize, missing.size() - at));
        work.push_back({&set, &cache, store, variant, std::vector<int>(from, to)});
    }
}

}  // namespace

FeaturePreparation Trainer::prepareFeatures(const PreparationProgress& progress,
                                            const CancelToken& cancel) {
    Impl& d = *impl_;
    if (d.storeRefused) throw FileError(*d.storeRefused);
    if (!d.trainStore)
        throw UsageError(MessageId::NothingToPrepare, {}, nothingToPrepare(d.config, d.cut));
    d.useThreads();
    FeaturePreparation report;
    report.stored = d.preloadStored();
    // What is still missing, batch by batch: each copy of the training inputs, then validation.
    const auto batchSize = static_cast<std::size_t>(d.config.batchSize);
    std::vector<MissingBatch> work;
    for (const auto& variant : d.cachedTrainVariants())
        planMissing(work, batchSize, d.train, d.trainCache, d.trainStore.get(), variant);
    if (d.validationStore)
        planMissing(work, batchSize, *d.validation, d.validationCache, d.validationStore.get(),
                    std::nullopt);
    for (std::size_t b = 0; b < work.size() && !cancel.cancelled(); ++b) {
        const MissingBatch& batch = work[b];
        d.inputs(*batch.set, true, *batch.cache, batch.store, batch.indices, batch.variant,
                 nullptr);
        report.computed += batch.indices.size();
        if (progress) progress(b + 1, work.size());
    }
    report.removed = d.trimStores({});
    for (const auto* store : {d.trainStore.get(), d.validationStore.get()})
        if (store) report.unsaved += store->unsaved();
    return report;
}

}  // namespace layerlab
