#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "data/Image.h"
#include "data/Sequences.h"
#include "io/KerasH5.h"
#include "model/ModelSpec.h"
#include "model/Summary.h"

namespace layerlab {

class TorchGraph;

// A layer's output as feature maps: what Grad-CAM weighs and activation grids show.
struct FeatureMaps {
    int height = 0, width = 0, channels = 0;
};

// The Keras weights file a network's pretrained layers came from, and which layers still hold
// its weights unchanged. A saved model refers to the file for those layers rather than
// copying them (train/NetworkWeights.h): VGG16's 14.7 M frozen weights stay in the one file.
struct PretrainedOrigin {
    std::filesystem::path file;
    std::string checksum;          // fnv64Hex of the file's bytes
    std::set<std::string> layers;  // layers holding the file's weights, never trained since
};

// A model built from its layer list: LibTorch modules registered under Keras's layer names,
// a freeze state, and where its weights came from. Public interface is torch-free; the
// training code reaches the modules through torchGraph() (model/TorchGraph.h).
class Network {
  public:
    // Kernels are Glorot-uniform and biases zero, as Keras initialises them, from `seed`.
    Network(const ModelSpec& spec, unsigned seed = 0);
    Network(std::vector<LayerSpec> layers, ModelSpec spec, unsigned seed = 0);
    // A sequence model (model/SequenceModel.h) for inputs of `inputShape`: (maxlen) word
    // indices, or (maxlen, num_words) for one-hot input built per batch.
    Network(std::vector<LayerSpec> layers, Shape inputShape, unsigned seed = 0);
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;

    const ModelSpec& spec() const { return spec_; }
    const Shape& inputShape() const { return inputShape_; }
    const std::vector<LayerSpec>& layers() const { return layers_; }
    std::vector<LayerInfo> infos() const;
    // The index of the layer called `name`. Throws UsageError naming it.
    std::size_t layerIndex(const std::string& name) const;
    // The shape of `name`'s feature maps; none for a layer whose output is not spatial (Dense,
    // Flatten, global pooling). Throws UsageError for an unknown layer.
    std::optional<FeatureMaps> featureMaps(const std::string& name) const;
    // The same, or UsageError saying that `name` has no feature maps.
    FeatureMaps requireFeatureMaps(const std::string& name) const;
    ParamTotals totals() const;
    std::vector<LayerNode> tree() const;
    std::string summary(const std::string& modelName = "sequential") const;

    // Freezing (Keras layer.trainable): frozen parameters get no gradient and are not given
    // to the optimizer; frozen BatchNorm runs in inference mode.
    void setTrainable(const std::string& layerOrBlock, bool trainable);
    void applyStrategy(Strategy strategy);
    // Any freezing rule (a function that sets LayerSpec::trainable in this network's layers),
    // applied to the computation too.
    void applyFreezing(const std::function<void(std::vector<LayerSpec>&)>& rule);

    // Copies Keras weights in, converting layouts (conv (kh,kw,in,out) → (out,in,kh,kw),
    // depthwise (kh,kw,C,m) → (C·m,1,kh,kw), dense (in,out) → (out,in)). Every layer of the
    // backbone must be in the file (the head is loaded when present). All shapes are checked
    // before anything is copied, so a bad file never leaves a half-loaded model.
    // Returns the number of layers loaded. Throws WeightsError naming the layer and shapes.
    int loadKerasWeights(const KerasWeights& weights);
    std::string weightsSource() const { return weightsSource_; }  // empty: random init
    const std::optional<PretrainedOrigin>& pretrainedOrigin() const { return origin_; }
    void setPretrainedOrigin(std::optional<PretrainedOrigin> origin) {
        origin_ = std::move(origin);
    }
    // Called before training changes weights: trainable layers stop holding the file's.
    void releaseTrainableFromOrigin();

    // Inference on images (RGB 0..255 at the input size), preprocessing applied: the class
    // probabilities, one per image (binary) or classes per image (softmax), row-major.
    std::vector<float> predict(const std::vector<Image>& images);
    // Inference for a sequence model: one probability per padded review.
    std::vector<float> predictSequences(const PaddedSequences& reviews);
    // The output of one layer (Keras's channels-last layout, row-major per image), e.g. for
    // embeddings. Throws UsageError for an unknown layer.
    std::vector<float> layerOutput(const std::vector<Image>& images, const std::string& layerName);

    // Convolutions in channels-last memory (faster on x86 CPUs; results equal within rounding).
    void useChannelsLast(bool enabled);

    TorchGraph& torchGraph() { return *graph_; }
    const TorchGraph& torchGraph() const { return *graph_; }

  private:
    ModelSpec spec_;
    std::vector<LayerSpec> layers_;
    Shape inputShape_;
    std::shared_ptr<TorchGraph> graph_;
    std::string weightsSource_;
    std::optional<PretrainedOrigin> origin_;
};

}  // namespace layerlab
