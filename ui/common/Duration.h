#pragma once

#include <QString>

namespace layerlab::ui {

// "m:ss", or "h:mm:ss" from an hour on; "–" for an unknown (negative or infinite) time. For
// ETAs and run durations.
QString formatDuration(double seconds);

}  // namespace layerlab::ui
