#pragma once

#include <string>
#include <vector>

#include "data/Sequences.h"
#include "experiment/ArgList.h"
#include "model/SequenceModel.h"

namespace layerlab {

// Upper limits well above IMDB's (88,584 words, reviews of a few thousand words) that keep a
// slip of the keyboard from allocating gigabytes.
inline constexpr IntRange kUnitsRange{"--units", 1, 4096, "1..4096"};
inline constexpr IntRange kEmbeddingDimRange{"--embedding-dim", 1, 4096, "1..4096"};
inline constexpr IntRange kNumWordsRange{"--num-words", 3, 1000000,
                                         "3 (pad, start, OOV) to 1000000"};
inline constexpr IntRange kMaxlenRange{"--maxlen", 1, 100000, "1..100000"};
inline constexpr IntRange kLayersRange{"--layers", 1, 16, "1..16"};

// --input (in this order: LayerLab 0.1's settings hold the row).
inline constexpr std::pair<SequenceInput, const char*> kSequenceInputs[] = {
    {SequenceInput::OneHot, "one-hot"}, {SequenceInput::Embedding, "embedding"}};

// --padding / --truncating: pre or post.
Side readSide(ArgList& args, const std::string& option);

// --cell, --units, --input one-hot|embedding, --embedding-dim, --num-words, --maxlen (older
// runs wrote --pad-maxlen), --layers, --bidirectional, --dropout: shared by summary and train.
SequenceModelSpec readSequenceModelSpec(ArgList& args);
// The options readSequenceModelSpec reads back into `spec`.
std::vector<std::string> sequenceModelArgs(const SequenceModelSpec& spec);
// Throws UsageError naming the option of a value out of range.
void checkSequenceModelSpec(const SequenceModelSpec& spec);

}  // namespace layerlab
