#include "train/Trainer.h"

#include <chrono>
#include <cstdio>
#include <future>
#include <limits>
#include <map>
#include <thread>
#include <unordered_map>

#include "io/FileIO.h"
#include "model/InputTensor.h"
#include "model/TorchGraph.h"
#include "train/ArchiveBytes.h"
#include "train/BatchOrder.h"
#include "train/EarlyStopping.h"
#include "train/FusedAdam.h"
#include "train/PrefixFeatureStore.h"
#include "train/TorchRuntime.h"

namespace layerlab {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::uint32_t mixSeed(std::uint32_t a, std::uint32_t b) {
    std::uint64_t x = (static_cast<std::uint64_t>(a) << 32) ^ b;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::uint32_t>(x);
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(OptimizerKind kind, double lr,
                                                       std::vector<torch::Tensor> parameters) {
    if (parameters.empty()) throw std::invalid_argument("nothing to train: every layer is frozen");
    switch (kind) {
        case OptimizerKind::RMSprop:  // Keras: rho 0.9, epsilon 1e-7, outside the sqrt
            return std::make_unique<torch::optim::RMSprop>(
                parameters, torch::optim::RMSpropOptions(lr).alpha(0.9).eps(1e-7));
        case OptimizerKind::SGD:
            return std::make_unique<torch::optim::SGD>(parameters, torch::optim::SGDOptions(lr));
        case OptimizerKind::Adam:
            break;
    }
    return std::make_unique<FusedAdam>(parameters,
                                       torch::optim::AdamOptions(lr).betas({0.9, 0.999}).eps(1e-7));
}

std::string format(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

struct Running {
    double loss = 0, correct = 0, samples = 0;
    void add(double batchLoss, double batchCorrect, double n) {
        loss += batchLoss * n;
        correct += batchCorrect;
        samples += n;
    }
    double meanLoss() const { return samples ? loss / samples : 0; }
    double accuracy() const { return samples ? correct / samples : 0; }
};

// Training or validation samples: image files (decoded, perhaps augmented) or padded reviews.
class Samples {
  public:
    explicit Samples(ImageSet images) : images_(std::move(images)) {}
    explicit Samples(SequenceSet sequences) : sequences_(std::move(sequences)) {}

    std::size_t size() const { return images_ ? images_->size() : sequences_->size(); }
    std::int64_t label(std::size_t i) const {
        return images_ ? images_->label(i) : sequences_->y.at(i);
    }
    const ImageSet* images() const { return images_ ? &*images_ : nullptr; }
    bool augmented() const { return images_ && images_->input().augment; }
    // N × maxlen word indices.
    torch::Tensor sequences(const std::vector<int>& batch) const {
        const auto columns = static_cast<std::int64_t>(sequences_->x.columns);
        torch::Tensor out =
            torch::empty({static_cast<std::int64_t>(batch.size()), columns}, torch::kLong);
        auto* data = out.data_ptr<std::int64_t>();
        for (std::size_t r = 0; r < batch.size(); ++r)
            for (std::int64_t c = 0; c < columns; ++c)
                data[static_cast<std::int64_t>(r) * columns + c] = sequences_->x.at(
                    static_cast<std::size_t>(batch[r]), static_cast<std::size_t>(c));
        return out;
    }

  private:
    std::optional<ImageSet> images_;
    std::optional<SequenceSet> sequences_;
};

// The batches one fit() call draws: steps_per_epoch batches from the shuffled, cycling training
// order and validation_steps batches from the validation order. Image validation is shuffled
// too, as flow_from_directory(shuffle=True) is for the lesson's validation generator: with
// validation_steps × batch_size below the set's size, each epoch validates on a new random
// sample of every class, not on the first files of the first class. Its own seed keeps it
// apart from the training order; reseeding per epoch keeps resumed runs identical. Arrays
// (fit's validation_split) are taken in order, as Keras does.
struct Schedule {
    BatchOrder train;
    int steps;
    std::optional<BatchOrder> validation;
    int validationSteps = 0;

    Schedule(const FitConfig& c, std::size_t trainSize, std::optional<std::size_t> validationSize,
             bool shuffleValidation)
        : train(trainSize, static_cast<std::size_t>(c.batchSize), true, c.seed),
          steps(c.stepsPerEpoch > 0 ? c.stepsPerEpoch : static_cast<int>(train.batchesPerPass())) {
        if (!validationSize) return;
        validation.emplace(*validationSize, static_cast<std::size_t>(c.batchSize),
                           shuffleValidation, c.seed ^ 0x5eed5eedu);
        validationSteps = c.validationSteps > 0 ? c.validationSteps
                                                : static_cast<int>(validation->batchesPerPass());
    }

    // "Validation: 8 of 12 images each epoch, a new random sample every epoch".
    Message validationLine(std::size_t size, std::size_t batchSize, bool images) const {
        const std::size_t seen =
            std::min(size, static_cast<std::size_t>(validationSteps) * batchSize);
        const MessageId id = !images      ? MessageId::ValidationSamples
                             : seen < size ? MessageId::ValidationImagesSampled
                                           : MessageId::ValidationImages;
        return Message(id, {std::to_string(seen), std::to_string(size)});
    }
};

void waitWhilePaused(TrainingControl& control) {
    while (control.pause.load() && !control.stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

using FeatureCache = std::unordered_map<std::int64_t, torch::Tensor>;
using PrefetchedImages = std::shared_future<std::vector<Image>>;

}  // namespace

struct Trainer::Impl {
    Network& network;
    TorchGraph& graph;
    Samples train;
    std::optional<Samples> validation;
    FitConfig config;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int cut = -1;                // last layer of the cached frozen prefix
    bool randomAugment = false;  // training images differ from epoch to epoch
    bool cacheTrain = false, cacheValidation = false;
    FeatureCache trainCache, validationCache;
    // The persistent store behind each cache (its keys include the set's augmentation).
    std::unique_ptr<PrefixFeatureStore> trainStore, validationStore;
    std::optional<Message> storeRefused;  // why the configured store is not used
    std::map<std::size_t, SamplePrediction> validationPredictions;

    Impl(Network& n, Samples t, std::optional<Samples> v, FitConfig c)
        : network(n),
          graph(n.torchGraph()),
          train(std::move(t)),
          validation(std::move(v)),
          config(c) {
        graph.useChannelsLast(config.channelsLast);
        network.releaseTrainableFromOrigin();  // from here on, training changes them
        optimizer =
            makeOptimizer(config.optimizer, config.learningRate, graph.trainableParameters());
        cut = config.cacheFrozenFeatures ? graph.lastFrozenCutPoint() : -1;
        // The cache holds frozen image features; a sequence model starts with a trainable layer.
        if (!train.images()) cut = -1;
        randomAugment =
            train.augmented() && train.images()->input().augment->randomTransformActive();
        cacheTrain = cut >= 0 && (!randomAugment || config.augmentedCopies > 0);
        cacheValidation = cut >= 0 && validation && validation->images();
        if (!config.featureStore.empty()) {
            auto storeFor = [&](const ImageSet& set) {
                return std::make_unique<PrefixFeatureStore>(
                    config.featureStore, config.featureStoreHalf, config.featureStoreCap, graph,
                    static_cast<std::size_t>(cut), network.spec(), set.input());
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

    bool binary() const { return graph.binaryOutput(); }

    Schedule schedule() const {
        return Schedule(config, train.size(),
                        validation ? std::optional<std::size_t>(validation->size()) : std::nullopt,
                        validation && validation->images());
    }

    // Which augmented copy of every training input an epoch uses: one of a bank of
    // augmentedCopies, or a fresh one each epoch; 0 when the inputs never change. The seeds
    // and the feature cache's keys both derive from it, so a cached copy is the one it names.
    int augmentVariant(int epoch) const {
        if (!randomAugment) return 0;
        return config.augmentedCopies > 0 ? epoch % config.augmentedCopies : epoch;
    }
    // The training inputs' variant; none when they are not augmented at all.
    std::optional<int> trainVariant(int epoch) const {
        return train.augmented() ? std::optional<int>(augmentVariant(epoch)) : std::nullopt;
    }

    static std::int64_t cacheKey(int index, std::optional<int> variant) {
        return static_cast<std::int64_t>(index) * 1024 + variant.value_or(0);
    }
    static bool allCached(const FeatureCache& cache, const std::vector<int>& batch,
                          std::optional<int> variant) {
        for (int index : batch)
            if (!cache.count(cacheKey(index, variant))) return false;
        return true;
    }

    // The augmentation seed of input `index` in `variant` (none: not augmented).
    std::optional<std::uint32_t> augmentSeed(int index, std::optional<int> variant) const {
        if (!variant) return std::nullopt;
        return mixSeed(mixSeed(config.seed, static_cast<std::uint32_t>(index)),
                       static_cast<std::uint32_t>(*variant));
    }

    // Images of a batch, augmented as `variant` says (none: as decoded).
    std::vector<Image> loadImages(const ImageSet& set, const std::vector<int>& batch,
                                  std::optional<int> variant) const {
        std::vector<Image> images;
        for (int index : batch)
            images.push_back(
                set.load(static_cast<std::size_t>(index), augmentSeed(index, variant)));
        return images;
    }

    // Every input the store already holds goes into the cache before the first batch, so no
    // stored input is decoded or run through the frozen prefix again.
    std::size_t preload(PrefixFeatureStore* store, const ImageSet& set, FeatureCache& cache,
                        const std::vector<std::optional<int>>& variants) {
        if (!store) return 0;
        std::size_t loaded = 0;
        for (const auto& variant : variants)
            for (std::size_t i = 0; i < set.size(); ++i) {
                const int index = static_cast<int>(i);
                if (cache.count(cacheKey(index, variant))) continue;
                torch::Tensor stored = store->load(set, i, augmentSeed(index, variant));
                if (!stored.defined()) continue;
                cache[cacheKey(index, variant)] = stored;
                ++loaded;
            }
        return loaded;
    }

    // The training variants the cache serves: the plain inputs, or each copy of the bank.
    std::vector<std::optional<int>> cachedTrainVariants() const {
        if (!randomAugment) return {trainVariant(1)};
        std::vector<std::optional<int>> variants;
        for (int k = 0; k < config.augmentedCopies; ++k) variants.emplace_back(k);
        return variants;
    }

    // After a run or a preparation: the stores back within their cap; how many entries went,
    // said in the log.
    std::size_t trimStores(const Say& say) const {
        std::size_t removed = 0;
        for (const auto* store : {trainStore.get(), validationStore.get()})
            if (store) removed += store->trim();
        if (removed && say)
            say(Message(MessageId::StoreTrimmed, {std::to_string(config.featureStoreCap >> 20),
                                                  std::to_string(removed)}));
        return removed;
    }

    std::size_t preloadStored() {
        std::size_t loaded = 0;
        if (trainStore)
            loaded += preload(trainStore.get(), *train.images(), trainCache, cachedTrainVariants());
        if (validationStore)
            loaded += preload(validationStore.get(), *validation->images(), validationCache,
                              {std::nullopt});
        return loaded;
    }

    // Decodes a training batch on a producer thread while the current one trains; nothing when
    // the batch needs no images (sequences, or all of it cached).
    PrefetchedImages prefetch(const std::vector<int>& batch, std::optional<int> variant) {
        if (!train.images() || (cacheTrain && allCached(trainCache, batch, variant))) return {};
        return std::async(
                   std::launch::async,
                   [this, batch, variant] { return loadImages(*train.images(), batch, variant); })
            .share();
    }

    torch::Tensor labels(const Samples& set, const std::vector<int>& batch) const {
        std::vector<std::int64_t> values;
        for (int index : batch) values.push_back(set.label(static_cast<std::size_t>(index)));
        return torch::tensor(values, torch::kLong);
    }

    // The network's input for the batch at layer `begin`: the cached prefix output, or images.
    // What the cache computes goes to `store` too, when there is one.
    std::pair<torch::Tensor, std::size_t> inputs(const Samples& set, bool useCache,
                                                 FeatureCache& cache, PrefixFeatureStore* store,
                                                 const std::vector<int>& batch,
                                                 std::optional<int> variant,
                                                 PrefetchedImages* prefetched) {
        if (!set.images()) return {set.sequences(batch), 0};
        auto images = [&] {
            return prefetched && prefetched->valid() ? prefetched->get()
                                                     : loadImages(*set.images(), batch, variant);
        };
        if (!useCache) return {toInputTensor(images(), network.spec().preprocessing), 0};
        if (!allCached(cache, batch, variant)) {
            torch::NoGradGuard noGrad;
            const torch::Tensor features =
                graph.forwardRange(toInputTensor(images(), network.spec().preprocessing), 0,
                                   static_cast<std::size_t>(cut) + 1, false);
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const std::int64_t key = cacheKey(batch[i], variant);
                if (cache.count(key)) continue;
                cache[key] = features[static_cast<std::int64_t>(i)].contiguous().clone();
                if (store)
                    store->save(*set.images(), static_cast<std::size_t>(batch[i]),
                                augmentSeed(batch[i], variant), cache[key]);
            }
        }
        std::vector<torch::Tensor> rows;
        for (int index : batch) rows.push_back(cache.at(cacheKey(index, variant)));
        return {torch::stack(rows), static_cast<std::size_t>(cut) + 1};
    }

    // Loss and number correct for logits against labels.
    std::pair<torch::Tensor, double> lossAndCorrect(const torch::Tensor& logits,
                                                    const torch::Tensor& y) const {
        if (binary()) {
            const torch::Tensor z = logits.squeeze(1);
            const torch::Tensor loss =
                torch::binary_cross_entropy_with_logits(z, y.to(torch::kFloat));
            return {loss, (z > 0).eq(y.to(torch::kBool)).sum().item<double>()};
        }
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
        return {loss, logits.argmax(1).eq(y).sum().item<double>()};
    }

    void recordPredictions(const torch::Tensor& logits, const std::vector<int>& indices,
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

    // One step of `stepper` on a training batch: its loss and number correct.
    std::pair<double, double> optimizeOn(torch::optim::Optimizer& stepper,
                                         const std::vector<int>& batch, std::optional<int> variant,
                                         PrefetchedImages* prefetched) {
        auto [x, begin] =
            inputs(train, cacheTrain, trainCache, trainStore.get(), batch, variant, prefetched);
        const torch::Tensor logits = graph.forwardRange(x, begin, graph.layers().size(), true);
        auto [loss, correct] = lossAndCorrect(logits, labels(train, batch));
        stepper.zero_grad();
        loss.backward();
        stepper.step();
        return {loss.item<double>(), correct};
    }

    void trainStep(const std::vector<int>& batch, std::optional<int> variant,
                   PrefetchedImages* prefetched, Running& running) {
        const auto [loss, correct] = optimizeOn(*optimizer, batch, variant, prefetched);
        running.add(loss, correct, static_cast<double>(batch.size()));
    }

    void useThreads() const { useComputeThreads(config.threads); }

    // schedule.steps training batches; the next batch's images decode while one trains.
    // Nothing when stopped mid-epoch.
    std::optional<EpochMetrics> trainEpoch(Schedule& schedule, int epoch, Clock::time_point start,
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
            waitWhilePaused(control);
            if (control.stop.load()) break;
            PrefetchedImages current = next;
            const std::vector<int> indices = batch;
            if (step < steps) {
                batch = schedule.train.next();
                next = prefetch(batch, variant);
            }
            trainStep(indices, variant, &current, running);
            const BatchMetrics progress{
                epoch, step, steps, running.meanLoss(), running.accuracy(), secondsSince(start)};
            if (callbacks.onBatch && !callbacks.onBatch(progress)) control.stop = true;
        }
        if (next.valid()) next.wait();           // never leave a producer running
        if (step <= steps) return std::nullopt;  // stopped mid-epoch: the epoch does not count
        metrics.loss = running.meanLoss();
        metrics.accuracy = running.accuracy();
        return metrics;
    }

    // validation_steps batches of un-augmented validation data: val_loss and val_acc. False when
    // stopped before the last batch: a partial mean is no val_acc, so the caller drops the epoch
    // (nothing of it is written, and a resume trains it again) and the last whole epoch's
    // predictions stay.
    bool validate(Schedule& schedule, int epoch, TrainingControl& control, EpochMetrics& metrics) {
        Running val;
        std::map<std::size_t, SamplePrediction> predictions;
        schedule.validation->startEpoch(epoch);
        torch::NoGradGuard noGrad;
        for (int v = 0; v < schedule.validationSteps; ++v) {
            waitWhilePaused(control);
            if (control.stop.load()) return false;
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
};

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
        say(Message(MessageId::StoreRead, {std::to_string(stored), displayPath(c.featureStore)}));
    EarlyStopping earlyStopping(c.earlyStoppingPatience, c.restoreBestWeights);
    auto bestWeights = [&] { return saveNetworkWeights(d.network); };
    std::vector<EpochMetrics> history;
    for (int epoch = initialEpoch + 1; epoch <= c.epochs && !control.stop.load(); ++epoch) {
        const auto start = Clock::now();
        log("Epoch " + std::to_string(epoch) + "/" + std::to_string(c.epochs));
        torch::manual_seed(
            mixSeed(c.seed, static_cast<std::uint32_t>(epoch)));  // dropout, resumable
        std::optional<EpochMetrics> metrics =
            d.trainEpoch(schedule, epoch, start, callbacks, control);
        if (!metrics) break;  // stopped mid-epoch: the epoch does not count
        if (d.validation) {
            if (!d.validate(schedule, epoch, control, *metrics)) break;  // nor mid-validation
        } else {  // Keras's history has no val_ keys then: nothing to plot or compare
            metrics->valLoss = metrics->valAccuracy = std::numeric_limits<double>::quiet_NaN();
        }
        metrics->seconds = secondsSince(start);
        log(kerasEpochLine(*metrics, schedule.steps, d.validation.has_value()));
        history.push_back(*metrics);
        if (callbacks.onEpoch && !callbacks.onEpoch(*metrics)) control.stop = true;
        if (d.validation && earlyStopping.stopAfter(metrics->valLoss, bestWeights)) {
            say(Message(MessageId::EarlyStopped,
                        {std::to_string(earlyStopping.epochsWithoutImprovement())}));
            if (!earlyStopping.bestWeights().empty())
                loadNetworkWeights(d.network, earlyStopping.bestWeights(),
                                   Message(MessageId::BestEpochWeights));
            break;
        }
    }
    d.trimStores(say);
    return history;
}

FeaturePreparation Trainer::prepareFeatures(const PreparationProgress& progress) {
    Impl& d = *impl_;
    if (d.storeRefused) throw FileError(*d.storeRefused);
    if (!d.trainStore) {
        const std::string why = d.config.featureStore.empty()   ? "the feature store is off"
                                : !d.config.cacheFrozenFeatures ? "the feature cache is off"
                                : d.cut < 0 ? "the model has no frozen layers at its start"
                                            : "augmentation draws new images every epoch: store "
                                              "augmented copies (--augmented-copies K) or "
                                              "switch augmentation off";
        throw std::invalid_argument("nothing to prepare: " + why);
    }
    d.useThreads();
    FeaturePreparation report;
    report.stored = d.preloadStored();
    // What is still missing, batch by batch: each copy of the training inputs, then validation.
    struct Batch {
        Samples* set;
        FeatureCache* cache;
        PrefixFeatureStore* store;
        std::optional<int> variant;
        std::vector<int> indices;
    };
    std::vector<Batch> work;
    auto plan = [&](Samples& set, FeatureCache& cache, PrefixFeatureStore* store,
                    std::optional<int> variant) {
        std::vector<int> missing;
        for (std::size_t i = 0; i < set.size(); ++i)
            if (!cache.count(Impl::cacheKey(static_cast<int>(i), variant)))
                missing.push_back(static_cast<int>(i));
        for (std::size_t at = 0; at < missing.size(); at += std::size_t(d.config.batchSize))
            work.push_back(
                {&set, &cache, store, variant,
                 std::vector<int>(missing.begin() + static_cast<std::ptrdiff_t>(at),
                                  missing.begin() +
                                      static_cast<std::ptrdiff_t>(std::min(
                                          missing.size(), at + std::size_t(d.config.batchSize))))});
    };
    for (const auto& variant : d.cachedTrainVariants())
        plan(d.train, d.trainCache, d.trainStore.get(), variant);
    if (d.validationStore)
        plan(*d.validation, d.validationCache, d.validationStore.get(), std::nullopt);
    for (std::size_t b = 0; b < work.size(); ++b) {
        const Batch& batch = work[b];
        d.inputs(*batch.set, true, *batch.cache, batch.store, batch.indices, batch.variant,
                 nullptr);
        report.computed += batch.indices.size();
        if (progress && !progress(b + 1, work.size())) break;
    }
    report.removed = d.trimStores({});
    for (const auto* store : {d.trainStore.get(), d.validationStore.get()})
        if (store) report.unsaved += store->unsaved();
    return report;
}

std::vector<LrPoint> Trainer::sweepLearningRate(const LrSweepConfig& sweep,
                                                const LrSweepProgress& progress) {
    Impl& d = *impl_;
    d.useThreads();
    const std::string weights = saveNetworkWeights(d.network);
    // Whatever way the sweep ends, the model goes back to what it was.
    struct Restore {
        Network& network;
        const std::string& weights;
        ~Restore() { loadNetworkWeights(network, weights, Message(MessageId::WeightsBeforeSweep)); }
    } restore{d.network, weights};
    const auto optimizer =
        makeOptimizer(d.config.optimizer, sweep.startLr, d.graph.trainableParameters());
    torch::manual_seed(d.config.seed);
    Schedule schedule = d.schedule();
    schedule.train.startEpoch(1);
    LossSmoother smoother(sweep.smoothing);
    std::vector<LrPoint> points;
    for (int step = 0; step < sweep.steps; ++step) {
        LrPoint point;
        point.learningRate = layerlab::sweepLearningRate(sweep, step);
        for (auto& group : optimizer->param_groups()) group.options().set_lr(point.learningRate);
        point.loss =
            d.optimizeOn(*optimizer, schedule.train.next(), d.trainVariant(1), nullptr).first;
        point.smoothedLoss = smoother.add(point.loss);
        points.push_back(point);
        if (progress && !progress(point, step + 1, sweep.steps)) break;
        if (smoother.diverged(sweep.divergence)) break;
    }
    return points;
}

std::vector<SamplePrediction> Trainer::lastValidationPredictions() const {
    std::vector<SamplePrediction> out;
    for (const auto& entry : impl_->validationPredictions) out.push_back(entry.second);
    return out;
}

std::string Trainer::saveModelState() const {
    return saveNetworkWeights(impl_->network);
}
void Trainer::loadModelState(const std::string& bytes, const Message& source) {
    loadNetworkWeights(impl_->network, bytes, source);
}

namespace {

std::string optimizerBytes(const torch::optim::Optimizer& optimizer) {
    torch::serialize::OutputArchive archive;
    optimizer.save(archive);
    return archiveBytes(archive);
}

// An Adam over copies of `adam`'s parameters holding copies of its state: saved, it restores
// what `adam` holds now, by position, as any checkpoint does.
std::shared_ptr<torch::optim::Adam> copyOfAdam(torch::optim::Adam& adam) {
    torch::NoGradGuard noGrad;
    const auto& group = adam.param_groups().front();
    std::vector<torch::Tensor> copies;
    for (const auto& p : group.params()) copies.push_back(p.detach().clone());
    auto copy = std::make_shared<torch::optim::Adam>(
        copies, static_cast<const torch::optim::AdamOptions&>(group.options()));
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const auto found =
            adam.state().find(c10::guts::to_string(group.params()[i].unsafeGetTensorImpl()));
        if (found == adam.state().end()) continue;
        const auto& from = static_cast<const torch::optim::AdamParamState&>(*found->second);
        auto state = std::make_unique<torch::optim::AdamParamState>();
        state->step(from.step());
        state->exp_avg(from.exp_avg().clone());
        state->exp_avg_sq(from.exp_avg_sq().clone());
        if (from.max_exp_avg_sq().defined()) state->max_exp_avg_sq(from.max_exp_avg_sq().clone());
        copy->state()[c10::guts::to_string(copies[i].unsafeGetTensorImpl())] = std::move(state);
    }
    return copy;
}

}  // namespace

std::string Trainer::saveOptimizerState() const {
    return optimizerBytes(*impl_->optimizer);
}

StateSnapshot Trainer::snapshotModelState() const {
    return snapshotNetworkWeights(impl_->network);
}

StateSnapshot Trainer::snapshotOptimizerState() const {
    auto* adam = dynamic_cast<torch::optim::Adam*>(impl_->optimizer.get());
    if (adam && adam->param_groups().size() == 1) {
        std::shared_ptr<torch::optim::Adam> copy = copyOfAdam(*adam);
        return StateSnapshot([copy] { return optimizerBytes(*copy); });
    }
    // RMSprop and SGD: the lesson's RNN states are small; serialised now.
    return StateSnapshot([bytes = optimizerBytes(*impl_->optimizer)] { return bytes; });
}

void Trainer::loadOptimizerState(const std::string& bytes, const Message& source) {
    readArchive(bytes, Message(MessageId::OptimizerCannotLoad, {}, source),
                [&](torch::serialize::InputArchive& archive) { impl_->optimizer->load(archive); });
}

}  // namespace layerlab
