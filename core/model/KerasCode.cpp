#include "model/KerasCode.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "util/PythonLiteral.h"

namespace layerlab {
namespace {

using Kind = LayerSpec::Kind;

// The arguments of the layer's constructor, as the seed writes them (units=512, …).
std::string layerArguments(const LayerSpec& l) {
    switch (l.kind) {
        case Kind::Flatten:
        case Kind::GlobalAveragePooling2D:
            return {};
        case Kind::Dropout:
            return "rate=" + pythonFloat(l.rate);
        case Kind::Dense:
            return "units=" + std::to_string(l.units) + ", activation='" +
                   activationName(l.activation) + "'";
        case Kind::Embedding:
            return "input_dim=" + std::to_string(l.inputDim) +
                   ", output_dim=" + std::to_string(l.outputDim);
        case Kind::SimpleRNN:
        case Kind::LSTM:
        case Kind::GRU:
            return "units=" + std::to_string(l.units) +
                   (l.returnSequences ? ", return_sequences=True" : "") +
                   (l.rate > 0 ? ", dropout=" + pythonFloat(l.rate) : "");
        default:
            break;
    }
    throw std::logic_error(std::string("no Keras code for a ") + kindName(l.kind) +
                           " outside a backbone");
}

// "Dense(units=512, activation='relu')"; a frozen layer says trainable=False.
std::string layerCall(const LayerSpec& l) {
    std::string args = layerArguments(l);
    if (l.hasWeights() && !l.trainable)
        args += args.empty() ? "trainable=False" : ", trainable=False";
    const std::string call = std::string(kindName(l.kind)) + "(" + args + ")";
    return l.isRecurrent() && l.bidirectional ? "Bidirectional(" + call + ")" : call;
}

// "from tensorflow.keras.layers import Flatten, Dense, Dropout": each class once, in the
// order the model first uses it (the seed's order), after those in `first`.
std::string layersImport(const std::vector<const LayerSpec*>& layers,
                         const std::vector<std::string>& first) {
    std::vector<std::string> classes = first;
    auto add = [&classes](const std::string& name) {
        if (std::find(classes.begin(), classes.end(), name) == classes.end())
            classes.push_back(name);
    };
    for (const LayerSpec* l : layers) {
        if (l->isRecurrent() && l->bidirectional) add("Bidirectional");
        add(kindName(l->kind));
    }
    std::string line = "from tensorflow.keras.layers import ";
    for (std::size_t i = 0; i < classes.size(); ++i) line += (i ? ", " : "") + classes[i];
    return line + "\n";
}

std::string addLayers(const std::vector<const LayerSpec*>& layers) {
    std::string code;
    for (const LayerSpec* l : layers) code += "model.add(" + layerCall(*l) + ")\n";
    return code;
}

std::string weightsArgument(const WeightsSource& weights) {
    switch (weights.kind) {
        case WeightsSource::Kind::KerasCache:
            break;
        case WeightsSource::Kind::None:
            return "None";
        case WeightsSource::Kind::File:
            return pythonString(weights.file.string());
    }
    return "'imagenet'";
}

// What LayerLab does to the base that Keras has no argument for.
std::string baseNotes(const ModelSpec& spec) {
    std::string notes;
    if (spec.preprocessing == Preprocessing::Caffe)
        notes +=
            "# LayerLab preprocesses 'caffe' (BGR minus the ImageNet mean): give both "
            "generators\n# preprocessing_function=tensorflow.keras.applications.vgg16."
            "preprocess_input, not rescale=1/255.\n";
    if (spec.preprocessing == Preprocessing::Tf)
        notes +=
            "# LayerLab preprocesses 'tf' (scaled to [-1, 1]): give both generators\n"
            "# preprocessing_function=tensorflow.keras.applications.mobilenet_v2."
            "preprocess_input, not rescale=1/255.\n";
    if (spec.frozenPrecision == FrozenPrecision::Bf16)
        notes +=
            "# LayerLab computes the frozen layers in bfloat16, Keras in float32: their "
            "outputs agree\n# to a cosine of 0.999, so the numbers differ a little.\n";
    return notes;
}

// The base's freezing as ticked, in the form Keras reads it.
std::string freezingCode(const std::vector<LayerSpec>& layers) {
    std::vector<std::string> trainable;
    std::size_t withWeights = 0;
    for (const LayerSpec& l : layers) {
        if (l.block == kHeadBlock || !l.hasWeights()) continue;
        ++withWeights;
        if (l.trainable) trainable.push_back(l.name);
    }
    if (trainable.empty()) return "model_base.trainable = False\n";
    if (trainable.size() == withWeights) return "model_base.trainable = True\n";
    const std::string test = "    if layer.name in ";
    return "# The base stays trainable: set False first (as the seed does), Keras 2 trains none "
           "of its\n# layers, whatever their flags, and Keras 3's model_base.summary() counts "
           "none trainable.\n"
           "model_base.trainable = True\n"
           "for layer in model_base.layers:\n" +
           test + pythonStringList(trainable, test.size()) +
           ":\n"
           "        layer.trainable = True\n"
           "    else:\n"
           "        layer.trainable = False\n";
}

std::string baseCall(const ModelSpec& spec, const WeightsSource& weights) {
    const std::string size = std::to_string(spec.inputSize);
    std::string call = spec.backbone == Backbone::Vgg16 ? "VGG16(" : "MobileNetV2(";
    call += "weights=" + weightsArgument(weights) + ", include_top=False, input_shape=(" + size +
            "," + size + ",3)";
    if (spec.backbone == Backbone::MobileNetV2) call += ", alpha=" + pythonFloat(spec.alpha);
    return call + ")";
}

}  // namespace

std::string kerasModelCode(const ModelSpec& spec, const std::vector<LayerSpec>& layers,
                           const WeightsSource& weights) {
    std::vector<const LayerSpec*> head;
    for (const LayerSpec& l : layers)
        if (l.block == kHeadBlock) head.push_back(&l);
    const std::string application = spec.backbone == Backbone::Vgg16 ? "VGG16" : "MobileNetV2";
    return "from tensorflow.keras.models import Sequential\n" + layersImport(head, {}) +
           "from tensorflow.keras.applications import " + application + "\n\n" +
           "model_base = " + baseCall(spec, weights) + "\n" + baseNotes(spec) +
           freezingCode(layers) +
           "\n"
           "model = Sequential()\n"
           "model.add(model_base)\n" +
           addLayers(head) + "model.summary()\n";
}

std::string kerasSequenceModelCode(const SequenceModelSpec& spec) {
    const auto layers = buildSequenceLayers(spec);
    std::vector<const LayerSpec*> all;
    for (const LayerSpec& l : layers) all.push_back(&l);
    const std::string words = std::to_string(spec.numWords);
    const std::string maxlen = std::to_string(spec.maxlen);
    const bool oneHot = spec.input == SequenceInput::OneHot;
    std::string code = "from tensorflow.keras.models import Sequential\n" +
                       layersImport(all, {"Input"}) + (oneHot ? "import numpy as np\n\n" : "\n");
    if (oneHot) {
        char gigabytes[32];
        std::snprintf(gigabytes, sizeof gigabytes, "%.1f",
                      25000.0 * spec.maxlen * spec.numWords * 4 / 1e9);
        code +=
            "# One-hot vectors of num_words for every word. LayerLab makes them batch by "
            "batch; here\n# the whole set at once: maxlen x num_words float32 per review, ";
        code += std::string(gigabytes) + " GB for IMDB's 25,000.\n";
        for (const char* set : {"train", "test"})
            code += std::string("x_data_") + set + "_seq = np.eye(" + words +
                    ", dtype='float32')[x_data_" + set + "_seq]\n";
        code += "\n";
    }
    return code + "model = Sequential()\nmodel.add(Input(shape=(" + maxlen +
           (oneHot ? ", " + words + ")))\n" : ",)))\n") + addLayers(all) + "model.summary()\n";
}

}  // namespace layerlab
