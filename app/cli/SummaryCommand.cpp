#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/Commands.h"
#include "cli/ModelOptions.h"
#include "model/Network.h"
#include "util/EnumNames.h"

namespace layerlab::cli {

const char* const kSummaryHelp =
    "layerlab-cli summary --backbone vgg16|mobilenet_v2 [--alpha 0.35] [--size 224]\n"
    "                     [--head lesson|gap] [--classes 2] [--unfreeze block5[,…]]\n"
    "                     [--strategy "
    "large-different|large-similar|small-different|small-similar]\n"
    "                     [--json]\n"
    "  Prints model.summary() as Keras does (Total params: 27,560,769 for the lesson's VGG16\n"
    "  at 224 px) with the backbone frozen as in the lesson, then unfrozen as asked.\n";

int runSummary(ArgList& args) {
    const bool json = args.flag("--json");
    const ModelSpec spec = readModelSpec(args);
    const auto unfreeze = args.value("--unfreeze");
    const auto strategy = args.value("--strategy");
    args.positionals();
    std::vector<LayerSpec> layers = buildLayers(spec);
    if (strategy) {
        const StrategyInfo* info = findStrategy(*strategy);
        if (!info) throw UsageError("unknown --strategy " + *strategy);
        applyStrategy(layers, info->strategy);
    }
    try {
        if (unfreeze)
            for (const auto& name : splitList(*unfreeze)) setTrainable(layers, name, true);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--unfreeze: ") + error.what());
    }
    const auto infos = inferLayers(layers, spec.inputSize, spec.inputSize);
    const ParamTotals totals = paramTotals(layers, infos);
    if (!json) {
        std::cout << kerasSummary(layers, infos, "sequential");
        return 0;
    }
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < layers.size(); ++i)
        rows.push_back({{"name", layers[i].name},
                        {"type", kindName(layers[i].kind)},
                        {"block", layers[i].block},
                        {"output_shape", infos[i].outputShape},
                        {"params", infos[i].params()},
                        {"trainable", layers[i].trainable}});
    std::cout << nlohmann::json{{"backbone", enumName(kBackbones, spec.backbone)},
                                {"input_size", spec.inputSize},
                                {"layers", rows},
                                {"total_params", totals.total},
                                {"trainable_params", totals.trainable},
                                {"non_trainable_params", totals.nonTrainable}}
                     .dump(2)
              << "\n";
    return 0;
}

}  // namespace layerlab::cli
