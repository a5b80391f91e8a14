#include "experiment/ModelOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

namespace {

constexpr IntRange kSizeRange{"--size", 32, 1024, "32..1024"};
constexpr IntRange kClassesRange{"--classes", 1, 100000, "1..100000"};

}  // namespace

ModelSpec readModelSpec(ArgList& args) {
    ModelSpec spec;
    spec.backbone = readEnumOption(args, "--backbone", kBackbones, spec.backbone);
    spec.alpha = args.number("--alpha").value_or(spec.alpha);
    spec.inputSize = args.integer(kSizeRange).value_or(spec.inputSize);
    spec.head = readEnumOption(args, "--head", kHeads, spec.head);
    spec.numClasses = args.integer(kClassesRange).value_or(spec.numClasses);
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
    kSizeRange.check(spec.inputSize);
    if (!(spec.alpha > 0) || spec.alpha > 4) throw UsageError(MessageId::AlphaRange);
    kClassesRange.check(spec.numClasses);
}

}  // namespace layerlab
