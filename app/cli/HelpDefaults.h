#pragma once

#include <string>

namespace layerlab::cli {

// `help` with each {group.name} replaced by that default (util/LessonDefaults.h): the help
// texts say what the program does without a second copy of its numbers. E.g.
// "[--epochs {transfer.epochs}]" → "[--epochs 30]".
std::string withDefaults(std::string help);

}  // namespace layerlab::cli
