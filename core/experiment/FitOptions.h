#pragma once

#include <string>
#include <vector>

#include "experiment/ArgList.h"
#include "train/FitConfig.h"

namespace layerlab {

// --epochs, --steps-per-epoch, --batch-size, --optimizer, --learning-rate, --seed, --threads,
// --early-stopping, --restore-best on top of a task's defaults (the lesson's for transfer,
// the book's for the RNN). Shared by both kinds of training.
FitConfig readFitOptions(ArgList& args, FitConfig defaults);

// The options readFitOptions reads back into `fit` (those shared by both tasks).
std::vector<std::string> fitOptionArgs(const FitConfig& fit);

// Throws UsageError naming the option of a value out of range.
void checkFitConfig(const FitConfig& fit);

}  // namespace layerlab
