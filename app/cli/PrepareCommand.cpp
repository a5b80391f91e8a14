#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/Commands.h"
#include "cli/Interrupt.h"
#include "experiment/Experiment.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "model/ModelSpec.h"

namespace layerlab::cli {
namespace {

// --layer L: the frozen prefix ends at L, so everything after it in the base trains.
void storeAtLayer(TransferExperimentSpec& spec, const std::string& layer) {
    const std::vector<LayerSpec> layers = buildLayers(spec.model);
    std::size_t at = 0;
    while (at < layers.size() && layers[at].name != layer) ++at;
    if (at == layers.size() || layers[at].block == kHeadBlock)
        throw UsageError("--layer must name a layer of the " +
                         std::string(enumName(kBackbones, spec.model.backbone)) + " base, not '" +
                         layer + "'");
    for (std::size_t i = at + 1; i < layers.size(); ++i)
        if (layers[i].block != kHeadBlock) spec.unfreeze.push_back(layers[i].name);
}

}  // namespace

const char* const kPrepareHelp =
    "layerlab-cli prepare --data DIR [--backbone vgg16] [--size {transfer.size}] [--layer "
    "block5_pool|block4_pool]\n"
    "    [--augmented-copies K [augmentation options]] [--feature-store DIR] [other train "
    "options]\n"
    "  Prepares the lesson the evening before: computes the frozen base's output for every\n"
    "  training and validation image (and K augmented copies of each training image) into the\n"
    "  feature store, so that every run over the same data, weights and size starts at once.\n"
    "  --layer block4_pool stores blocks 1-4's output for fine-tuning block5. Without\n"
    "  --augmented-copies the plain images are stored. What is already stored is not computed.\n";

int runPrepare(ArgList& args, const std::vector<std::string>& rawArgs) {
    const auto layer = args.value("--layer");
    std::vector<std::string> trainArgs = withoutOptions(rawArgs, {"--layer"});
    trainArgs.insert(trainArgs.begin(), {"--task", "transfer"});
    ExperimentSpec parsed = parseExperimentSpec(trainArgs);
    auto& spec = std::get<TransferExperimentSpec>(parsed);
    if (spec.fit.augmentedCopies == 0) spec.augment.reset();
    if (layer) storeAtLayer(spec, *layer);
    const bool watched = isatty(STDERR_FILENO);
    const auto start = std::chrono::steady_clock::now();
    CancelToken stop;
    const InterruptScope interrupt(stop);  // Ctrl+C keeps what is stored so far
    FeaturePreparation report;
    try {
        report = prepareFeatures(
            parsed, [](const Message& line) { std::cout << englishText(line) << std::endl; },
            [&](std::size_t done, std::size_t total) {
                if (watched) {
                    const double seconds =
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                            .count();
                    std::fprintf(stderr, "\r%zu/%zu batches - ETA %.0fs   ", done, total,
                                 seconds / double(done) * double(total - done));
                }
            },
            stop);
    } catch (const Stopped&) {
    }
    if (watched) std::fprintf(stderr, "\n");
    if (InterruptScope::interrupted()) {
        std::cout << "Interrupted: what was computed is kept in the feature store; prepare again "
                     "to compute the rest\n";
        return kInterruptedExit;
    }
    const FeatureStore store(spec.featureStoreDir());
    const auto usage = store.usage();
    char size[32];
    std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(usage.bytes) / 1e6);
    std::cout << "Feature store " << displayPath(store.dir()) << ": " << report.stored
              << " inputs were stored already, " << report.computed << " computed now; "
              << usage.entries << " entries, " << size << " in all\n";
    if (report.unsaved)
        throw FileError(verbatim(std::to_string(report.unsaved) + " of the " +
                        std::to_string(report.computed) + " inputs' features computed could not " +
                        "be written to the feature store " + displayPath(store.dir()) +
                        " (a full disk, or a folder in it that cannot be written): fix that and "
                        "prepare again"));
    if (report.removed)
        std::cout << "Its cap of " << (spec.fit.featureStore.capBytes >> 20) << " MB made it drop the "
                  << report.removed
                  << " oldest entries: give a larger --feature-store-cap to keep them all\n";
    return 0;
}

}  // namespace layerlab::cli
