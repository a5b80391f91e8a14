#include "train/TorchRuntime.h"

#include <torch/torch.h>

namespace layerlab {

TorchRuntimeInfo torchRuntimeInfo() {
    TorchRuntimeInfo info;
    info.libtorchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." +
                           std::to_string(TORCH_VERSION_MINOR) + "." +
                           std::to_string(TORCH_VERSION_PATCH);
    info.device = torch::cuda::is_available()
                      ? "CUDA (" + std::to_string(torch::cuda::device_count()) + " devices)"
                      : "CPU";
    info.intraOpThreads = at::get_num_threads();
    return info;
}

}  // namespace layerlab
