#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/Augmentation.h"
#include "data/ImageDecoder.h"
#include "io/EpochMetrics.h"
#include "util/CancelToken.h"
#include "util/LessonDefaults.h"
#include "util/Message.h"

namespace layerlab {

enum class OptimizerKind { Adam, RMSprop, SGD };
inline constexpr std::pair<OptimizerKind, const char*> kOptimizers[] = {
    {OptimizerKind::Adam, "adam"},
    {OptimizerKind::RMSprop, "rmsprop"},
    {OptimizerKind::SGD, "sgd"}};

// --feature-precision: how the feature store keeps frozen features (fp16: half the disk, and
// within 1e-3 relative of fp32).
enum class FeaturePrecision { Fp16, Fp32 };
inline constexpr std::pair<FeaturePrecision, const char*> kFeaturePrecisions[] = {
    {FeaturePrecision::Fp16, "fp16"}, {FeaturePrecision::Fp32, "fp32"}};

// The persistent feature store (io/FeatureStore.h) as a computation uses it; an empty `dir`:
// none. After a run, the least recently written entries beyond `capBytes` go.
struct FeatureStoreUse {
    std::filesystem::path dir;
    FeaturePrecision precision = FeaturePrecision::Fp16;
    std::uintmax_t capBytes = std::uintmax_t{defaults::feature_store::kCapMB} << 20;
};

// The most copies an augmented bank may hold (--augmented-copies): the feature cache's keys
// leave room for this many copies of each input.
inline constexpr int kMaxAugmentedCopies = 1000;

// How often a run keeps a resumable checkpoint (--checkpoint-every 60s|epoch): after the first
// epoch that ends `seconds` of training or more after the last checkpoint, or after every
// epoch. A checkpoint of a large model takes longer to write than a cached epoch takes to
// train; a run paused, stopped, finished or failing gets one in any case.
struct CheckpointInterval {
    std::chrono::seconds seconds{60};  // zero: after every epoch

    static CheckpointInterval everyEpoch() { return {std::chrono::seconds(0)}; }
    bool afterEveryEpoch() const { return seconds.count() == 0; }
    bool operator==(const CheckpointInterval& other) const { return seconds == other.seconds; }
    bool operator!=(const CheckpointInterval& other) const { return !(*this == other); }
};

// Keras's fit(): the lesson's values are the defaults.
struct FitConfig {
    int epochs = defaults::transfer::kEpochs;
    int stepsPerEpoch = defaults::transfer::kStepsPerEpoch;      // 0 = one pass over the data
    int validationSteps = defaults::transfer::kValidationSteps;  // 0 = one pass
    int batchSize = defaults::transfer::kBatchSize;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = defaults::transfer::kLearningRate;
    unsigned seed = 0;
    int threads = 0;                  // at::set_num_threads; 0 = all cores
    bool channelsLast = true;         // ~40% faster convolutions on x86 CPUs
    bool cacheFrozenFeatures = true;  // the frozen prefix is computed once per input
    int augmentedCopies = 0;          // with augmentation and the cache: a bank of K copies
    // The store the cache reads first and fills; without one the cache lives for this run only.
    FeatureStoreUse featureStore;
    int earlyStoppingPatience = 0;  // 0 = off; watches val_loss
    bool restoreBestWeights = false;
    CheckpointInterval checkpointEvery;
};

// How images reach the network: flow_from_directory's target_size and resizing, and the
// training augmentation (validation data is never augmented).
struct ImageInputConfig {
    int size = 224;
    Interpolation interpolation = Interpolation::Nearest;
    std::optional<AugmentParams> augment;
};

struct BatchMetrics {
    int epoch = 0;  // 1-based, as Keras prints
    int step = 0;   // 1-based within the epoch
    int steps = 0;
    double loss = 0;  // running means over the epoch so far, as Keras's progress bar shows
    double accuracy = 0;
    double secondsInEpoch = 0;
};

// One validation sample's prediction in the last validation pass (for a confusion matrix).
struct SamplePrediction {
    std::size_t index = 0;  // into the validation set
    std::int64_t label = 0;
    std::int64_t predicted = 0;
    float probability = 0;  // of the predicted class
};

// Set from any thread; the trainer honours them between batches. Pause belongs to training
// alone; `stop` is the token every other long computation in core takes too.
struct TrainingControl {
    CancelToken stop;
    std::atomic<bool> pause{false};
};

// What prepareFeatures found in the store and what it computed, in inputs.
struct FeaturePreparation {
    std::size_t stored = 0;
    std::size_t computed = 0;
    std::size_t removed = 0;  // entries the store's cap made it drop afterwards
    std::size_t unsaved = 0;  // computed, but could not be written (a full disk, no permission)
};
// Batches done, in all.
using PreparationProgress = std::function<void(std::size_t done, std::size_t total)>;

// What fit() reports; stopping it is the TrainingControl's job.
struct FitCallbacks {
    Say log;  // Keras-like lines, and notes
    std::function<void(const BatchMetrics&)> onBatch;
    std::function<void(const EpochMetrics&)> onEpoch;
    std::function<void()> onPause;  // once each time a pause begins, on the training thread
};

}  // namespace layerlab
