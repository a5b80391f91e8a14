#pragma once

#include "cli/ArgList.h"

namespace layerlab::cli {

// Each command reads its options from `args`, prints to stdout and returns the exit status.
int runImages(ArgList& args);
int runAugment(ArgList& args);

extern const char* const kImagesHelp;
extern const char* const kAugmentHelp;

}  // namespace layerlab::cli
