#include "model/SequenceModel.h"

#include <stdexcept>

#include "model/ModelSpec.h"
#include "util/EnumNames.h"
#include "util/UsageError.h"

namespace layerlab {

std::vector<LayerSpec> buildSequenceLayers(const SequenceModelSpec& spec) {
    if (spec.dropout < 0 || spec.dropout >= 1) throw UsageError(MessageId::DropoutRange);
    if (spec.units < 1 || spec.numWords < 1 || spec.maxlen < 1 || spec.recurrentLayers < 1)
        throw UsageError(MessageId::SequenceSizesPositive);
    std::vector<LayerSpec> layers;
    if (spec.input == SequenceInput::Embedding) {
        LayerSpec embedding;
        embedding.kind = LayerSpec::Kind::Embedding;
        embedding.name = "embedding";
        embedding.block = "embedding";
        embedding.inputDim = spec.numWords;
        embedding.outputDim = spec.embeddingDim;
        layers.push_back(embedding);
    }
    const std::string base = enumName(kRecurrentCells, spec.cell);
    for (int i = 0; i < spec.recurrentLayers; ++i) {
        LayerSpec rnn;
        rnn.kind = spec.cell == RecurrentCell::LSTM  ? LayerSpec::Kind::LSTM
                   : spec.cell == RecurrentCell::GRU ? LayerSpec::Kind::GRU
                                                     : LayerSpec::Kind::SimpleRNN;
        // Keras names layers by class, numbering repeats: simple_rnn, simple_rnn_1, …
        const std::string name = spec.bidirectional ? "bidirectional" : base;
        rnn.name = i == 0 ? name : name + "_" + std::to_string(i);
        rnn.block = "recurrent";
        rnn.units = spec.units;
        rnn.bidirectional = spec.bidirectional;
        rnn.returnSequences = i + 1 < spec.recurrentLayers;
        rnn.rate = spec.dropout;
        layers.push_back(rnn);
    }
    LayerSpec dense;
    dense.kind = LayerSpec::Kind::Dense;
    dense.name = "dense";
    dense.block = kHeadBlock;
    dense.units = 1;
    dense.activation = LayerSpec::Activation::Sigmoid;
    layers.push_back(dense);
    return layers;
}

Shape sequenceInputShape(const SequenceModelSpec& spec) {
    return spec.input == SequenceInput::OneHot ? Shape{spec.maxlen, spec.numWords} : Shape{spec.maxlen};
}

}  // namespace layerlab
