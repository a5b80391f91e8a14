#pragma once

#include <filesystem>
#include <string>

namespace layerlab {

// A new, empty run folder in `parent` (made with its parents), named by the local time it is
// made so that name order is age order: 20261203-163501-123<suffix>, or …<suffix>-2, -3, …
// when that name is taken. Each name is tried with one exclusive mkdir, which a network share
// does atomically too, so two processes (on one machine or thirty) never get the same folder.
// Throws FileError when `parent` cannot be made or written.
std::filesystem::path makeNewRunFolder(const std::filesystem::path& parent,
                                       const std::string& suffix = {});

}  // namespace layerlab
