#include "experiment/ModelOptions.h"

#include "util/EnumNames.h"

namespace layerlab {
namespace {

template <typename Enum, std::size_t N>
Enum readEnum(ArgList& args, const std::string& option, const EnumNameTable<Enum, N>& table,
              Enum fallback) {
    const auto text = args.value(option);
    if (!text) return fallback;
    if (auto value = enumFromName(table, *text)) return *value;
    std::string choices;
    for (const auto& entry : table)
        choices += (choices.empty() ? "" : "|") + std::string(entry.second);
    throw UsageError(option + " must be " + choices);
}

}  // namespace

ModelSpec readModelSpec(ArgList& args) {
    ModelSpec spec;
    spec.backbone = readEnum(args, "--backbone", kBackbones, spec.backbone);
    spec.alpha = args.number("--alpha").value_or(spec.alpha);
    spec.inputSize = static_cast<int>(args.integer("--size").value_or(spec.inputSize));
    spec.head = readEnum(args, "--head", kHeads, spec.head);
    spec.numClasses = static_cast<int>(args.integer("--classes").value_or(spec.numClasses));
    // Each backbone's own weights want their own preprocessing; the lesson rescales.
    const Preprocessing fallback =
        spec.backbone == Backbone::MobileNetV2 ? Preprocessing::Tf : Preprocessing::Rescale;
    spec.preprocessing = readEnum(args, "--preprocessing", kPreprocessings, fallback);
    if (spec.inputSize < 32 || spec.inputSize > 1024) throw UsageError("--size must be 32..1024");
    return spec;
}

}  // namespace layerlab
