#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/Network.h"
#include "util/Message.h"
#include "train/FitConfig.h"
#include "train/ImageSet.h"
#include "train/LearningRateSweep.h"
#include "train/NetworkWeights.h"
#include "train/SequenceSet.h"

namespace layerlab {

// Keras's fit() for a Network on image folders or padded reviews: epochs × steps_per_epoch batches
// from a shuffled, cycling order; validation_steps batches of un-augmented validation data; loss
// binary or categorical cross-entropy; accuracy. Frozen layers get no gradients and are not
// given to the optimizer. When a frozen prefix exists and inputs repeat (no augmentation, or
// a bank of K augmented copies), the prefix's output is computed once per input and reused.
// Runs on the calling thread (a GUI puts it on a worker thread).
// A model's and its optimizer's state at one moment (what a checkpoint holds), and which
// Trainer::weightsVersion() the model's weights were.
struct TrainingState {
    std::uint64_t weightsVersion;
    StateSnapshot model, optimizer;
};

class Trainer {
  public:
    // Throws UsageError when every layer is frozen (nothing to train).
    Trainer(Network& network, ImageSet train, std::optional<ImageSet> validation, FitConfig config);
    // A sequence model (IMDB): batches of padded reviews; no augmentation, no feature cache.
    Trainer(Network& network, SequenceSet train, std::optional<SequenceSet> validation,
            FitConfig config);
    ~Trainer();
    Trainer(Trainer&&) noexcept;

    // Runs epochs initialEpoch+1 … config.epochs, until control.stop is set (within one batch;
    // an epoch stopped in training or validation is not among those returned). Returns their
    // metrics.
    std::vector<EpochMetrics> fit(const FitCallbacks& callbacks, TrainingControl& control,
                                  int initialEpoch = 0);

    // The learning-rate finder: training batches at a growing learning rate with a fresh
    // optimizer of the configured kind, until the loss explodes or `cancel` is set. The model's
    // weights and the trainer's optimizer are exactly as before afterwards, whatever happens (a
    // stop, an exception).
    std::vector<LrPoint> sweepLearningRate(const LrSweepConfig& sweep,
                                           const LrSweepProgress& progress = {},
                                           const CancelToken& cancel = CancelToken::never());

    // Fills the feature store with the frozen prefix's output for every training input (each
    // copy of an augmented bank) and every validation input, batch by batch; what the store
    // holds already is read, not computed; `cancel` ends it between batches, what was computed
    // stays stored. Throws UsageError when there is nothing to store (no frozen prefix, the
    // cache off, random augmentation without a bank, or no store configured).
    FeaturePreparation prepareFeatures(const PreparationProgress& progress = {},
                                       const CancelToken& cancel = CancelToken::never());

    // Model and optimizer state, for checkpoints (bytes of LibTorch archives).
    std::string saveModelState() const;
    std::string saveOptimizerState() const;
    // The same, copied now and serialised later on any thread (train/NetworkWeights.h).
    StateSnapshot snapshotModelState() const;
    StateSnapshot snapshotOptimizerState() const;
    // Throw ModelStateError naming `source`.
    void loadModelState(const std::string& bytes, const Message& source);

    // For checkpoints written after their epoch ended (by time, or when paused, stopped or
    // failing in the middle of the next one; experiment/RunCheckpoints). Copies live in
    // buffers allocated once: keeping an epoch costs one pass over the trainable weights and
    // the optimizer state, never the frozen base.
    // Changes with every optimizer step and every load of weights.
    std::uint64_t weightsVersion() const;
    // The model and optimizer state now.
    TrainingState currentState() const;
    // Keeps the model and optimizer state now (after a whole epoch) for keptEpochState().
    void keepEpochState();
    // The kept state (the live one while training has not changed it since). Call after
    // keepEpochState().
    TrainingState keptEpochState();
    // Keeps the model's weights now as the best epoch's; keptBestWeights() gives them.
    void keepBestWeights();
    StateSnapshot keptBestWeights();
    void loadOptimizerState(const std::string& bytes, const Message& source);

    // Each validation sample seen in the last finished epoch's validation pass, by index.
    std::vector<SamplePrediction> lastValidationPredictions() const;

    bool usesFeatureCache() const;
    std::size_t cachedInputs() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The line Keras's fit() prints after an epoch, e.g. "100/100 - 52s - loss: 0.4312 - acc: 0.8010
// - val_loss: 0.3561 - val_acc: 0.8440"; LayerLab adds "  (cached features)" when the frozen
// prefix came from the feature cache.
std::string kerasEpochLine(const EpochMetrics& metrics, int steps, bool validated);

}  // namespace layerlab
