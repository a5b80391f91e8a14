#pragma once

#include <string>
#include <vector>

#include "experiment/ArgList.h"
#include "train/FitConfig.h"

namespace layerlab {

// Limits far beyond any lesson, low enough that a slip of the keyboard is an error, not a run
// that never ends or a batch that cannot fit in memory.
inline constexpr IntRange kEpochsRange{"--epochs", 1, 100000, "1..100000"};
inline constexpr IntRange kBatchSizeRange{"--batch-size", 1, 65536, "1..65536"};
inline constexpr IntRange kStepsPerEpochRange{"--steps-per-epoch", 0, 10000000,
                                              "0 (one pass) to 10000000"};
inline constexpr IntRange kValidationStepsRange{"--validation-steps", 0, 10000000,
                                                "0 (one pass) to 10000000"};
inline constexpr IntRange kThreadsRange{"--threads", 0, 1024, "0 (all cores) to 1024"};
inline constexpr IntRange kEarlyStoppingRange{"--early-stopping", 0, 100000, "0 (off) to 100000"};
inline constexpr IntRange kAugmentedCopiesRange{"--augmented-copies", 0, kMaxAugmentedCopies,
                                                "0..1000"};
static_assert(kMaxAugmentedCopies == 1000, "say the new limit in kAugmentedCopiesRange");

// --checkpoint-every: "epoch", or seconds as "90", "90s" or "2m", up to a day. Throws
// UsageError for anything else.
CheckpointInterval parseCheckpointInterval(const std::string& text);
// The text parseCheckpointInterval reads back: "epoch" or "90s".
std::string checkpointIntervalArg(const CheckpointInterval& interval);

// --epochs, --steps-per-epoch, --batch-size, --optimizer, --learning-rate, --seed, --threads,
// --early-stopping, --restore-best, --checkpoint-every on top of a task's defaults (the lesson's for transfer,
// the book's for the RNN). Shared by both kinds of training.
FitConfig readFitOptions(ArgList& args, FitConfig defaults);

// The options readFitOptions reads back into `fit` (those shared by both tasks).
std::vector<std::string> fitOptionArgs(const FitConfig& fit);

// Throws UsageError naming the option of a value out of range.
void checkFitConfig(const FitConfig& fit);

}  // namespace layerlab
