#pragma once

#include <exception>
#include <string>

#include "util/Message.h"

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

// What any failure says, to render in the user's language: a Failure's own message, LibTorch's
// errors by their first line (never the C++ stack trace), "not enough memory" for allocation
// failures, anything else by the first line of what() (a malformed file must not echo
// megabytes: each particular is cut to a few hundred characters).
Message failureMessage(const std::exception& error);
// failureMessage in English, cut to a few hundred characters: for the CLI's stderr.
std::string describeFailure(const std::exception& error);

}  // namespace layerlab
