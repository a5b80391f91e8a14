#include "train/Trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <map>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "model/InputTensor.h"
#include "model/TorchGraph.h"
#include "train/BatchOrder.h"

namespace layerlab {
namespace {

using Clock = std::chrono::steady_clock;

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
    return std::make_unique<torch::optim::Adam>(
        parameters, torch::optim::AdamOptions(lr).betas({0.9, 0.999}).eps(1e-7));
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

}  // namespace

struct Trainer::Impl {
    Network& network;
    TorchGraph& graph;
    Samples train;
    std::optional<Samples> validation;
    FitConfig config;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int cut = -1;  // last layer of the cached frozen prefix
    bool cacheTrain = false, cacheValidation = false;
    std::unordered_map<std::int64_t, torch::Tensor> trainCache, validationCache;
    std::map<std::size_t, SamplePrediction> validationPredictions;

    Impl(Network& n, Samples t, std::optional<Samples> v, FitConfig c)
        : network(n),
          graph(n.torchGraph()),
          train(std::move(t)),
          validation(std::move(v)),
          config(c) {
        graph.useChannelsLast(config.channelsLast);
        optimizer =
            makeOptimizer(config.optimizer, config.learningRate, graph.trainableParameters());
        cut = config.cacheFrozenFeatures ? graph.lastFrozenCutPoint() : -1;
        // The cache holds frozen image features; a sequence model starts with a trainable layer.
        if (!train.images()) cut = -1;
        const bool augmenting =
            train.augmented() && train.images()->input().augment->randomTransformActive();
        cacheTrain = cut >= 0 && (!augmenting || config.augmentedCopies > 0);
        cacheValidation = cut >= 0 && validation && validation->images();
    }

    bool binary() const { return graph.binaryOutput(); }

    void recordPredictions(const torch::Tensor& logits, const std::vector<int>& indices) {
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
            validationPredictions[p.index] = p;
        }
    }

    int variant(int epoch, bool augment) const {
        return augment && config.augmentedCopies > 0 ? epoch % config.augmentedCopies : 0;
    }
    static std::int64_t cacheKey(int index, int variant) {
        return static_cast<std::int64_t>(index) * 1024 + variant;
    }
    static bool allCached(const std::unordered_map<std::int64_t, torch::Tensor>& cache,
                          const std::vector<int>& batch, int variant) {
        for (int index : batch)
            if (!cache.count(cacheKey(index, variant))) return false;
        return true;
    }

    // Which augmented variant an input uses this epoch (none when not augmenting).
    std::optional<std::uint32_t> augmentSeed(std::size_t index, int epoch) const {
        if (!train.augmented()) return std::nullopt;
        const int variant = config.augmentedCopies > 0 ? epoch % config.augmentedCopies : epoch;
        return mixSeed(mixSeed(config.seed, static_cast<std::uint32_t>(index)),
                       static_cast<std::uint32_t>(variant));
    }

    std::vector<Image> loadImages(const ImageSet& set, const std::vector<int>& batch, int epoch,
                                  bool augment) const {
        std::vector<Image> images;
        for (int index : batch)
            images.push_back(set.load(
                static_cast<std::size_t>(index),
                augment ? augmentSeed(static_cast<std::size_t>(index), epoch) : std::nullopt));
        return images;
    }

    torch::Tensor labels(const Samples& set, const std::vector<int>& batch) const {
        std::vector<std::int64_t> values;
        for (int index : batch) values.push_back(set.label(static_cast<std::size_t>(index)));
        return torch::tensor(values, torch::kLong);
    }

    // The network's input for the batch at layer `begin`: the cached prefix output, or images.
    std::pair<torch::Tensor, std::size_t> inputs(
        const Samples& set, bool useCache, std::unordered_map<std::int64_t, torch::Tensor>& cache,
        const std::vector<int>& batch, int epoch, bool augment,
        std::shared_future<std::vector<Image>>* prefetched) {
        if (!set.images()) return {set.sequences(batch), 0};
        auto images = [&] {
            return prefetched && prefetched->valid()
                       ? prefetched->get()
                       : loadImages(*set.images(), batch, epoch, augment);
        };
        if (!useCache) return {toInputTensor(images(), network.spec().preprocessing), 0};
        const int v = variant(epoch, augment);
        auto key = [&](int index) { return cacheKey(index, v); };
        if (!allCached(cache, batch, v)) {
            torch::NoGradGuard noGrad;
            const torch::Tensor features =
                graph.forwardRange(toInputTensor(images(), network.spec().preprocessing), 0,
                                   static_cast<std::size_t>(cut) + 1, false);
            for (std::size_t i = 0; i < batch.size(); ++i)
                cache[key(batch[i])] = features[static_cast<std::int64_t>(i)].contiguous().clone();
        }
        std::vector<torch::Tensor> rows;
        for (int index : batch) rows.push_back(cache.at(key(index)));
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

    void waitWhilePaused(TrainingControl& control) {
        while (control.pause.load() && !control.stop.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
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

std::vector<EpochMetrics> Trainer::fit(const FitCallbacks& callbacks, TrainingControl& control,
                                       int initialEpoch) {
    Impl& d = *impl_;
    const FitConfig& c = d.config;
    at::set_num_threads(c.threads > 0
                            ? c.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    auto log = [&](const std::string& line) {
        if (callbacks.log) callbacks.log(line);
    };
    BatchOrder order(d.train.size(), static_cast<std::size_t>(c.batchSize), true, c.seed);
    const int steps =
        c.stepsPerEpoch > 0 ? c.stepsPerEpoch : static_cast<int>(order.batchesPerPass());
    std::optional<BatchOrder> validationOrder;
    int validationSteps = 0;
    if (d.validation) {
        validationOrder.emplace(d.validation->size(), static_cast<std::size_t>(c.batchSize), false,
                                c.seed);
        validationSteps = c.validationSteps > 0
                              ? c.validationSteps
                              : static_cast<int>(validationOrder->batchesPerPass());
    }
    const bool augment = d.train.augmented();
    std::vector<EpochMetrics> history;
    double bestValLoss = INFINITY;
    int sinceBest = 0;
    std::string bestWeights;

    for (int epoch = initialEpoch + 1; epoch <= c.epochs && !control.stop.load(); ++epoch) {
        const auto start = Clock::now();
        log("Epoch " + std::to_string(epoch) + "/" + std::to_string(c.epochs));
        torch::manual_seed(
            mixSeed(c.seed, static_cast<std::uint32_t>(epoch)));  // dropout, resumable
        order.startEpoch(epoch);
        const bool cachedBefore =
            d.cacheTrain && !d.trainCache.empty() && (!augment || epoch > c.augmentedCopies);
        Running running;
        std::vector<int> batch = order.next();
        std::shared_future<std::vector<Image>> next;
        auto prefetch =
            [&](const std::vector<int>& indices) -> std::shared_future<std::vector<Image>> {
            if (!d.train.images() ||
                (d.cacheTrain && d.allCached(d.trainCache, indices, d.variant(epoch, augment))))
                return {};
            // Decode the next batch on a producer thread while this one trains.
            return std::async(std::launch::async,
                              [&d, indices, epoch, augment] {
                                  return d.loadImages(*d.train.images(), indices, epoch, augment);
                              })
                .share();
        };
        next = prefetch(batch);
        int step = 0;
        for (step = 1; step <= steps; ++step) {
            d.waitWhilePaused(control);
            if (control.stop.load()) break;
            auto current = next;
            const std::vector<int> indices = batch;
            if (step < steps) {
                batch = order.next();
                next = prefetch(batch);
            }
            auto [x, begin] =
                d.inputs(d.train, d.cacheTrain, d.trainCache, indices, epoch, augment, &current);
            const torch::Tensor logits =
                d.graph.forwardRange(x, begin, d.graph.layers().size(), true);
            auto [loss, correct] = d.lossAndCorrect(logits, d.labels(d.train, indices));
            d.optimizer->zero_grad();
            loss.backward();
            d.optimizer->step();
            running.add(loss.item<double>(), correct, static_cast<double>(indices.size()));
            if (callbacks.onBatch) {
                BatchMetrics m{epoch,
                               step,
                               steps,
                               running.meanLoss(),
                               running.accuracy(),
                               std::chrono::duration<double>(Clock::now() - start).count()};
                if (!callbacks.onBatch(m)) control.stop = true;
            }
        }
        if (next.valid()) next.wait();  // never leave a producer running
        if (step <= steps) break;       // stopped mid-epoch: the epoch does not count

        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.loss = running.meanLoss();
        metrics.accuracy = running.accuracy();
        metrics.fromCache = cachedBefore;
        if (d.validation) {
            Running val;
            d.validationPredictions.clear();
            validationOrder->startEpoch(epoch);
            torch::NoGradGuard noGrad;
            for (int v = 0; v < validationSteps && !control.stop.load(); ++v) {
                const std::vector<int> indices = validationOrder->next();
                auto [x, begin] = d.inputs(*d.validation, d.cacheValidation, d.validationCache,
                                           indices, epoch, false, nullptr);
                const torch::Tensor logits =
                    d.graph.forwardRange(x, begin, d.graph.layers().size(), false);
                auto [loss, correct] = d.lossAndCorrect(logits, d.labels(*d.validation, indices));
                d.recordPredictions(logits, indices);
                val.add(loss.item<double>(), correct, static_cast<double>(indices.size()));
            }
            metrics.valLoss = val.meanLoss();
            metrics.valAccuracy = val.accuracy();
        }
        metrics.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::string line = std::to_string(steps) + "/" + std::to_string(steps) + " - " +
                           format("%.0fs", metrics.seconds) +
                           " - loss: " + format("%.4f", metrics.loss) +
                           " - acc: " + format("%.4f", metrics.accuracy);
        if (d.validation)
            line += " - val_loss: " + format("%.4f", metrics.valLoss) +
                    " - val_acc: " + format("%.4f", metrics.valAccuracy);
        log(line + (metrics.fromCache ? "  (cached features)" : ""));
        history.push_back(metrics);
        if (callbacks.onEpoch && !callbacks.onEpoch(metrics)) control.stop = true;

        if (c.earlyStoppingPatience > 0 && d.validation) {
            if (metrics.valLoss < bestValLoss) {
                bestValLoss = metrics.valLoss;
                sinceBest = 0;
                if (c.restoreBestWeights) bestWeights = saveNetworkWeights(d.network);
            } else if (++sinceBest >= c.earlyStoppingPatience) {
                log("Early stopping: val_loss has not improved for " + std::to_string(sinceBest) +
                    " epochs");
                if (!bestWeights.empty()) loadNetworkWeights(d.network, bestWeights);
                break;
            }
        }
    }
    return history;
}

std::vector<SamplePrediction> Trainer::lastValidationPredictions() const {
    std::vector<SamplePrediction> out;
    for (const auto& entry : impl_->validationPredictions) out.push_back(entry.second);
    return out;
}

std::string saveNetworkWeights(Network& network) {
    std::ostringstream stream;
    torch::serialize::OutputArchive archive;
    network.torchGraph().save(archive);
    archive.save_to(stream);
    return stream.str();
}

void loadNetworkWeights(Network& network, const std::string& bytes) {
    std::istringstream stream(bytes);
    torch::serialize::InputArchive archive;
    archive.load_from(stream);
    network.torchGraph().load(archive);
}

std::string Trainer::saveModelState() const {
    return saveNetworkWeights(impl_->network);
}
void Trainer::loadModelState(const std::string& bytes) {
    loadNetworkWeights(impl_->network, bytes);
}

std::string Trainer::saveOptimizerState() const {
    std::ostringstream stream;
    torch::serialize::OutputArchive archive;
    impl_->optimizer->save(archive);
    archive.save_to(stream);
    return stream.str();
}

void Trainer::loadOptimizerState(const std::string& bytes) {
    std::istringstream stream(bytes);
    torch::serialize::InputArchive archive;
    archive.load_from(stream);
    impl_->optimizer->load(archive);
}

}  // namespace layerlab
