#pragma once

// Private to core (torch): LibTorch archives as bytes, for models and optimizers alike.
#include <torch/torch.h>

#include <sstream>
#include <string>

#include "train/NetworkWeights.h"

namespace layerlab {

inline std::string archiveBytes(torch::serialize::OutputArchive& archive) {
    std::ostringstream stream;
    archive.save_to(stream);
    return stream.str();
}

// Opens `bytes` as an archive and hands it to `read`. LibTorch's errors come with a C++ stack
// trace; the user gets `failure`, one sentence naming the file, as a ModelStateError.
template <typename Read>
void readArchive(const std::string& bytes, const Message& failure, Read&& read) {
    try {
        std::istringstream stream(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        read(archive);
    } catch (const c10::Error&) {
        throw ModelStateError(failure);
    }
}

}  // namespace layerlab
