#include "train/ArchiveBytes.h"
#include "train/FusedAdam.h"
#include "train/TrainerImpl.h"
#include "util/UsageError.h"

// The optimizers a Trainer makes, the model and optimizer state that checkpoints keep, and the
// copies kept of it between checkpoints.
namespace layerlab {

std::unique_ptr<torch::optim::Optimizer> trainer_detail::makeOptimizer(
    OptimizerKind kind, double lr, std::vector<torch::Tensor> parameters) {
    if (parameters.empty()) throw UsageError(MessageId::NothingToTrain);
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

std::string Trainer::saveModelState() const {
    return saveNetworkWeights(impl_->network);
}
void Trainer::loadModelState(const std::string& bytes, const Message& source) {
    loadNetworkWeights(impl_->network, bytes, source);
    ++impl_->weightsVersion;
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

std::uint64_t Trainer::weightsVersion() const {
    return impl_->weightsVersion;
}

TrainingState Trainer::currentState() const {
    return {impl_->weightsVersion, snapshotModelState(), snapshotOptimizerState()};
}

namespace {

// Copies the state `copy` holds (made on first use) and notes the weights' version.
void keep(std::optional<StateCopy>& copy, std::uint64_t& version, TorchGraph& graph,
          torch::optim::Optimizer* optimizer, std::uint64_t now) {
    if (!copy) copy.emplace(graph, optimizer);
    copy->capture();
    version = now;
}

// `take` of the state kept in `copy` at `version`: of the live one while nothing changed it.
template <typename Take>
auto fromKept(StateCopy& copy, std::uint64_t version, std::uint64_t now, Take take) {
    if (now == version) return take();
    std::optional<decltype(take())> kept;
    copy.whileSwappedIn([&] { kept.emplace(take()); });
    return std::move(*kept);
}

}  // namespace

void Trainer::keepEpochState() {
    Impl& d = *impl_;
    keep(d.epochState, d.epochStateVersion, d.graph, d.optimizer.get(), d.weightsVersion);
}

TrainingState Trainer::keptEpochState() {
    Impl& d = *impl_;
    TrainingState state = fromKept(*d.epochState, d.epochStateVersion, d.weightsVersion,
                                   [this] { return currentState(); });
    state.weightsVersion = d.epochStateVersion;
    return state;
}

void Trainer::keepBestWeights() {
    Impl& d = *impl_;
    keep(d.bestWeights, d.bestWeightsVersion, d.graph, nullptr, d.weightsVersion);
}

StateSnapshot Trainer::keptBestWeights() {
    Impl& d = *impl_;
    return fromKept(*d.bestWeights, d.bestWeightsVersion, d.weightsVersion,
                    [this] { return snapshotModelState(); });
}

}  // namespace layerlab
