#include "train/TorchRuntime.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <thread>

#include "util/Text.h"

namespace layerlab {

namespace {

bool cpuHasNativeBf16() {
#if defined(__x86_64__) || defined(__i386__)
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    const bool amxBf16 = (d >> 22) & 1u;
    if (a < 1 || !__get_cpuid_count(7, 1, &a, &b, &c, &d)) return amxBf16;
    return amxBf16 || ((a >> 5) & 1u);  // CPUID.(7,1):EAX bit 5 is AVX512_BF16
#else
    return false;
#endif
}

}  // namespace

TorchRuntimeInfo torchRuntimeInfo() {
    TorchRuntimeInfo info;
    info.libtorchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." +
                           std::to_string(TORCH_VERSION_MINOR) + "." +
                           std::to_string(TORCH_VERSION_PATCH);
    info.device = torch::cuda::is_available()
                      ? "CUDA (" + std::to_string(torch::cuda::device_count()) + " devices)"
                      : "CPU";
    info.intraOpThreads = at::get_num_threads();
    info.nativeBf16 = cpuHasNativeBf16();
    return info;
}

namespace {

// The first line of a LibTorch error, without the C++ stack trace it carries.
std::string torchErrorLine(const c10::Error& error) {
    std::string text = error.what_without_backtrace();
    return text.substr(0, text.find('\n'));
}

}  // namespace

namespace {

// glibc hands every block over 32 MB straight to mmap and back to the kernel when freed, so a
// 51 MB gradient (the lesson's Dense(25088→512) head) arrives as fresh pages every step, and
// faulting them in took longer than the matrix product that fills them (26 ms of a 42 ms
// step). Kept in the heap, the freed block serves the next step warm.
void keepLargeBlocksInTheHeap() {
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 1 << 30);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
    });
#endif
}

}  // namespace

void useComputeThreads(int threads) {
    keepLargeBlocksInTheHeap();
    at::set_num_threads(threads > 0
                            ? threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

std::string describeFailure(const std::exception& error) {
    constexpr std::size_t kMaxLength = 400;
    const std::string outOfMemory =
        "not enough memory for what was asked (try a smaller size, batch or vocabulary)";
    std::string text;
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&error))
        text = torchErrorLine(*torchError);
    else if (dynamic_cast<const std::bad_alloc*>(&error) ||
             dynamic_cast<const std::length_error*>(&error))
        text = outOfMemory;
    else if (const auto* fileError = dynamic_cast<const std::filesystem::filesystem_error*>(&error))
        text = "Cannot read " + fileError->path1().string() + ": " + fileError->code().message();
    else
        text = withoutJsonTag(error.what());
    if (text.find("DefaultCPUAllocator") != std::string::npos) text = outOfMemory;
    if (text.size() > kMaxLength) text = text.substr(0, kMaxLength) + "…";
    return text;
}

}  // namespace layerlab
