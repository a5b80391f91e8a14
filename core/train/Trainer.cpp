#include "train/Trainer.h"

#include <cstdio>
#include <limits>
#include <thread>

#include "io/FileIO.h"
#include "model/TorchGraph.h"
#include "train/EarlyStopping.h"
#include "train/TorchRuntime.h"
#include "train/TrainerImpl.h"

// The training loop: epochs of training batches, validation, early stopping; and the
// learning-rate sweep, which trains the same way on a copy of the weights.
namespace layerlab {

using trainer_detail::Clock;
using trainer_detail::makeOptimizer;
using trainer_detail::mixSeed;
using trainer_detail::Samples;
using trainer_detail::Schedule;
using trainer_detail::secondsSince;

namespace {

std::string format(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

void waitWhilePaused(TrainingControl& control, const FitCallbacks& callbacks) {
    if (!control.pause.load() || control.stop.cancelled()) return;
    if (callbacks.onPause) callbacks.onPause();  // a paused run may never be resumed
    while (control.pause.load() && !control.stop.cancelled())
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

}  // namespace

Trainer::Impl::Impl(Network& n, Samples t, std::optional<Samples> v, FitConfig c)
    : network(n), graph(n.torchGraph()), train(std::move(t)), validation(std::move(v)), config(c) {
    graph.useChannelsLast(config.channelsLast);
    network.releaseTrainableFromOrigin();  // from here on, training changes them
    optimizer = makeOptimizer(config.optimizer, config.learningRate, graph.trainableParameters());
    cut = config.cacheFrozenFeatures ? graph.lastFrozenCutPoint() : -1;
    // The cache holds frozen image features; a sequence model starts with a trainable layer.
    if (!train.images()) cut = -1;
    randomAugment = train.augmented() && train.images()->input().augment->randomTransformActive();
    cacheTrain = cut >= 0 && (!randomAugment || config.augmentedCopies > 0);
    cacheValidation = cut >= 0 && validation && validation->images();
    if (!config.featureStore.dir.empty()) {
        const FrozenPrefix prefix{graph, static_cast<std::size_t>(cut), network.spec()};
        auto storeFor = [&](const ImageSet& set) {
            return std::make_unique<PrefixFeatureStore>(config.featureStore, prefix, set.input());
        };
        try {
            if (cacheTrain) trainStore = storeFor(*train.images());
            if (cacheValidation) validationStore = storeFor(*validation->images());
        } catch (const FileError& refused) {  // a cache that cannot be had never stops training
            trainStore.reset();
            storeRefused = refused.message();
        }
    }
}

torch::Tensor Trainer::Impl::labels(const Samples& set, const std::vector<int>& batch) const {
    std::vector<std::int64_t> values;
    for (int index : batch) values.push_back(set.label(static_cast<std::size_t>(index)));
    return torch::tensor(values, torch::kLong);
}

std::pair<torch::Tensor, double> Trainer::Impl::lossAndCorrect(const torch::Tensor& logits,
                                                               const torch::Tensor& y) const {
    if (binary()) {
        const torch::Tensor z = logits.squeeze(1);
        const torch::Tensor loss = torch::binary_cross_entropy_with_logits(z, y.to(torch::kFloat));
        return {loss, (z > 0).eq(y.to(torch::kBool)).sum().item<double>()};
    }
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
    return {loss, logits.argmax(1).eq(y).sum().item<double>()};
}

void Trainer::Impl::recordPredictions(const torch::Tensor& logits, const std::vector<int>& indices,
                                      std::map<std::size_t, SamplePrediction>& into) const {
    const torch::Tensor probabilities =
        binary() ? torch::sigmoid(logits.squeeze(1)) : torch::softmax(logits, 1);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        SamplePrediction p;
        p.index = static_cast<std::size_t>(indices[i]);
        p.label = validation->label(p.index);
        if (binary()) {
            const float one = probabilities[static_cast<std::int64_t>(i)].item<float>();
            p.predicted = one > 0.5f ? 1 : 0;
            p.probability = p.predicted ? one : 1.0f - one;
        } else {
            const torch::Tensor row = probabilities[static_cast<std::int64_t>(i)];
            p.predicted = row.argmax().item<std::int64_t>();
            p.probability = row[p.predicted].item<float>();
        }
        into[p.index] = p;
    }
}

std::pair<double, double> Trainer::Impl::optimizeOn(torch::optim::Optimizer& stepper,
                                                    const std::vector<int>& batch,
                                                    std::optional<int> variant,
                                                    PrefetchedImages* prefetched) {
    auto [x, begin] =
        inputs(train, cacheTrain, trainCache, trainStore.get(), batch, variant, prefetched);
    const torch::Tensor logits = graph.forwardRange(x, begin, graph.layers().size(), true);
    auto [loss, correct] = lossAndCorrect(logits, labels(train, batch));
    stepper.zero_grad();
    loss.backward();
    stepper.step();
    ++weightsVersion;
    return {loss.item<double>(), correct};
}

void Trainer::Impl::useThreads() const {
    useComputeThreads(config.threads);
}

std::optional<EpochMetrics> Trainer::Impl::trainEpoch(Schedule& schedule, int epoch,
                                                      Clock::time_point start,
                                                      const FitCallbacks& callbacks,
                                                      TrainingControl& control) {
    schedule.train.startEpoch(epoch);
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.fromCache =
        cacheTrain && !trainCache.empty() && (!randomAugment || epoch > config.augmentedCopies);
    const std::optional<int> variant = trainVariant(epoch);
    const int steps = schedule.steps;
    Running running;
    std::vector<int> batch = schedule.train.next();
    PrefetchedImages next = prefetch(batch, variant);
    int step = 1;
    for (; step <= steps; ++step) {
        waitWhilePaused(control, callbacks);
        if (control.stop.cancelled()) break;
        PrefetchedImages current = next;
        const std::vector<int> indices = batch;
        if (step < steps) {
            batch = schedule.train.next();
            next = prefetch(batch, variant);
        }
        const auto [loss, correct] = optimizeOn(*optimizer, indices, variant, &current);
        running.add(loss, correct, static_cast<double>(indices.size()));
        if (callbacks.onBatch)
            callbacks.onBatch(
                {epoch, step, steps, running.meanLoss(), running.accuracy(), secondsSince(start)});
    }
    if (next.valid()) next.wait();           // never leave a producer running
    if (step <= steps) return std::nullopt;  // stopped mid-epoch: the epoch does not count
    metrics.loss = running.meanLoss();
    metrics.accuracy = running.accuracy();
    return metrics;
}

bool Trainer::Impl::validate(Schedule& schedule, int epoch, const FitCallbacks& callbacks,
                             TrainingControl& control, EpochMetrics& metrics) {
    Running val;
    std::map<std::size_t, SamplePrediction> predictions;
    schedule.validation->startEpoch(epoch);
    torch::NoGradGuard noGrad;
    for (int v = 0; v < schedule.validationSteps; ++v) {
        waitWhilePaused(control, callbacks);
        if (control.stop.cancelled()) return false;
        const std::vector<int> indices = schedule.validation->next();
        auto [x, begin] = inputs(*validation, cacheValidation, validationCache,
                                 validationStore.get(), indices, std::nullopt, nullptr);
        const torch::Tensor logits = graph.forwardRange(x, begin, graph.layers().size(), false);
        auto [loss, correct] = lossAndCorrect(logits, labels(*validation, indices));
        recordPredictions(logits, indices, predictions);
        val.add(loss.item<double>(), correct, static_cast<double>(indices.size()));
    }
    metrics.valLoss = val.meanLoss();
    metrics.valAccuracy = val.accuracy();
    validationPredictions = std::move(predictions);
    return true;
}

namespace {

template <typename Set>
std::optional<Samples> samplesOf(std::optional<Set> set) {
    if (!set) return std::nullopt;
    return Samples(std::move(*set));
}

}  // namespace

Trainer::Trainer(Network& network, ImageSet train, std::optional<ImageSet> validation,
                 FitConfig config)
    : impl_(std::make_unique<Impl>(network, Samples(std::move(train)),
                                   samplesOf(std::move(validation)), config)) {}

Trainer::Trainer(Network& network, SequenceSet train, std::optional<SequenceSet> validation,
                 FitConfig config)
    : impl_(std::make_unique<Impl>(network, Samples(std::move(train)),
                                   samplesOf(std::move(validation)), config)) {}

Trainer::~Trainer() = default;
Trainer::Trainer(Trainer&&) noexcept = default;

bool Trainer::usesFeatureCache() const {
    return impl_->cacheTrain;
}
std::size_t Trainer::cachedInputs() const {
    return impl_->trainCache.size() + impl_->validationCache.size();
}

std::string kerasEpochLine(const EpochMetrics& metrics, int steps, bool validated) {
    std::string line = std::to_string(steps) + "/" + std::to_string(steps) + " - " +
                       format("%.0fs", metrics.seconds) +
                       " - loss: " + format("%.4f", metrics.loss) +
                       " - acc: " + format("%.4f", metrics.accuracy);
    if (validated)
        line += " - val_loss: " + format("%.4f", metrics.valLoss) +
                " - val_acc: " + format("%.4f", metrics.valAccuracy);
    return line + (metrics.fromCache ? "  (cached features)" : "");
}

std::vector<EpochMetrics> Trainer::fit(const FitCallbacks& callbacks, TrainingControl& control,
                                       int initialEpoch) {
    Impl& d = *impl_;
    const FitConfig& c = d.config;
    d.useThreads();
    auto say = [&](const Message& message) {
        if (callbacks.log) callbacks.log(message);
    };
    auto log = [&](const std::string& kerasLine) { say(verbatim(kerasLine)); };
    Schedule schedule = d.schedule();
    if (d.validation)
        say(schedule.validationLine(d.validation->size(), static_cast<std::size_t>(c.batchSize),
                                    d.validation->images() != nullptr));
    if (d.storeRefused) say(Message(MessageId::StoreUnusedFromNowOn, {}, *d.storeRefused));
    if (const std::size_t stored = d.preloadStored())
        say(Message(MessageId::StoreRead,
                    {std::to_string(stored), displayPath(c.featureStore.dir)}));
    EarlyStopping earlyStopping(c.earlyStoppingPatience, c.restoreBestWeights);
    auto bestWeights = [&] { return saveNetworkWeights(d.network); };
    std::vector<EpochMetrics> history;
    for (int epoch = initialEpoch + 1; epoch <= c.epochs && !control.stop.cancelled(); ++epoch) {
        const auto start = Clock::now();
        log("Epoch " + std::to_string(epoch) + "/" + std::to_string(c.epochs));
        torch::manual_seed(
            mixSeed(c.seed, static_cast<std::uint32_t>(epoch)));  // dropout, resumable
        std::optional<EpochMetrics> metrics =
            d.trainEpoch(schedule, epoch, start, callbacks, control);
        if (!metrics) break;  // stopped mid-epoch: the epoch does not count
        if (d.validation) {
            if (!d.validate(schedule, epoch, callbacks, control, *metrics))
                break;  // nor mid-validation
        } else {  // Keras's history has no val_ keys then: nothing to plot or compare
            metrics->valLoss = metrics->valAccuracy = std::numeric_limits<double>::quiet_NaN();
        }
        metrics->seconds = secondsSince(start);
        log(kerasEpochLine(*metrics, schedule.steps, d.validation.has_value()));
        history.push_back(*metrics);
        if (callbacks.onEpoch) callbacks.onEpoch(*metrics);
        if (d.validation && earlyStopping.stopAfter(metrics->valLoss, bestWeights)) {
            say(Message(MessageId::EarlyStopped,
                        {std::to_string(earlyStopping.epochsWithoutImprovement())}));
            if (!earlyStopping.bestWeights().empty()) {
                loadNetworkWeights(d.network, earlyStopping.bestWeights(),
                                   Message(MessageId::BestEpochWeights));
                ++d.weightsVersion;
            }
            break;
        }
    }
    d.trimStores(say);
    return history;
}

std::vector<LrPoint> Trainer::sweepLearningRate(const LrSweepConfig& sweep,
                                                const LrSweepProgress& progress,
                                                const CancelToken& cancel) {
    Impl& d = *impl_;
    d.useThreads();
    const std::string weights = saveNetworkWeights(d.network);
    // Whatever way the sweep ends, the model goes back to what it was.
    struct Restore {
        Network& network;
        const std::string& weights;
        std::uint64_t& version;
        ~Restore() {
            loadNetworkWeights(network, weights, Message(MessageId::WeightsBeforeSweep));
            ++version;
        }
    } restore{d.network, weights, d.weightsVersion};
    const auto optimizer =
        makeOptimizer(d.config.optimizer, sweep.startLr, d.graph.trainableParameters());
    torch::manual_seed(d.config.seed);
    Schedule schedule = d.schedule();
    schedule.train.startEpoch(1);
    LossSmoother smoother(sweep.smoothing);
    std::vector<LrPoint> points;
    for (int step = 0; step < sweep.steps && !cancel.cancelled(); ++step) {
        LrPoint point;
        point.learningRate = layerlab::sweepLearningRate(sweep, step);
        for (auto& group : optimizer->param_groups()) group.options().set_lr(point.learningRate);
        point.loss =
            d.optimizeOn(*optimizer, schedule.train.next(), d.trainVariant(1), nullptr).first;
        point.smoothedLoss = smoother.add(point.loss);
        points.push_back(point);
        if (progress) progress(point, step + 1, sweep.steps);
        if (smoother.diverged(sweep.divergence)) break;
    }
    return points;
}

std::vector<SamplePrediction> Trainer::lastValidationPredictions() const {
    std::vector<SamplePrediction> out;
    for (const auto& entry : impl_->validationPredictions) out.push_back(entry.second);
    return out;
}

}  // namespace layerlab
