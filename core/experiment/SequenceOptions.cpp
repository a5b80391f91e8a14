#include "experiment/SequenceOptions.h"

#include "util/EnumNames.h"

namespace layerlab {
Side readSide(ArgList& args, const std::string& option) {
    return readEnumOption(args, option, kSides, Side::Pre);
}

SequenceModelSpec readSequenceModelSpec(ArgList& args) {
    args.acceptAlias("--pad-maxlen", "--maxlen");
    SequenceModelSpec spec;
    spec.cell = readEnumOption(args, "--cell", kRecurrentCells, spec.cell);
    spec.units = static_cast<int>(args.integer("--units").value_or(spec.units));
    spec.oneHot = readEnumOption(args, "--input", kSequenceInputs, false);
    spec.embeddingDim =
        static_cast<int>(args.integer("--embedding-dim").value_or(spec.embeddingDim));
    spec.numWords = static_cast<int>(args.integer("--num-words").value_or(spec.numWords));
    spec.maxlen = static_cast<int>(args.integer("--maxlen").value_or(spec.maxlen));
    spec.recurrentLayers =
        static_cast<int>(args.integer("--layers").value_or(spec.recurrentLayers));
    spec.bidirectional = args.flag("--bidirectional");
    spec.dropout = args.number("--dropout").value_or(spec.dropout);
    checkSequenceModelSpec(spec);
    return spec;
}

std::vector<std::string> sequenceModelArgs(const SequenceModelSpec& spec) {
    std::vector<std::string> args = {"--input",         enumName(kSequenceInputs, spec.oneHot),
                                     "--cell",          enumName(kRecurrentCells, spec.cell),
                                     "--units",         std::to_string(spec.units),
                                     "--embedding-dim", std::to_string(spec.embeddingDim),
                                     "--layers",        std::to_string(spec.recurrentLayers),
                                     "--num-words",     std::to_string(spec.numWords),
                                     "--maxlen",        std::to_string(spec.maxlen)};
    if (spec.bidirectional) args.push_back("--bidirectional");
    if (spec.dropout != 0) args.insert(args.end(), {"--dropout", numberArg(spec.dropout)});
    return args;
}

void checkSequenceModelSpec(const SequenceModelSpec& spec) {
    if (spec.units < 1) throw UsageError("--units must be at least 1");
    if (spec.embeddingDim < 1) throw UsageError("--embedding-dim must be at least 1");
    if (spec.numWords < 3) throw UsageError("--num-words must be at least 3 (pad, start, OOV)");
    if (spec.maxlen < 1) throw UsageError("--maxlen must be at least 1");
    if (spec.recurrentLayers < 1) throw UsageError("--layers must be at least 1");
    if (spec.dropout < 0 || spec.dropout >= 1) throw UsageError("--dropout must be in [0, 1)");
}

}  // namespace layerlab
