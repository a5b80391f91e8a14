#pragma once

#include "cli/ArgList.h"
#include "model/ModelSpec.h"

namespace layerlab::cli {

// --backbone, --alpha, --size, --head, --classes, --preprocessing: shared by summary, train
// and embed.
ModelSpec readModelSpec(ArgList& args);

}  // namespace layerlab::cli
