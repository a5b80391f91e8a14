#pragma once

#include <string>

namespace layerlab {

// What the training core runs on, for About boxes and `layerlab-cli version`. Kept behind a
// plain interface so that callers never include torch headers.
struct TorchRuntimeInfo {
    std::string libtorchVersion;
    std::string device;  // "CPU" or "CUDA (<n> devices)"
    int intraOpThreads = 1;
    bool nativeBf16 = false;  // the CPU computes bfloat16 itself (avx512_bf16 or AMX-BF16)
};

TorchRuntimeInfo torchRuntimeInfo();

// LibTorch's intra-op threads for work on the calling thread (OpenMP keeps the setting per
// thread, and starts at one here): `threads`, or every core for 0. Call it on the thread that
// computes, before it computes.
void useComputeThreads(int threads = 0);

// One or two readable lines for any failure: LibTorch's errors without their C++ stack trace,
// "not enough memory" for allocation failures, and any message cut to a few hundred characters
// (a malformed file must not echo megabytes). For the CLI's stderr and the GUI's error box.
std::string describeFailure(const std::exception& error);

}  // namespace layerlab
