#include "model/ReviewReading.h"

#include "model/Network.h"
#include "model/TorchGraph.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

// The recurrent layer whose last state the head reads.
std::size_t lastRecurrent(const std::vector<LayerSpec>& layers) {
    for (std::size_t i = layers.size(); i-- > 0;) {
        if (!layers[i].isRecurrent()) continue;
        if (layers[i].bidirectional)
            throw UsageError(MessageId::BidirectionalNotStepwise);
        if (layers[i].returnSequences)
            throw UsageError(MessageId::LastRecurrentReturnsSequences);
        return i;
    }
    throw UsageError(MessageId::NoRecurrentLayer);
}

}  // namespace

void checkReadable(const Network& network) {
    lastRecurrent(network.layers());
}

ReviewReading readReview(Network& network, const std::vector<std::int32_t>& padded) {
    TorchGraph& graph = network.torchGraph();
    const std::size_t recurrent = lastRecurrent(graph.layers());
    const std::int64_t steps = network.inputShape().front();
    if (static_cast<std::int64_t>(padded.size()) != steps)
        throw UsageError(MessageId::ReviewLengthDiffers,
                         {std::to_string(steps), std::to_string(padded.size())});
    torch::NoGradGuard noGrad;
    std::vector<std::int64_t> tokens(padded.begin(), padded.end());
    const torch::Tensor x = torch::tensor(tokens, torch::kLong).unsqueeze(0);
    const torch::Tensor before = graph.forwardRange(x, 0, recurrent, false);
    const torch::Tensor states = graph.recurrentSequence(recurrent, before)[0].contiguous();
    // Every step's state through the layers after the RNN, as if the review ended there.
    const torch::Tensor logits =
        graph.forwardRange(states, recurrent + 1, graph.layers().size(), false);
    const torch::Tensor positive = torch::sigmoid(logits.select(1, 0)).contiguous();
    ReviewReading reading;
    reading.units = static_cast<int>(states.size(1));
    reading.positive.assign(positive.data_ptr<float>(),
                            positive.data_ptr<float>() + positive.numel());
    reading.hidden.assign(states.data_ptr<float>(), states.data_ptr<float>() + states.numel());
    return reading;
}

}  // namespace layerlab
