#pragma once

#include <utility>

namespace layerlab {

// The lesson's two experiments.
enum class Task { Transfer, Imdb };
inline constexpr std::pair<Task, const char*> kTasks[] = {{Task::Transfer, "transfer"},
                                                          {Task::Imdb, "imdb"}};

}  // namespace layerlab
