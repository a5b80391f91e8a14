#pragma once

#include "cli/ArgList.h"
#include "data/Augmentation.h"

namespace layerlab::cli {

// Reads ImageDataGenerator flags (--rotation-range, --width-shift-range, …) on top of a
// preset: `--preset lesson` (the default: the lesson's train_datagen) or `--preset none`.
AugmentParams readAugmentOptions(ArgList& args);

extern const char* const kAugmentOptionsHelp;

}  // namespace layerlab::cli
