#pragma once

#include <filesystem>

#include "experiment/ExperimentSpec.h"

namespace layerlab {

// The training and validation folders of a transfer experiment. Beside the spec, not in the
// builder, because the run's record names them too.
struct ImageFolders {
    std::filesystem::path train, validation;  // validation empty: none
};

// The lesson's layout: DATA/train and DATA/validation (or val/, test/); else DATA is the
// training folder itself. --validation-data overrides the validation folder.
ImageFolders imageFolders(const TransferExperimentSpec& spec);

}  // namespace layerlab
