// bench_images [TRAIN_DIR] [--size 224] [--limit N]
// Prints: the flow_from_directory scan time of a 25,000-file folder (no decoding), and
// decode + resize + augment throughput (images/s) at the lesson's 224 px with the lesson's
// augmentation, on one thread and on all threads. TRAIN_DIR defaults to the shared
// cats_and_dogs_filtered/train, else the built-in sample.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "Timing.h"
#include "data/Augmentation.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "data/SampleDataset.h"

using namespace layerlab;
namespace fs = std::filesystem;
using bench::Clock;
using bench::secondsSince;

namespace {

void benchScan() {
    const fs::path root = fs::temp_directory_path() / "layerlab-bench-scan";
    fs::remove_all(root);
    for (const char* cls : {"cats", "dogs"}) {
        fs::create_directories(root / cls);
        for (int i = 0; i < 12500; ++i)
            std::ofstream(root / cls / (std::string(cls) + "." + std::to_string(i) + ".jpg"));
    }
    std::vector<double> times;
    std::size_t found = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        found = scanImageFolder(root).files.size();
        times.push_back(secondsSince(start));
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "scan of a %zu-file folder (flow_from_directory, no decoding): median %.3f s, best %.3f "
        "s\n",
        found, times[2], times[0]);
    fs::remove_all(root);
}

struct Throughput {
    double decode = 0, augment = 0, total = 0;  // images per second
};

Throughput run(const std::vector<ImageFile>& files, int size, unsigned threads) {
    const AugmentParams params = AugmentParams::lesson();
    std::atomic<std::size_t> next{0};
    std::vector<double> decodeSeconds(threads), augmentSeconds(threads);
    const auto start = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                const auto begin = Clock::now();
                const DecodedImage decoded = decodeImageFile(files[i].path, ImageSize{size, size});
                const auto decodedAt = Clock::now();
                if (!decoded.ok()) continue;
                const Image out =
                    augmentImage(decoded.image, params, static_cast<std::uint32_t>(i));
                augmentSeconds[t] += secondsSince(decodedAt);
                decodeSeconds[t] += std::chrono::duration<double>(decodedAt - begin).count();
                if (out.empty()) std::abort();
            }
        });
    for (auto& thread : pool) thread.join();
    const double wall = secondsSince(start);
    double decode = 0, augment = 0;
    for (unsigned t = 0; t < threads; ++t) decode += decodeSeconds[t], augment += augmentSeconds[t];
    const double n = static_cast<double>(files.size());
    // Per-stage rates are per thread-second, scaled by the threads that ran.
    return {n / decode * threads, n / augment * threads, n / wall};
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir;
    int size = 224;
    std::size_t limit = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--size" && i + 1 < argc)
            size = std::stoi(argv[++i]);
        else if (arg == "--limit" && i + 1 < argc)
            limit = std::stoul(argv[++i]);
        else
            dir = arg;
    }
    if (dir.empty()) {
        dir = fs::path(LAYERLAB_SHARED_DATA) / "cats_and_dogs_filtered" / "train";
        if (!fs::is_directory(dir)) {
            std::printf("(no shared data: using the built-in sample)\n");
            dir = ensureSampleDataset(fs::temp_directory_path() / "layerlab-bench") / "train";
        }
    }
    benchScan();

    DatasetSummary dataset = scanImageFolder(dir);
    if (limit && dataset.files.size() > limit) dataset.files.resize(limit);
    std::printf(
        "%s: %zu images, target %dx%d, nearest, lesson augmentation (rotation 30, shifts 0.1, "
        "shear 0.2, zoom 0.2, flip, rescale 1/255)\n",
        dir.string().c_str(), dataset.files.size(), size, size);
    run(dataset.files, size, 1);  // warm the page cache so both runs read from memory
    const unsigned all = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned threads : {1u, all}) {
        const Throughput t = run(dataset.files, size, threads);
        std::printf(
            "%u thread(s): decode+resize %.1f img/s, augment %.1f img/s, "
            "decode+resize+augment %.1f img/s\n",
            threads, t.decode, t.augment, t.total);
        if (all == 1) break;
    }
    return 0;
}
