#pragma once

#include <filesystem>
#include <optional>

#include "util/Message.h"

namespace layerlab {

// Why a file a user exports to (a Keras model, a chart, a history) must not be written there:
// it is inside a run folder (whose files are the run: an export over history.csv changed what
// the run list said of it) or a download cache, it is a link, or it is no plain file (a folder,
// a pipe, a device). Empty: it may be written; a plain file there is replaced, as the user
// confirmed in the save dialog.
std::optional<Message> exportTargetRefusal(const std::filesystem::path& file);

}  // namespace layerlab
