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

// A few hundred characters at most: a malformed file must not echo megabytes.
std::string shortened(std::string text) {
    constexpr std::size_t kMaxLength = 400;
    if (text.size() > kMaxLength) text = text.substr(0, kMaxLength) + "…";
    return text;
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

Message failureMessage(const std::exception& error) {
    Message message;
    if (const auto* failure = dynamic_cast<const Failure*>(&error))
        message = failure->message();
    else if (const auto* torchError = dynamic_cast<const c10::Error*>(&error))
        message = Message(MessageId::LibTorchFailure, {torchErrorLine(*torchError)});
    else if (dynamic_cast<const std::bad_alloc*>(&error) ||
             dynamic_cast<const std::length_error*>(&error))
        return Message(MessageId::OutOfMemory);
    else if (const auto* fileError = dynamic_cast<const std::filesystem::filesystem_error*>(&error))
        message = Message(MessageId::CannotRead, {fileError->path1().string()},
                          fileError->code().value());
    else
        message = Message(MessageId::UnexpectedFailure, {withoutJsonTag(error.what())});
    if (std::string(error.what()).find("DefaultCPUAllocator") != std::string::npos)
        return Message(MessageId::OutOfMemory);
    for (std::string& arg : message.args) arg = shortened(std::move(arg));
    return message;
}

std::string describeFailure(const std::exception& error) {
    return shortened(englishText(failureMessage(error)));
}

}  // namespace layerlab
