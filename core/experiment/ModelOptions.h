#pragma once

#include "experiment/ArgList.h"
#include "model/ModelSpec.h"

namespace layerlab {

// --backbone, --alpha, --size, --head, --classes, --preprocessing: shared by summary, train
// and embed.
ModelSpec readModelSpec(ArgList& args);

}  // namespace layerlab
