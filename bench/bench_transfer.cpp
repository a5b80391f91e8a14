// bench_transfer [--data DIR] [--steps 5] [--threads N]
// Prints the figures the transfer core is judged by:
//  - VGG16 conv-base images/s at 150 and 224 px, default vs channels-last memory format;
//  - the lesson's frozen-base run without augmentation (VGG16 + Flatten/Dense head, 224 px,
//    batch 20): first epoch (computes the frozen features) vs a cached epoch, and the speedup;
//  - a block5 fine-tune epoch with and without the feature cache;
//  - the feature store: a first run and a second one with another learning rate over the same
//    images, their ratio, and the store's size per image and for the lesson's 3000 images;
//  - MobileNetV2 α 0.35 images/s at 224 px.
// Epochs are shortened to --steps batches over a subset of steps × 20 images (the lesson's
// 100 steps over 2000 images take ~15 minutes on 2 cores); per-epoch figures are scaled to the
// lesson's 100 steps and said so.
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "Timing.h"
#include "data/ImageDecoder.h"
#include "data/SampleDataset.h"
#include "io/FeatureStore.h"
#include "train/TorchRuntime.h"
#include "model/Network.h"
#include "train/Trainer.h"

using namespace layerlab;
namespace fs = std::filesystem;
using bench::Clock;
using bench::secondsSince;

namespace {

std::vector<Image> batchOf(const DatasetSummary& data, int size, int count) {
    std::vector<Image> images;
    for (int i = 0; i < count; ++i)
        images.push_back(
            decodeImageFile(data.files[static_cast<std::size_t>(i) % data.files.size()].path,
                            ImageSize{size, size})
                .image);
    return images;
}

double imagesPerSecond(Network& network, const std::vector<Image>& batch, const std::string& layer,
                       int repeats) {
    network.layerOutput(batch, layer);  // warm-up: allocator and kernels
    const auto start = Clock::now();
    for (int r = 0; r < repeats; ++r) network.layerOutput(batch, layer);
    return repeats * static_cast<double>(batch.size()) / secondsSince(start);
}

std::vector<EpochMetrics> run(Network& network, const DatasetSummary& train, int steps, bool cache,
                              int epochs, const fs::path& store = {}, double learningRate = 1e-4) {
    FitConfig fit;
    fit.epochs = epochs;
    fit.stepsPerEpoch = steps;
    fit.validationSteps = 0;
    fit.cacheFrozenFeatures = cache;
    fit.featureStore = store;
    fit.learningRate = learningRate;
    ImageInputConfig input;
    input.size = network.spec().inputSize;
    Trainer trainer(network, ImageSet(train, input), std::nullopt, fit);
    TrainingControl control;
    return trainer.fit({}, control);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path data = fs::path(LAYERLAB_SHARED_DATA) / "cats_and_dogs_filtered" / "train";
    int steps = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--data") data = argv[i + 1];
        if (arg == "--steps") steps = std::stoi(argv[i + 1]);
    }
    if (!fs::is_directory(data)) {
        std::printf("(no shared data: using the built-in sample)\n");
        data = ensureSampleDataset(fs::temp_directory_path() / "layerlab-bench") / "train";
    }
    useComputeThreads();  // OpenMP starts this thread at one intra-op thread here
    const DatasetSummary train = scanImageFolder(data);
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::printf("data: %s (%zu images), %u threads, batch 20\n", data.string().c_str(),
                train.files.size(), threads);

    for (int size : {150, 224}) {
        ModelSpec spec;
        spec.inputSize = size;
        Network vgg(spec);
        const auto batch = batchOf(train, size, 8);
        const double plain = imagesPerSecond(vgg, batch, "block5_pool", 2);
        vgg.useChannelsLast(true);
        const double channelsLast = imagesPerSecond(vgg, batch, "block5_pool", 2);
        std::printf(
            "VGG16 conv base %d px: %.2f images/s default, %.2f images/s channels-last (%.2fx)\n",
            size, plain, channelsLast, channelsLast / plain);
    }

    {
        // As in the lesson, an epoch covers the whole training set (there 100 × 20 = 2000):
        // here a subset of steps × 20 images, so that the second epoch meets the same inputs.
        DatasetSummary subset = train;
        subset.files.resize(
            std::min<std::size_t>(subset.files.size(), static_cast<std::size_t>(steps) * 20));
        ModelSpec spec;  // the lesson: VGG16 frozen, Flatten-Dense(512)-Dropout-Dense(1), 224 px
        Network lesson(spec);
        const auto epochs = run(lesson, subset, steps, true, 2);
        const double scale = 100.0 / steps;
        std::printf(
            "lesson frozen-base epoch (%d steps, scaled to 100): first %.1f s, cached %.2f s, "
            "speedup %.0fx\n",
            steps, epochs[0].seconds * scale, epochs[1].seconds * scale,
            epochs[0].seconds / epochs[1].seconds);
        Network fineTune(spec);
        fineTune.setTrainable("block5_conv", true);
        const auto cached = run(fineTune, subset, steps, true, 2);
        Network fineTuneNoCache(spec);
        fineTuneNoCache.setTrainable("block5_conv", true);
        const auto uncached = run(fineTuneNoCache, subset, steps, false, 1);
        std::printf(
            "block5 fine-tune epoch (scaled to 100 steps): with cache %.1f s (after the first), "
            "without %.1f s\n",
            cached[1].seconds * scale, uncached[0].seconds * scale);
    }

    {
        // The feature store: a first run computes and stores the frozen features, a second run
        // with another learning rate reads them all.
        DatasetSummary subset = train;
        subset.files.resize(
            std::min<std::size_t>(subset.files.size(), static_cast<std::size_t>(steps) * 20));
        const fs::path dir = fs::temp_directory_path() / "layerlab-bench-store";
        fs::remove_all(dir);
        ModelSpec spec;
        auto total = [](const std::vector<EpochMetrics>& epochs) {
            double seconds = 0;
            for (const auto& e : epochs) seconds += e.seconds;
            return seconds;
        };
        Network first(spec);
        const double firstRun = total(run(first, subset, steps, true, 3, dir, 1e-4));
        Network second(spec);
        const double secondRun = total(run(second, subset, steps, true, 3, dir, 1e-3));
        const auto usage = FeatureStore(dir).usage();
        const double perImage =
            static_cast<double>(usage.bytes) / std::max<std::size_t>(1, usage.entries);
        std::printf(
            "feature store, lesson model at 224 px, %zu images, 3 epochs: first run %.1f s, second "
            "run (another learning rate) %.1f s, ratio %.3f; %.1f KB per image at block5_pool "
            "(fp16): %.0f MB for 3000 images\n",
            subset.files.size(), firstRun, secondRun, secondRun / firstRun, perImage / 1024,
            perImage * 3000 / (1 << 20));
        fs::remove_all(dir);
    }

    {
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        spec.head = HeadKind::GlobalAveragePooling;
        spec.preprocessing = Preprocessing::Tf;
        Network mobile(spec);
        mobile.useChannelsLast(true);
        const auto batch = batchOf(train, 224, 20);
        std::printf("MobileNetV2 alpha 0.35 224 px: %.1f images/s (channels-last), ",
                    imagesPerSecond(mobile, batch, "out_relu", 3));
        mobile.useChannelsLast(false);
        std::printf("%.1f images/s (default)\n", imagesPerSecond(mobile, batch, "out_relu", 3));
    }
    return 0;
}
