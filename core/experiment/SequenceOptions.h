#pragma once

#include "data/Sequences.h"
#include "experiment/ArgList.h"
#include "model/SequenceModel.h"

namespace layerlab {

// --padding / --truncating: pre or post.
Side readSide(ArgList& args, const std::string& option);

// --cell, --units, --input one-hot|embedding, --embedding-dim, --num-words, --maxlen (or the
// given option name), --layers, --bidirectional, --dropout: shared by summary and train.
SequenceModelSpec readSequenceModelSpec(ArgList& args, const std::string& maxlenOption);

}  // namespace layerlab
