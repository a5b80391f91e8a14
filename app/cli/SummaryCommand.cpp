#include <nlohmann/json.hpp>

#include <iostream>
#include <tuple>

#include "cli/Commands.h"
#include "experiment/ExperimentSpec.h"
#include "experiment/ModelOptions.h"
#include "experiment/SequenceOptions.h"
#include "model/Network.h"
#include "model/SequenceModel.h"
#include "util/EnumNames.h"

namespace layerlab::cli {

const char* const kSummaryHelp =
    "layerlab-cli summary --backbone vgg16|mobilenet_v2 [--alpha 0.35] [--size {transfer.size}]\n"
    "                     [--head lesson|gap] [--classes 2] [--unfreeze block5[,…]]\n"
    "                     [--strategy "
    "large-different|large-similar|small-different|small-similar]\n"
    "                     [--json]\n"
    "  Prints model.summary() as Keras does (Total params: 27,560,769 for the lesson's VGG16\n"
    "  at 224 px) with the backbone frozen as in the lesson, then unfrozen as asked.\n"
    "layerlab-cli summary --task imdb --cell simple_rnn|lstm|gru [--units {imdb.units}] [--input "
    "one-hot|embedding]\n"
    "                     [--embedding-dim {imdb.embedding_dim}] [--num-words {imdb.num_words}] "
    "[--maxlen {imdb.maxlen}] [--layers 1]\n"
    "                     [--bidirectional] [--json]\n"
    "  The RNN sentiment classifier's summary with Keras's parameter counts.\n";

namespace {

// `summary --task imdb`: the RNN of the lesson's second experiment.
std::pair<std::vector<LayerSpec>, Shape> sequenceModel(ArgList& args) {
    const SequenceModelSpec spec = readSequenceModelSpec(args);
    return {buildSequenceLayers(spec), sequenceInputShape(spec)};
}

}  // namespace

int runSummary(ArgList& args) {
    const bool json = args.flag("--json");
    const Task task = readEnumOption(args, "--task", kTasks, Task::Transfer);
    ModelSpec spec;
    std::vector<LayerSpec> layers;
    Shape input;
    if (task == Task::Imdb) {
        std::tie(layers, input) = sequenceModel(args);
    } else {
        spec = readModelSpec(args);
        layers = buildLayers(spec);
        input = {spec.inputSize, spec.inputSize, 3};
    }
    const auto unfreeze = args.value("--unfreeze");
    const auto strategy = args.value("--strategy");
    args.positionals();
    if (strategy) {
        const StrategyInfo* info = findStrategy(*strategy);
        if (!info) throw UsageError("unknown --strategy " + *strategy);
        applyStrategy(layers, info->strategy);
    }
    try {
        if (unfreeze)
            for (const auto& name : splitList(*unfreeze)) setTrainable(layers, name, true);
    } catch (const UsageError& error) {
        throw UsageError(std::string("--unfreeze: ") + error.what());
    }
    const auto infos = inferLayers(layers, input);
    const ParamTotals totals = paramTotals(layers, infos);
    if (!json) {
        std::cout << kerasSummary(layers, infos, "sequential");
        return 0;
    }
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < layers.size(); ++i)
        rows.push_back({{"name", layers[i].name},
                        {"type", typeName(layers[i])},
                        {"block", layers[i].block},
                        {"output_shape", infos[i].outputShape},
                        {"params", infos[i].params()},
                        {"trainable", layers[i].trainable}});
    std::cout << nlohmann::json{{"task", enumName(kTasks, task)},
                                {"input_shape", input},
                                {"layers", rows},
                                {"total_params", totals.total},
                                {"trainable_params", totals.trainable},
                                {"non_trainable_params", totals.nonTrainable}}
                     .dump(2)
              << "\n";
    return 0;
}

}  // namespace layerlab::cli
