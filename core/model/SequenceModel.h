#pragma once

#include <utility>
#include <vector>

#include "model/Architecture.h"
#include "util/LessonDefaults.h"

namespace layerlab {

enum class RecurrentCell { SimpleRNN, LSTM, GRU };
inline constexpr std::pair<RecurrentCell, const char*> kRecurrentCells[] = {
    {RecurrentCell::SimpleRNN, "simple_rnn"},
    {RecurrentCell::LSTM, "lstm"},
    {RecurrentCell::GRU, "gru"}};

// How reviews enter the network: one-hot vectors of num_words (the book's first model), or
// word indices through an Embedding.
enum class SequenceInput { OneHot, Embedding };

// The lesson's sentiment classifier as its book builds it: reviews as one-hot vectors of
// num_words (computed per batch) or through Embedding(num_words, dim), one or more recurrent
// layers (all but the last return sequences), then Dense(1, sigmoid).
struct SequenceModelSpec {
    RecurrentCell cell = RecurrentCell::SimpleRNN;
    int units = defaults::imdb::kUnits;
    SequenceInput input = SequenceInput::Embedding;
    int embeddingDim = defaults::imdb::kEmbeddingDim;
    int numWords = defaults::imdb::kNumWords;
    int maxlen = defaults::imdb::kMaxlen;
    int recurrentLayers = 1;
    bool bidirectional = false;
    double dropout = 0.0;  // Keras's dropout= of each recurrent layer (on its inputs)
};

std::vector<LayerSpec> buildSequenceLayers(const SequenceModelSpec& spec);
// One input's shape: (maxlen, num_words) one-hot, or (maxlen) word indices.
Shape sequenceInputShape(const SequenceModelSpec& spec);

}  // namespace layerlab
