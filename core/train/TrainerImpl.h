#pragma once

// Private to core (torch): what a Trainer holds and the steps it is made of, shared by the
// files that implement it: Trainer.cpp (the training loop), TrainerFeatureCache.cpp (the
// frozen-feature cache and its store) and TrainerState.cpp (optimizers and checkpoint state).
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/TorchGraph.h"
#include "train/BatchOrder.h"
#include "train/PrefixFeatureStore.h"
#include "train/StateCopy.h"
#include "train/Trainer.h"

namespace layerlab {
namespace trainer_detail {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// A 32-bit seed from two (the run's seed and an epoch, an input or a copy), well mixed.
inline std::uint32_t mixSeed(std::uint32_t a, std::uint32_t b) {
    std::uint64_t x = (static_cast<std::uint64_t>(a) << 32) ^ b;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::uint32_t>(x);
}

// Keras's optimizer of `kind` over `parameters`. Throws UsageError when there are none.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(OptimizerKind kind, double lr,
                                                       std::vector<torch::Tensor> parameters);

struct Running {
    double loss = 0, correct = 0, samples = 0;
    void add(double batchLoss, double batchCorrect, double n) {
        loss += batchLoss * n;
        correct += batchCorrect;
        samples += n;
    }
    double meanLoss() const { return samples ? loss / samples : 0; }
    double accuracy() const { return samples ? correct / samples : 0; }
};

// Training or validation samples: image files (decoded, perhaps augmented) or padded reviews.
class Samples {
  public:
    explicit Samples(ImageSet images) : images_(std::move(images)) {}
    explicit Samples(SequenceSet sequences) : sequences_(std::move(sequences)) {}

    std::size_t size() const { return images_ ? images_->size() : sequences_->size(); }
    std::int64_t label(std::size_t i) const {
        return images_ ? images_->label(i) : sequences_->y.at(i);
    }
    const ImageSet* images() const { return images_ ? &*images_ : nullptr; }
    bool augmented() const { return images_ && images_->input().augment; }
    // N × maxlen word indices.
    torch::Tensor sequences(const std::vector<int>& batch) const {
        const auto columns = static_cast<std::int64_t>(sequences_->x.columns);
        torch::Tensor out =
            torch::empty({static_cast<std::int64_t>(batch.size()), columns}, torch::kLong);
        auto* data = out.data_ptr<std::int64_t>();
        for (std::size_t r = 0; r < batch.size(); ++r)
            for (std::int64_t c = 0; c < columns; ++c)
                data[static_cast<std::int64_t>(r) * columns + c] = sequences_->x.at(
                    static_cast<std::size_t>(batch[r]), static_cast<std::size_t>(c));
        return out;
    }

  private:
    std::optional<ImageSet> images_;
    std::optional<SequenceSet> sequences_;
};

// The batches one fit() call draws: steps_per_epoch batches from the shuffled, cycling training
// order and validation_steps batches from the validation order. Image validation is shuffled
// too, as flow_from_directory(shuffle=True) is for the lesson's validation generator: with
// validation_steps × batch_size below the set's size, each epoch validates on a new random
// sample of every class, not on the first files of the first class. Its own seed keeps it
// apart from the training order; reseeding per epoch keeps resumed runs identical. Arrays
// (fit's validation_split) are taken in order, as Keras does.
struct Schedule {
    BatchOrder train;
    int steps;
    std::optional<BatchOrder> validation;
    int validationSteps = 0;

    Schedule(const FitConfig& c, std::size_t trainSize, std::optional<std::size_t> validationSize,
             bool shuffleValidation)
        : train(trainSize, static_cast<std::size_t>(c.batchSize), true, c.seed),
          steps(c.stepsPerEpoch > 0 ? c.stepsPerEpoch : static_cast<int>(train.batchesPerPass())) {
        if (!validationSize) return;
        validation.emplace(*validationSize, static_cast<std::size_t>(c.batchSize),
                           shuffleValidation, c.seed ^ 0x5eed5eedu);
        validationSteps = c.validationSteps > 0 ? c.validationSteps
                                                : static_cast<int>(validation->batchesPerPass());
    }

    // "Validation: 8 of 12 images each epoch, a new random sample every epoch".
    Message validationLine(std::size_t size, std::size_t batchSize, bool images) const {
        const std::size_t seen =
            std::min(size, static_cast<std::size_t>(validationSteps) * batchSize);
        const MessageId id = !images      ? MessageId::ValidationSamples
                             : seen < size ? MessageId::ValidationImagesSampled
                                           : MessageId::ValidationImages;
        return Message(id, {std::to_string(seen), std::to_string(size)});
    }
};

using FeatureCache = std::unordered_map<std::int64_t, torch::Tensor>;
using PrefetchedImages = std::shared_future<std::vector<Image>>;

// The key of input `index`'s `variant` in a FeatureCache: variants are copies of an augmented
// bank, numbered below kMaxAugmentedCopies.
inline std::int64_t cacheKey(int index, std::optional<int> variant) {
    return static_cast<std::int64_t>(index) * kMaxAugmentedCopies + variant.value_or(0);
}
bool allCached(const FeatureCache& cache, const std::vector<int>& batch,
               std::optional<int> variant);

}  // namespace trainer_detail

struct Trainer::Impl {
    using Clock = trainer_detail::Clock;
    using Samples = trainer_detail::Samples;
    using Schedule = trainer_detail::Schedule;
    using Running = trainer_detail::Running;
    using FeatureCache = trainer_detail::FeatureCache;
    using PrefetchedImages = trainer_detail::PrefetchedImages;

    Network& network;
    TorchGraph& graph;
    Samples train;
    std::optional<Samples> validation;
    FitConfig config;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int cut = -1;                // last layer of the cached frozen prefix
    bool randomAugment = false;  // training images differ from epoch to epoch
    bool cacheTrain = false, cacheValidation = false;
    FeatureCache trainCache, validationCache;
    // The persistent store behind each cache (its keys include the set's augmentation).
    std::unique_ptr<PrefixFeatureStore> trainStore, validationStore;
    std::optional<Message> storeRefused;  // why the configured store is not used
    std::map<std::size_t, SamplePrediction> validationPredictions;
    // Counts the changes to the model's weights (optimizer steps, loads), so that a kept copy
    // or a checkpoint is known to still be what the model holds.
    std::uint64_t weightsVersion = 0;
    // The last whole epoch's state and the best epoch's weights, for checkpoints by time.
    std::optional<StateCopy> epochState, bestWeights;
    std::uint64_t epochStateVersion = 0, bestWeightsVersion = 0;

    Impl(Network& n, Samples t, std::optional<Samples> v, FitConfig c);

    bool binary() const { return graph.binaryOutput(); }

    Schedule schedule() const {
        return Schedule(config, train.size(),
                        validation ? std::optional<std::size_t>(validation->size()) : std::nullopt,
                        validation && validation->images());
    }

    // Which augmented copy of every training input an epoch uses: one of a bank of
    // augmentedCopies, or a fresh one each epoch; 0 when the inputs never change. The seeds
    // and the feature cache's keys both derive from it, so a cached copy is the one it names.
    int augmentVariant(int epoch) const {
        if (!randomAugment) return 0;
        return config.augmentedCopies > 0 ? epoch % config.augmentedCopies : epoch;
    }
    // The training inputs' variant; none when they are not augmented at all.
    std::optional<int> trainVariant(int epoch) const {
        return train.augmented() ? std::optional<int>(augmentVariant(epoch)) : std::nullopt;
    }

    // --- the frozen-feature cache (TrainerFeatureCache.cpp) ---
    // The augmentation seed of input `index` in `variant` (none: not augmented).
    std::optional<std::uint32_t> augmentSeed(int index, std::optional<int> variant) const;
    // Images of a batch, augmented as `variant` says (none: as decoded).
    std::vector<Image> loadImages(const ImageSet& set, const std::vector<int>& batch,
                                  std::optional<int> variant) const;
    // Every input the store already holds goes into the cache before the first batch, so no
    // stored input is decoded or run through the frozen prefix again.
    std::size_t preload(PrefixFeatureStore* store, const ImageSet& set, FeatureCache& cache,
                        const std::vector<std::optional<int>>& variants);
    std::size_t preloadStored();
    // The training variants the cache serves: the plain inputs, or each copy of the bank.
    std::vector<std::optional<int>> cachedTrainVariants() const;
    // After a run or a preparation: the stores back within their cap; how many entries went,
    // said in the log.
    std::size_t trimStores(const Say& say) const;
    // Decodes a training batch on a producer thread while the current one trains; nothing when
    // the batch needs no images (sequences, or all of it cached).
    PrefetchedImages prefetch(const std::vector<int>& batch, std::optional<int> variant);
    // The network's input for the batch at layer `begin`: the cached prefix output, or images.
    // What the cache computes goes to `store` too, when there is one.
    std::pair<torch::Tensor, std::size_t> inputs(const Samples& set, bool useCache,
                                                 FeatureCache& cache, PrefixFeatureStore* store,
                                                 const std::vector<int>& batch,
                                                 std::optional<int> variant,
                                                 PrefetchedImages* prefetched);

    // --- the training loop (Trainer.cpp) ---
    torch::Tensor labels(const Samples& set, const std::vector<int>& batch) const;
    // Loss and number correct for logits against labels.
    std::pair<torch::Tensor, double> lossAndCorrect(const torch::Tensor& logits,
                                                    const torch::Tensor& y) const;
    void recordPredictions(const torch::Tensor& logits, const std::vector<int>& indices,
                           std::map<std::size_t, SamplePrediction>& into) const;
    // One step of `stepper` on a training batch: its loss and number correct.
    std::pair<double, double> optimizeOn(torch::optim::Optimizer& stepper,
                                         const std::vector<int>& batch, std::optional<int> variant,
                                         PrefetchedImages* prefetched);
    void useThreads() const;
    // schedule.steps training batches; the next batch's images decode while one trains.
    // Nothing when stopped mid-epoch.
    std::optional<EpochMetrics> trainEpoch(Schedule& schedule, int epoch, Clock::time_point start,
                                           const FitCallbacks& callbacks, TrainingControl& control);
    // validation_steps batches of un-augmented validation data: val_loss and val_acc. False when
    // stopped before the last batch: a partial mean is no val_acc, so the caller drops the epoch
    // (nothing of it is written, and a resume trains it again) and the last whole epoch's
    // predictions stay.
    bool validate(Schedule& schedule, int epoch, const FitCallbacks& callbacks,
                  TrainingControl& control, EpochMetrics& metrics);
};

}  // namespace layerlab
