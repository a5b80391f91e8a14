#pragma once

#include <QString>

#include "data/ImageDecoder.h"

namespace layerlab::ui {

// The user's-language text for why a file cannot be used, without its name (`detail`: the
// file's own failure, for Unreadable).
QString imageProblemText(layerlab::ImageProblem problem, const layerlab::Message& detail = {});

}  // namespace layerlab::ui
