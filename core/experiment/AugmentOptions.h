#pragma once

#include "data/Augmentation.h"
#include "experiment/ArgList.h"

namespace layerlab {

// Reads ImageDataGenerator flags (--rotation-range, --width-shift-range, …) on top of a
// preset: `--preset lesson` (the default: the lesson's train_datagen) or `--preset none`.
AugmentParams readAugmentOptions(ArgList& args);

// The options that readAugmentOptions turns back into `params` (from --preset none), so a
// GUI's augmentation settings travel in a run's arguments.
std::vector<std::string> augmentOptionArgs(const AugmentParams& params);

extern const char* const kAugmentOptionsHelp;

}  // namespace layerlab
