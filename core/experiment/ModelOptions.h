#pragma once

#include "experiment/ArgList.h"
#include "model/ModelSpec.h"

namespace layerlab {

// --backbone, --alpha, --size, --head, --classes, --preprocessing: shared by summary, train
// and embed. Checked with checkModelSpec.
ModelSpec readModelSpec(ArgList& args);
// The options readModelSpec reads back into `spec` (--classes aside: training takes the
// number of classes from the data).
std::vector<std::string> modelOptionArgs(const ModelSpec& spec);
// Throws UsageError naming the option of a value out of range.
void checkModelSpec(const ModelSpec& spec);
// Each backbone's own weights want their own preprocessing ('tf' for MobileNetV2); VGG16 gets
// the lesson's rescale.
Preprocessing preferredPreprocessing(Backbone backbone);

}  // namespace layerlab
