#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <utility>

#include "model/Network.h"
#include "util/Message.h"

namespace layerlab {

// A Network's weights as bytes (a LibTorch archive), for run folders and in-memory snapshots.
//
// A network whose pretrained layers still hold their Keras file's weights is saved lean: those
// layers are named with the file's path and checksum instead of being copied, so a VGG16 run
// stores its head (and whatever it fine-tuned), not 14.7 M frozen weights three times over.
// Loading reads the file again when the network does not already hold it.
std::string saveNetworkWeights(Network& network);
// Every weight, whatever the origin: a self-contained model.
std::string saveAllNetworkWeights(Network& network);

// Loads either kind, and the full archives of older runs. Throws ModelStateError naming
// `source` when the bytes are damaged or saved from another model, and naming the weights
// file when a lean model's file is missing or has changed.
void loadNetworkWeights(Network& network, const std::string& bytes, const Message& source);

// Model or optimizer state copied at one moment and turned into archive bytes later, on any
// thread: the checkpoint writer serialises an epoch while the next one trains on the originals.
class StateSnapshot {
  public:
    explicit StateSnapshot(std::function<std::string()> serialise)
        : serialise_(std::move(serialise)) {}
    std::string bytes() const { return serialise_(); }

  private:
    std::function<std::string()> serialise_;
};

// What saveNetworkWeights would write, copied now.
StateSnapshot snapshotNetworkWeights(Network& network);

class ModelStateError : public Failure {
  public:
    using Failure::Failure;
};

}  // namespace layerlab
