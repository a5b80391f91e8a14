#include "experiment/Experiment.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

#include "data/ImageFolder.h"
#include "data/ImdbSource.h"
#include "experiment/CheckpointWriter.h"
#include "io/FileIO.h"
#include "model/PretrainedWeights.h"
#include "model/SequenceModel.h"
#include "train/TorchRuntime.h"
#include "train/Trainer.h"
#include "util/EnumNames.h"
#include "util/Text.h"
#include "util/Version.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab {

struct Experiment::Impl {
    Task task = Task::Transfer;
    std::unique_ptr<Network> network;  // the trainer keeps a reference: never moved
    std::optional<Trainer> trainer;
    std::optional<RunDirectory> run;
    int initialEpoch = 0;
    int epochs = 0;
    std::string firstMarker;
    std::vector<std::string> classes;
    std::vector<std::string> validationItems;  // names for predictions.csv
    std::function<void(const Say&)> afterTraining;
    bool createdHere = false;  // the run folder was made by create/fineTune, not resumed
};

namespace {

// The builders look at the stop flag between their slow steps (a folder scan, reading
// hundreds of megabytes of weights), so Stop is honoured before training too.
void throwIfStopped(const StopFlag& stop) {
    if (stop && stop()) throw Stopped();
}

// What the builders say before the run folder exists ("Found 2000 images …", the weights, the
// parameter counts), kept for its training.log: a finished run's log starts as the live one did.
class Transcript {
  public:
    explicit Transcript(Say say) : say_(std::move(say)) {}
    Say recorder() {
        return [this](const Message& message) {
            lines_.push_back(englishText(message));  // training.log is in English, as Keras's
            if (say_) say_(message);
        };
    }
    void writeTo(RunDirectory& run) const {
        for (const auto& line : lines_) run.log(line);
    }

  private:
    Say say_;
    std::vector<std::string> lines_;
};

json experimentJson(Task task, const ExperimentSpec& spec, json data, json model, json fit) {
    return {{"layerlab", kLayerLabVersion}, {"task", enumName(kTasks, task)},
            {"args", experimentArgs(spec)}, {"data", std::move(data)},
            {"model", std::move(model)},    {"fit", std::move(fit)}};
}

// --- transfer learning -----------------------------------------------------------------

// The lesson's layout: DATA/train and DATA/validation (or val/, test/); else DATA is the
// training folder itself.
struct ImageFolders {
    fs::path train, validation;
};

ImageFolders imageFolders(const TransferExperimentSpec& s) {
    ImageFolders folders{s.data, {}};
    if (!splitNames(s.data).empty()) {
        folders.train = s.data / "train";
        for (const char* name : {"validation", "val", "test"})
            if (fs::is_directory(s.data / name)) {
                folders.validation = s.data / name;
                break;
            }
    }
    if (!s.validationData.empty()) folders.validation = s.validationData;
    return folders;
}

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
                    const StopFlag& stop) {
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

void applyFreezing(Network& network, const TransferExperimentSpec& s) {
    if (!s.strategy.empty()) network.applyStrategy(findStrategy(s.strategy)->strategy);
    for (const auto& name : s.freeze) network.setTrainable(name, false);
    for (const auto& name : s.unfreeze) network.setTrainable(name, true);
}

void sayTotals(const Network& network, const Say& say) {
    const ParamTotals t = network.totals();
    // Keras's own summary lines.
    say(verbatim("Total params: " + withThousands(t.total) + "\nTrainable params: " +
                 withThousands(t.trainable) +
                 "\nNon-trainable params: " + withThousands(t.nonTrainable)));
}

json transferJson(const TransferExperimentSpec& s, const std::vector<std::string>& classes,
                  const Network& network) {
    const ImageFolders folders = imageFolders(s);
    json frozen = json::array();
    for (const auto& layer : network.layers())
        if (!layer.trainable) frozen.push_back(layer.name);
    const FitConfig& fit = s.fit;
    return experimentJson(Task::Transfer, s,
                          {{"train", folders.train.string()},
                           {"validation", folders.validation.string()},
                           {"classes", classes}},
                          {{"backbone", enumName(kBackbones, s.model.backbone)},
                           {"alpha", s.model.alpha},
                           {"input_size", s.model.inputSize},
                           {"head", enumName(kHeads, s.model.head)},
                           {"preprocessing", enumName(kPreprocessings, s.model.preprocessing)},
                           {"weights", network.weightsSource()},
                           {"frozen_layers", frozen}},
                          {{"epochs", fit.epochs},
                           {"steps_per_epoch", fit.stepsPerEpoch},
                           {"validation_steps", fit.validationSteps},
                           {"batch_size", fit.batchSize},
                           {"optimizer", enumName(kOptimizers, fit.optimizer)},
                           {"learning_rate", fit.learningRate},
                           {"seed", fit.seed},
                           {"cache", fit.cacheFrozenFeatures},
                           {"augmented_copies", fit.augmentedCopies},
                           {"augment", s.augment ? kerasCode(*s.augment) : "none"},
                           {"interpolation", interpolationName(s.interpolation)}});
}

// How images reach the network; augmentation only when it changes anything.
ImageInputConfig imageInput(const TransferExperimentSpec& s) {
    ImageInputConfig input;
    input.size = s.model.inputSize;
    input.interpolation = s.interpolation;
    if (s.augment && s.augment->randomTransformActive()) input.augment = s.augment;
    return input;
}

// The network and trainer of a transfer run; `weightsFrom` replaces pretrained weights by a
// run's model (fine-tuning).
std::unique_ptr<Experiment::Impl> buildTransfer(const TransferExperimentSpec& s, const Say& say,
                                                const StopFlag& stop,
                                                const fs::path& weightsFrom = {}) {
    const ImageFolders folders = imageFolders(s);
    const DatasetSummary train = scanChecked(folders.train, {}, say);
    std::optional<DatasetSummary> validation;
    if (!folders.validation.empty())
        validation = scanChecked(folders.validation, train.classes, say);
    throwIfStopped(stop);

    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = Task::Transfer;
    impl->epochs = s.fit.epochs;
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
    applyFreezing(*impl->network, s);
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
    fit.featureStore = s.featureStoreDir();
    impl->trainer.emplace(*impl->network, ImageSet(train, input), std::move(validationSet), fit);
    if (impl->trainer->usesFeatureCache())
        say(Message(MessageId::FrozenPrefixCached));
    return impl;
}

// --- IMDB ---------------------------------------------------------------------------------

// load_data, pad_sequences and fit's validation_split: what the RNN trains and is tested on.
struct ImdbSets {
    SequenceSet train, validation;
    std::shared_ptr<const SequenceSet> test;
};

ImdbSets loadImdbSets(const ImdbExperimentSpec& s, const Say& say) {
    ImdbSourceData source = readImdbSource(s.data);
    for (const auto& problem : source.problems)
        say(Message(MessageId::SkippedReview, {displayPath(problem.path)}, problem.problem));
    const ImdbData loaded = processImdb(std::move(source.raw), s.loadOptions());
    auto pad = [&](const ImdbSplit& split) {
        return SequenceSet{padSequences(split.x, s.model.maxlen, s.padding, s.truncating), split.y};
    };
    auto [train, validation] = splitValidation(pad(loaded.train), s.validationSplit);
    ImdbSets sets{std::move(train), std::move(validation),
                  std::make_shared<SequenceSet>(pad(loaded.test))};
    say(Message(MessageId::ImdbSetSizes,
                {std::to_string(sets.train.size()), std::to_string(sets.validation.size()),
                 std::to_string(sets.test->size()), std::to_string(s.model.maxlen)}));
    return sets;
}

// After training: the test accuracy the lesson prints (model.evaluate on x_test).
std::function<void(const Say&)> testAccuracyStep(Experiment::Impl* self,
                                                 std::shared_ptr<const SequenceSet> test) {
    return [self, test](const Say& say) {
        const std::vector<float> probabilities = self->network->predictSequences(test->x);
        std::size_t correct = 0;
        for (std::size_t i = 0; i < test->size(); ++i)
            correct += (probabilities[i] > 0.5f) == (test->y[i] == 1);
        const Message line(MessageId::TestAccuracy,
                           {std::to_string(static_cast<double>(correct) /
                                           static_cast<double>(test->size()))});
        say(line);
        self->run->log(englishText(line));
    };
}

std::unique_ptr<Experiment::Impl> buildImdb(const ImdbExperimentSpec& s, const Say& say,
                                            const StopFlag& stop) {
    ImdbSets sets = loadImdbSets(s, say);
    throwIfStopped(stop);
    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = Task::Imdb;
    impl->epochs = s.fit.epochs;
    impl->classes = {"negative", "positive"};
    impl->network = std::make_unique<Network>(buildSequenceLayers(s.model),
                                              sequenceInputShape(s.model), s.fit.seed);
    say(verbatim(impl->network->summary()));
    for (std::size_t i = 0; i < sets.validation.size(); ++i)
        impl->validationItems.push_back("x_train[" + std::to_string(sets.train.size() + i) + "]");
    // validation_split=0 (Keras accepts it): no validation at all.
    std::optional<SequenceSet> validation;
    if (sets.validation.size() > 0) validation = std::move(sets.validation);
    impl->trainer.emplace(*impl->network, std::move(sets.train), std::move(validation), s.fit);
    impl->afterTraining = testAccuracyStep(impl.get(), sets.test);
    return impl;
}

json imdbJson(const ImdbExperimentSpec& s) {
    const SequenceModelSpec& m = s.model;
    return experimentJson(Task::Imdb, s,
                          {{"path", s.data.string()},
                           {"num_words", m.numWords},
                           {"skip_top", s.skipTop},
                           {"maxlen", m.maxlen},
                           {"classes", {"negative", "positive"}}},
                          {{"cell", enumName(kRecurrentCells, m.cell)},
                           {"units", m.units},
                           {"input", m.oneHot ? "one-hot" : "embedding"},
                           {"embedding_dim", m.embeddingDim},
                           {"layers", m.recurrentLayers},
                           {"bidirectional", m.bidirectional}},
                          {{"epochs", s.fit.epochs},
                           {"batch_size", s.fit.batchSize},
                           {"optimizer", enumName(kOptimizers, s.fit.optimizer)},
                           {"learning_rate", s.fit.learningRate},
                           {"validation_split", s.validationSplit},
                           {"seed", s.fit.seed}});
}

// --- either -------------------------------------------------------------------------------

// The network and trainer of `spec`, without a run folder.
std::unique_ptr<Experiment::Impl> build(const ExperimentSpec& spec, const Say& say,
                                        const StopFlag& stop, const fs::path& weightsFrom = {}) {
    if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&spec))
        return buildImdb(*imdb, say, stop);
    return buildTransfer(std::get<TransferExperimentSpec>(spec), say, stop, weightsFrom);
}

json runJson(const ExperimentSpec& spec, const Experiment::Impl& impl) {
    if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&spec)) return imdbJson(*imdb);
    return transferJson(std::get<TransferExperimentSpec>(spec), impl.classes, *impl.network);
}

fs::path runDirOf(const ExperimentSpec& spec) {
    return std::visit([](const auto& s) { return s.runDir; }, spec);
}

// experiment.json, with any problem in it (broken JSON, a missing field, an option out of
// range) told as one sentence that names the file.
template <typename Read>
auto fromExperimentJson(const RunDirectory& run, Read&& read) {
    const std::string file = displayPath(run.path() / "experiment.json");
    try {
        return read(json::parse(run.experimentJson()));
    } catch (const json::exception& error) {
        throw FileError(MessageId::RunSettingsDamaged, {file, withoutJsonTag(error.what())});
    } catch (const UsageError& error) {
        throw FileError(MessageId::RunSettingsInvalid, {file}, error.message());
    }
}

json readExperimentJson(const RunDirectory& run) {
    return fromExperimentJson(run, [](json j) { return j; });
}

}  // namespace

namespace {

// Earlier builds kept paths as typed. Their --run-dir was typed relative to the same folder as
// the others, so where the run has not moved, its folder's path ends with it and says which
// folder that was: /home/t/lesson/runs/a typed as runs/a was made in /home/t/lesson.
std::optional<fs::path> workingFolderOf(const ExperimentSpec& spec, const fs::path& runPath) {
    const fs::path typed = std::visit([](const auto& s) { return s.runDir; }, spec);
    if (typed.empty() || typed.is_absolute()) return std::nullopt;
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(runPath), error);
    const fs::path normal = typed.lexically_normal();
    std::vector<fs::path> parts(normal.begin(), normal.end());
    if (!parts.empty() && parts.back().empty()) parts.pop_back();  // a trailing slash
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
        if (folder.filename() != *part) return std::nullopt;
        folder = folder.parent_path();
    }
    return folder;
}

}  // namespace

ExperimentSpec readRunSpec(const RunDirectory& run) {
    const ExperimentSpec spec = fromExperimentJson(run, [](const json& j) {
        return parseExperimentSpec(j.at("args").get<std::vector<std::string>>());
    });
    if (!firstRelativePath(spec)) return spec;
    const auto folder = workingFolderOf(spec, run.path());
    if (!folder) return spec;  // left relative: requireAbsolutePaths refuses to train on it
    return withAbsolutePaths(spec, *folder);
}

void requireAbsolutePaths(const ExperimentSpec& spec, const RunDirectory& run) {
    // A relative path would mean another folder from wherever LayerLab now runs: other data,
    // silently.
    if (const auto relative = firstRelativePath(spec))
        throw FileError(MessageId::RunSettingsRelative,
                        {displayPath(run.path() / "experiment.json"), relative->string()});
}

std::vector<std::string> readRunClasses(const RunDirectory& run) {
    return fromExperimentJson(run, [](const json& j) {
        return j.at("data").at("classes").get<std::vector<std::string>>();
    });
}

ExperimentSpec readRunSpec(const fs::path& runDir) {
    return readRunSpec(RunDirectory::open(runDir));
}

Experiment::Experiment(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Experiment::~Experiment() = default;

std::unique_ptr<Experiment> Experiment::create(const ExperimentSpec& spec, const Say& say,
                                               const StopFlag& stop, ExistingRun existing) {
    validate(spec);
    if (runDirOf(spec).empty()) throw UsageError(MessageId::TrainNeedsRunDir);
    const ExperimentSpec absolute = withAbsolutePaths(spec);
    Transcript transcript(say);
    auto impl = build(absolute, transcript.recorder(), stop);
    throwIfStopped(stop);
    impl->run.emplace(
        RunDirectory::create(runDirOf(absolute), runJson(absolute, *impl).dump(2), existing));
    impl->createdHere = true;
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

namespace {

// The epoch a run resumes after, once its checkpoint and history agree with each other and
// with the experiment; a mismatch names the file that is wrong.
int checkedResumeEpoch(const RunDirectory& run, int started, int epochs) {
    const auto checkpoint = run.checkpointEpoch();
    const auto history = run.history();
    const std::string where = displayPath(run.path());
    if (!checkpoint) {
        // One epoch past the start without a checkpoint: killed between writing its history
        // row and its checkpoint. That epoch is trained again.
        if (!history.empty() && history.back().epoch > started + 1)
            throw FileError(MessageId::ResumeNoCheckpoint,
                            {where, std::to_string(history.back().epoch)});
        return started;
    }
    if (*checkpoint < started || *checkpoint > epochs)
        throw FileError(MessageId::ResumeCheckpointOutside,
                        {where, std::to_string(*checkpoint), std::to_string(started + 1),
                         std::to_string(epochs)});
    const auto done = std::count_if(history.begin(), history.end(),
                                    [&](const EpochMetrics& m) { return m.epoch <= *checkpoint; });
    if (done < *checkpoint)
        throw FileError(MessageId::ResumeHistoryShort,
                        {where, std::to_string(done), std::to_string(*checkpoint)});
    return *checkpoint;
}

}  // namespace

std::unique_ptr<Experiment> Experiment::resume(const fs::path& runDir, const Say& say,
                                               const StopFlag& stop) {
    RunDirectory run = RunDirectory::openForWriting(runDir);
    const json experiment = readExperimentJson(run);
    // A fine-tuning run starts from its source's model, not from pretrained weights.
    const fs::path source = experiment.value("fine_tune_from", "");
    Transcript transcript(say);
    const Say record = transcript.recorder();
    const ExperimentSpec spec = readRunSpec(run);
    requireAbsolutePaths(spec, run);
    auto impl = build(spec, record, stop, source.empty() ? source : source / "model.pt");
    impl->firstMarker = source.empty() ? "" : "fine-tune";
    impl->run.emplace(std::move(run));
    const int started = experiment.value("fine_tune_after_epoch", 0);
    impl->initialEpoch = checkedResumeEpoch(*impl->run, started, impl->epochs);
    if (impl->initialEpoch > started) impl->firstMarker.clear();
    if (impl->run->checkpointEpoch()) {
        const std::string folder = displayPath(runDir / "checkpoint");
        impl->trainer->loadModelState(impl->run->checkpointModel(),
                                      Message(MessageId::ModelInCheckpoint, {folder}));
        impl->trainer->loadOptimizerState(impl->run->checkpointOptimizer(),
                                          Message(MessageId::OptimizerInCheckpoint, {folder}));
    }
    // Only now, with the checkpoint loaded, are epochs after it dropped from the history.
    impl->run->truncateHistory(impl->initialEpoch);
    record(Message(MessageId::Resuming,
                   {displayPath(runDir), std::to_string(impl->initialEpoch)}));
    if (impl->initialEpoch >= impl->epochs)
        record(Message(MessageId::RunAlreadyFinished, {std::to_string(impl->epochs)}));
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

namespace {

// What a fine-tune unfreezes: the request's layers, where the lesson's default (VGG16's
// block5_conv) stands for "the base's last frozen block" on other backbones, as the GUI's
// fine-tune dialog ticks it.
std::vector<std::string> blocksToUnfreeze(const FineTuneRequest& request,
                                          const TransferExperimentSpec& source) {
    if (request.unfreeze != FineTuneRequest{}.unfreeze || source.model.backbone == Backbone::Vgg16)
        return request.unfreeze;
    Network network(source.model);
    applyFreezing(network, source);
    std::string last;
    for (const std::string& block : backboneBlocks(network.layers()))
        for (const LayerSpec& l : network.layers())
            if (l.block == block && !l.trainable) last = block;
    if (last.empty()) throw UsageError(MessageId::FineTuneNothingFrozen);
    return {last};
}

}  // namespace

std::unique_ptr<Experiment> Experiment::fineTune(const FineTuneRequest& request, const Say& say,
                                                 const StopFlag& stop) {
    if (request.epochs < 1) throw UsageError(MessageId::FineTuneNeedsEpochs);
    if (request.runDir.empty()) throw UsageError(MessageId::FineTuneNeedsRunDir);
    const auto inside = [](const fs::path& folder, const fs::path& outer) {
        std::error_code error;
        for (fs::path p = fs::weakly_canonical(folder, error); !p.empty() && p != p.parent_path();
             p = p.parent_path())
            if (fs::equivalent(p, outer, error)) return true;
        return false;
    };
    if (inside(request.runDir, request.from))
        throw UsageError(MessageId::FineTuneIntoSource);
    RunDirectory source = RunDirectory::open(request.from);
    std::error_code error;
    if (!fs::exists(request.from / "model.pt", error))  // killed, or stopped before an epoch
        throw FileError(MessageId::FineTuneNoFinalModel, {displayPath(request.from)});
    const ExperimentSpec stored = readRunSpec(source);
    requireAbsolutePaths(stored, source);
    const auto* sourceSpec = std::get_if<TransferExperimentSpec>(&stored);
    if (!sourceSpec) throw UsageError(MessageId::FineTuneNotTransfer);
    const auto history = source.history();
    const int done = history.empty() ? 0 : history.back().epoch;
    // The same experiment with the new freeze state, learning rate and epoch count, so that
    // resuming the fine-tune rebuilds the same model.
    TransferExperimentSpec spec = *sourceSpec;
    spec.fit.learningRate = request.learningRate;
    spec.fit.epochs = done + request.epochs;
    spec.runDir = fs::absolute(request.runDir).lexically_normal();
    spec.weights = {WeightsSource::Kind::None, {}};
    const std::vector<std::string> unfreeze = blocksToUnfreeze(request, *sourceSpec);
    spec.unfreeze.insert(spec.unfreeze.end(), unfreeze.begin(), unfreeze.end());
    Transcript transcript(say);
    const Say record = transcript.recorder();
    auto impl = buildTransfer(spec, record, stop, request.from / "model.pt");
    throwIfStopped(stop);
    json experiment = transferJson(spec, impl->classes, *impl->network);
    experiment["fine_tune_from"] = fs::absolute(request.from).string();
    experiment["fine_tune_after_epoch"] = done;
    impl->run.emplace(RunDirectory::create(request.runDir, experiment.dump(2), request.existing));
    impl->createdHere = true;
    for (const auto& row : history) impl->run->appendHistory(row);
    impl->initialEpoch = done;
    impl->firstMarker = "fine-tune";
    record(Message(MessageId::FineTuning, {displayPath(source.path()), std::to_string(done)}));
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

std::vector<LrPoint> findLearningRate(const ExperimentSpec& spec, const LrSweepConfig& sweep,
                                      const Say& say, const LrSweepProgress& progress,
                                      const StopFlag& stop) {
    validate(spec);
    auto impl = build(spec, say, stop);
    throwIfStopped(stop);
    return impl->trainer->sweepLearningRate(sweep, progress);
}

FeaturePreparation prepareFeatures(const ExperimentSpec& spec, const Say& say,
                                   const PreparationProgress& progress, const StopFlag& stop) {
    validate(spec);
    if (!std::holds_alternative<TransferExperimentSpec>(spec))
        throw UsageError(MessageId::PrepareNotTransfer);
    auto impl = build(spec, say, stop);
    throwIfStopped(stop);
    return impl->trainer->prepareFeatures(progress);
}

Task Experiment::task() const {
    return impl_->task;
}
RunDirectory& Experiment::run() {
    return *impl_->run;
}
Network& Experiment::network() {
    return *impl_->network;
}
int Experiment::initialEpoch() const {
    return impl_->initialEpoch;
}
int Experiment::epochs() const {
    return impl_->epochs;
}

void Experiment::train(const FitCallbacks& callbacks, TrainingControl& control) {
    Impl& d = *impl_;
    RunDirectory& run = *d.run;
    FitCallbacks wrapped = callbacks;
    wrapped.log = [&](const Message& message) {
        if (callbacks.log) callbacks.log(message);
        run.log(englishText(message));
    };
    std::string marker = d.firstMarker;
    double bestValLoss = INFINITY;
    for (const auto& row : run.history()) bestValLoss = std::min(bestValLoss, row.valLoss);
    CheckpointWriter writer(run);
    wrapped.onEpoch = [&](const EpochMetrics& m) {
        const bool best = m.valLoss < bestValLoss;  // ModelCheckpoint(save_best_only), val_loss
        if (best) bestValLoss = m.valLoss;
        EpochMetrics row = m;
        row.marker = marker;
        marker.clear();
        writer.wait();
        run.appendHistory(row);
        writer.start(m.epoch, best, d.trainer->snapshotModelState(),
                     d.trainer->snapshotOptimizerState());
        return callbacks.onEpoch ? callbacks.onEpoch(row) : true;
    };
    try {
        d.trainer->fit(wrapped, control, d.initialEpoch);
        writer.wait();
    } catch (...) {
        try {
            writer.wait();
        } catch (...) {  // the failure being handled is the one to report
        }
        // A new run that failed before its first epoch ended is no run: nothing is left of it.
        if (d.createdHere && !run.checkpointEpoch()) run.discard();
        throw;
    }
    // Stopped before its first epoch ended: the run stays, resumable from its first epoch, but
    // there is no trained model to write yet.
    if (!run.checkpointEpoch()) return;
    run.writeFinalModel(saveNetworkWeights(*d.network));
    std::vector<RunDirectory::Prediction> predictions;
    for (const auto& p : d.trainer->lastValidationPredictions())
        predictions.push_back({d.validationItems.at(p.index), static_cast<int>(p.label),
                               static_cast<int>(p.predicted), p.probability});
    if (!predictions.empty()) run.writePredictions(predictions);
    if (d.afterTraining && !control.stop.load())
        d.afterTraining(callbacks.log ? callbacks.log : Say([](const Message&) {}));
}

}  // namespace layerlab
