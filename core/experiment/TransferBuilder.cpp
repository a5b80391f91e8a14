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
    say(summary.found());
    for (const auto& file : summary.skipped)
        say(Message(MessageId::SkippedImage, {displayPath(file.path)}, file.reason));
    if (summary.usableCount() == 0) throw DatasetError(MessageId::NoUsableImages, {displayPath(dir)});
    return summary;
}

void loadPretrained(Network& network, const TransferExperimentSpec& s, const Say& say,
                    const CancelToken& stop) {
    if (s.weights.kind == WeightsSource::Kind::None) {
        say(Message(MessageId::WeightsNoneAsked));
        return;
    }
    std::optional<fs::path> file = s.weights.file;
    if (s.weights.kind == WeightsSource::Kind::KerasCache) {
        const auto cached = findKerasWeights(s.model);
        file = cached ? std::optional<fs::path>(cached->file) : std::nullopt;
        if (cached && cached->otherSize)
            say(Message(MessageId::WeightsOtherSize,
                        {std::to_string(s.model.inputSize), std::to_string(*cached->otherSize),
                         kerasWeightsFileName(s.model)}));
    }
    if (!file) {
        say(Message(MessageId::WeightsNotFound, {enumName(kBackbones, s.model.backbone),
                                                 kerasWeightsFileName(s.model)}));
        return;
    }
    const KerasWeights weights = readKerasH5(*file);
    throwIfStopped(stop);
    const int layers = network.loadKerasWeights(weights);
    say(Message(MessageId::WeightsLoaded, {std::to_string(layers), displayPath(*file)}));
}

void sayTotals(const Network& network, const Say& say) {
    const ParamTotals t = network.totals();
    // Keras's own summary lines.
    say(verbatim("Total params: " + withThousands(t.total) + "\nTrainable params: " +
                 withThousands(t.trainable) +
                 "\nNon-trainable params: " + withThousands(t.nonTrainable)));
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
        loadNetworkWeights(*impl->network, readFileBytes(weightsFrom),
                           verbatim(displayPath(weightsFrom)));
        say(Message(MessageId::WeightsFromRun, {displayPath(weightsFrom.parent_path())}));
    }
    throwIfStopped(stop);
    s.applyFreezing(*impl->network);
    sayTotals(*impl->network, say);
    if (s.model.frozenPrecision == FrozenPrecision::Bf16 && !torchRuntimeInfo().nativeBf16)
        say(Message(MessageId::Bf16Emulated));

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
        say(Message(MessageId::FrozenPrefixCached));
    return impl;
}

}  // namespace layerlab
