#pragma once

#include <cstdint>

// The one table of defaults: the values the lesson (../shared/seed, "day 19") and the book it
// follows use. Every default a user sees — CLI options, GUI spin boxes, "Lesson defaults" and
// "Book defaults" buttons, the fine-tune dialog — is read from here, so changing one changes
// it everywhere. Plain numbers and names only: this header sits below every layer of core.
namespace layerlab::defaults {

// Transfer learning: fit_generator(train, steps_per_epoch=100, epochs=30,
// validation_steps=50) with batch 20 and Adam(1e-4), at 224 × 224.
namespace transfer {
inline constexpr int kInputSize = 224;
inline constexpr int kEpochs = 30;
inline constexpr int kStepsPerEpoch = 100;
inline constexpr int kValidationSteps = 50;
inline constexpr int kBatchSize = 20;
inline constexpr double kLearningRate = 1e-4;  // Adam
}  // namespace transfer

// Fine-tuning: unfreeze block5_conv1..3, a ten times lower learning rate, more epochs.
namespace fine_tune {
inline constexpr const char* kUnfreeze = "block5_conv";
inline constexpr double kLearningRate = 1e-5;
inline constexpr int kMoreEpochs = 10;
}  // namespace fine_tune

// The RNN sentiment classifier: imdb.load_data(num_words=500), pad_sequences(maxlen=100), and
// the book's fit: RMSprop(1e-3), 10 epochs, batch 128, validation_split 0.2.
namespace imdb {
inline constexpr int kNumWords = 500;
inline constexpr int kSkipTop = 0;
inline constexpr std::uint32_t kLoadSeed = 113;  // load_data's own default
inline constexpr int kMaxlen = 100;
inline constexpr int kEpochs = 10;
inline constexpr int kBatchSize = 128;
inline constexpr double kLearningRate = 1e-3;  // RMSprop
inline constexpr double kValidationSplit = 0.2;
inline constexpr int kUnits = 8;
inline constexpr int kEmbeddingDim = 16;
}  // namespace imdb

// LayerLab's own, not the lesson's: the feature store's size cap (--feature-store-cap, and the
// GUI's Prepare features dialog until the user sets another).
namespace feature_store {
inline constexpr int kCapMB = 4096;
}  // namespace feature_store

}  // namespace layerlab::defaults
