#pragma once

#include <string>
#include <vector>

#include "model/Architecture.h"
#include "model/ModelSpec.h"
#include "model/PretrainedWeights.h"
#include "model/SequenceModel.h"

namespace layerlab {

// The notebook cell that builds this transfer model the lesson's way (model_base =
// VGG16(weights='imagenet', include_top=False, input_shape=(224,224,3)), its freezing, then
// Sequential with the head and model.summary()), so that pasted into a notebook it prints the
// numbers LayerLab shows. `layers` are buildLayers(spec) with the freezing as ticked: the whole
// base frozen is model_base.trainable = False; some of its layers trainable, the seed's loop
// over their names after model_base.trainable = True (the seed's False before the loop leaves
// Keras 2 nothing to train). `weights` is weights='imagenet', None or a file. What LayerLab does that
// Keras has no form for (bf16 frozen features, its preprocessing) is said in # comments.
std::string kerasModelCode(const ModelSpec& spec, const std::vector<LayerSpec>& layers,
                           const WeightsSource& weights);

// The IMDB model as LayerLab builds it, after kerasImdbDataCode's cell: one-hot vectors of
// num_words or Embedding, the recurrent layers (stacked, bidirectional, dropout), Dense(1,
// sigmoid), and model.summary().
std::string kerasSequenceModelCode(const SequenceModelSpec& spec);

}  // namespace layerlab
