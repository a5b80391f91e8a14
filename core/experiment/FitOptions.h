#pragma once

#include "experiment/ArgList.h"
#include "train/FitConfig.h"

namespace layerlab {

// --epochs, --steps-per-epoch, --batch-size, --optimizer, --learning-rate, --seed, --threads,
// --early-stopping, --restore-best on top of a task's defaults (the lesson's for transfer,
// the book's for the RNN). Shared by both kinds of training.
FitConfig readFitOptions(ArgList& args, FitConfig defaults);

}  // namespace layerlab
