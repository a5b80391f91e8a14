#pragma once

#include <QString>

#include "data/ImageDecoder.h"

namespace layerlab::ui {

// The user's-language text for why a file cannot be used (`detail`: the OS reason, if any).
QString imageProblemText(layerlab::ImageProblem problem, const QString& detail = {});

}  // namespace layerlab::ui
