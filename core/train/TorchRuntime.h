#pragma once

#include <string>

namespace layerlab {

// What the training core runs on, for About boxes and `layerlab-cli version`. Kept behind a
// plain interface so that callers never include torch headers.
struct TorchRuntimeInfo {
    std::string libtorchVersion;
    std::string device;  // "CPU" or "CUDA (<n> devices)"
    int intraOpThreads = 1;
};

TorchRuntimeInfo torchRuntimeInfo();

}  // namespace layerlab
