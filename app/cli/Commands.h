#pragma once

#include "cli/ArgList.h"

namespace layerlab::cli {

// Each command reads its options from `args`, prints to stdout and returns the exit status.
int runImages(ArgList& args);
int runAugment(ArgList& args);
int runSummary(ArgList& args);

extern const char* const kImagesHelp;
extern const char* const kAugmentHelp;
extern const char* const kSummaryHelp;

}  // namespace layerlab::cli
