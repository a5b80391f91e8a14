#pragma once

#include "data/Augmentation.h"
#include "experiment/ArgList.h"

namespace layerlab {

// Reads ImageDataGenerator flags (--rotation-range, --width-shift-range, …) on top of a
// preset: `--preset lesson` (the default: the lesson's train_datagen) or `--preset none`.
AugmentParams readAugmentOptions(ArgList& args);

extern const char* const kAugmentOptionsHelp;

}  // namespace layerlab
