#include "experiment/ModelOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

ModelSpec readModelSpec(ArgList& args) {
    ModelSpec spec;
    spec.backbone = readEnumOption(args, "--backbone", kBackbones, spec.backbone);
    spec.alpha = args.number("--alpha").value_or(spec.alpha);
    spec.inputSize = static_cast<int>(args.integer("--size").value_or(spec.inputSize));
    spec.head = readEnumOption(args, "--head", kHeads, spec.head);
    spec.numClasses = static_cast<int>(args.integer("--classes").value_or(spec.numClasses));
    spec.preprocessing = readEnumOption(args, "--preprocessing", kPreprocessings,
                                        preferredPreprocessing(spec.backbone));
    spec.frozenPrecision =
        readEnumOption(args, "--frozen-precision", kFrozenPrecisions, spec.frozenPrecision);
    checkModelSpec(spec);
    return spec;
}

std::vector<std::string> modelOptionArgs(const ModelSpec& spec) {
    std::vector<std::string> args = {
        "--backbone",      enumName(kBackbones, spec.backbone),
        "--alpha",         numberArg(spec.alpha),
        "--size",          std::to_string(spec.inputSize),
        "--head",          enumName(kHeads, spec.head),
        "--preprocessing", enumName(kPreprocessings, spec.preprocessing)};
    if (spec.frozenPrecision != FrozenPrecision::Fp32)
        args.insert(args.end(),
                    {"--frozen-precision", enumName(kFrozenPrecisions, spec.frozenPrecision)});
    return args;
}

Preprocessing preferredPreprocessing(Backbone backbone) {
    return backbone == Backbone::MobileNetV2 ? Preprocessing::Tf : Preprocessing::Rescale;
}

void checkModelSpec(const ModelSpec& spec) {
    if (spec.inputSize < 32 || spec.inputSize > 1024) throw UsageError("--size must be 32..1024");
    if (!(spec.alpha > 0) || spec.alpha > 4) throw UsageError("--alpha must be in (0, 4]");
    if (spec.numClasses < 1) throw UsageError("--classes must be at least 1");
}

}  // namespace layerlab
