#pragma once

#include <string>
#include <vector>

namespace layerlab {

class Network;

// `network` as a Keras HDF5 full model, as model.save('model.h5') writes it: the root
// attributes model_config (a Functional model's JSON with Keras's layer classes and names),
// keras_version and backend; weights under model_weights/<layer>/<layer>/kernel:0, bias:0,
// BatchNormalization's gamma/beta/moving_mean/moving_variance, recurrent kernels (a GRU
// with reset_after), each layer group listing its weight_names. keras.models.load_model and
// h5py read it; so does LayerLab's own importer (readKerasH5 + loadKerasWeights).
// The model takes preprocessed input: how pixels were preprocessed and the class names are
// kept in the attributes layerlab_preprocessing and layerlab_classes. Returns the bytes.
std::string kerasModelFile(Network& network, const std::vector<std::string>& classes);

}  // namespace layerlab
