#pragma once

#include <filesystem>
#include <map>
#include <utility>

#include "data/ImageFolder.h"

namespace bench {

// The first `trainPerClass` images of each class of ROOT/train and the first
// `validationPerClass` of ROOT/validation (in flow_from_directory's order), copied into INTO.
inline std::filesystem::path subsetOf(const std::filesystem::path& root,
                                      const std::filesystem::path& into, int trainPerClass,
                                      int validationPerClass) {
    namespace fs = std::filesystem;
    fs::remove_all(into);
    for (const auto& [split, count] :
         {std::pair{"train", trainPerClass}, std::pair{"validation", validationPerClass}}) {
        const layerlab::DatasetSummary summary = layerlab::scanImageFolder(root / split);
        std::map<int, int> taken;
        for (const auto& file : summary.files) {
            if (taken[file.label]++ >= count) continue;
            const fs::path to = into / split / summary.classes[std::size_t(file.label)];
            fs::create_directories(to);
            fs::copy_file(file.path, to / file.path.filename());
        }
    }
    return into;
}

}  // namespace bench
