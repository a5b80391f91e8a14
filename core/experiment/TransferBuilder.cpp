#include <optional>

#include "data/ImageFolder.h"
#include "experiment/ExperimentBuilder.h"
#include "experiment/ImageFolders.h"
#include "io/FileIO.h"
#include "model/PretrainedWeights.h"
#include "train/TorchRuntime.h"
#include "util/EnumNames.h"
#include "util/Text.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

DatasetSummary scanChecked(const fs::path& dir, const std::vector<std::string>& classes,
                           const Say& say) {
    ImageFolderOptions options;
    options.classes = classes;
    DatasetSummary summary = scanImageFolder(dir, options);
    checkImageFiles(summary);
    say(summary.foundLine());
    for (const auto& file : summary.skipped)
        say("  skipped " + displayPath(file.path) + ": " + file.reason);
    if (summary.usableCount() == 0)
        throw DatasetError(displayPath(dir) + " has no usable images to train on");
    return summary;
}

void loadPretrained(Network& network, const TransferExperimentSpec& s, const Say& say,
                    const CancelToken& stop) {
    if (s.weights.kind == WeightsSource::Kind::None) {
        say("Weights: none asked for; the base is randomly initialised.");
        return;
    }
    std::optional<fs::path> file = s.weights.file;
    if (s.weights.kind == WeightsSource::Kind::KerasCache) {
        const auto cached = findKerasWeights(s.model);
        file = cached ? std::optional<fs::path>(cached->file) : std::nullopt;
        if (cached && cached->otherSize)
            say("Weights: no " + std::to_string(s.model.inputSize) +
                " px file in the Keras cache, so the one trained at " +
                std::to_string(*cached->otherSize) + " px stands in (the shapes match; " +
                kerasWeightsFileName(s.model) + " is Keras's file for this size: Get data).");
    }
    if (!file) {
        say("No pretrained weights found for " +
            std::string(enumName(kBackbones, s.model.backbone)) + " (looked for " +
            kerasWeightsFileName(s.model) +
            " in the Keras cache ~/.keras/models): the base is randomly initialised. Give "
            "--weights FILE to use ImageNet weights.");
        return;
    }
    const KerasWeights weights = readKerasH5(*file);
    throwIfStopped(stop);
    const int layers = network.loadKerasWeights(weights);
    say("Weights: " + std::to_string(layers) + " layers from " + displayPath(*file));
}

void sayTotals(const Network& network, const Say& say) {
    const ParamTotals t = network.totals();
    say("Total params: " + withThousands(t.total) + "\nTrainable params: " +
        withThousands(t.trainable) + "\nNon-trainable params: " + withThousands(t.nonTrainable));
}

// How images reach the network; augmentation only when it changes anything.
ImageInputConfig imageInput(const TransferExperimentSpec& s) {
    ImageInputConfig input;
    input.size = s.model.inputSize;
    input.interpolation = s.interpolation;
    if (s.augment && s.augment->randomTransformActive()) input.augment = s.augment;
    return input;
}

}  // namespace

// The network and trainer of a transfer run; `weightsFrom` replaces pretrained weights by a
// run's model (fine-tuning).
std::unique_ptr<Experiment::Impl> buildTransfer(const TransferExperimentSpec& s, const Say& say,
                                                const CancelToken& stop,
                                                const fs::path& weightsFrom) {
    const ImageFolders folders = imageFolders(s);
    const DatasetSummary train = scanChecked(folders.train, {}, say);
    std::optional<DatasetSummary> validation;
    if (!folders.validation.empty())
        validation = scanChecked(folders.validation, train.classes, say);
    throwIfStopped(stop);

    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = Task::Transfer;
    impl->epochs = s.fit.epochs;
    impl->checkpointEvery = s.fit.checkpointEvery;
    impl->classes = train.classes;
    ModelSpec spec = s.model;
    spec.numClasses = static_cast<int>(train.classes.size());
    impl->network = std::make_unique<Network>(spec, s.fit.seed);
    throwIfStopped(stop);
    if (weightsFrom.empty()) {
        loadPretrained(*impl->network, s, say, stop);
    } else {
        loadNetworkWeights(*impl->network, readFileBytes(weightsFrom), displayPath(weightsFrom));
        say("Weights: the model of " + displayPath(weightsFrom.parent_path()));
    }
    throwIfStopped(stop);
    s.applyFreezing(*impl->network);
    sayTotals(*impl->network, say);
    if (s.model.frozenPrecision == FrozenPrecision::Bf16 && !torchRuntimeInfo().nativeBf16)
        say("The frozen base runs in bf16, which this CPU emulates: fp32 is faster here.");

    const ImageInputConfig input = imageInput(s);
    std::optional<ImageSet> validationSet;
    if (validation) {
        ImageInputConfig plain = input;  // validation images are only rescaled
        plain.augment.reset();
        validationSet.emplace(*validation, plain);
        for (std::size_t i = 0; i < validationSet->size(); ++i)
            impl->validationItems.push_back(displayPath(validationSet->path(i)));
    }
    FitConfig fit = s.fit;
    fit.featureStore.dir = s.featureStoreDir();
    impl->trainer.emplace(*impl->network, ImageSet(train, input), std::move(validationSet), fit);
    if (impl->trainer->usesFeatureCache())
        say("Frozen prefix: its outputs are computed once per input and cached.");
    return impl;
}

}  // namespace layerlab
