#pragma once

#include <string>
#include <vector>

#include "cli/ArgList.h"
#include "io/RunDirectory.h"
#include "model/Network.h"
#include "train/Trainer.h"

namespace layerlab::cli {

// Trains epochs initialEpoch+1 … into `run`: Keras-like lines on stdout and in training.log,
// history.csv and a checkpoint after every epoch, the final model at the end. The first new
// epoch carries `firstMarker` (e.g. "fine-tune").
int trainIntoRun(Network& network, Trainer& trainer, RunDirectory& run, int initialEpoch,
                 const std::string& firstMarker);

// `train --task imdb …`, or resuming such a run (`resumed` set, arguments from its experiment).
int runImdbTraining(ArgList& args, const std::vector<std::string>& rawArgs, RunDirectory* resumed);

}  // namespace layerlab::cli
