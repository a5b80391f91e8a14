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

// Upper limits well above IMDB's (88,584 words, reviews of a few thousand words) that keep a
// slip of the keyboard from allocating gigabytes.
void checkSequenceModelSpec(const SequenceModelSpec& spec) {
    if (spec.units < 1 || spec.units > 4096) throw UsageError("--units must be 1..4096");
    if (spec.embeddingDim < 1 || spec.embeddingDim > 4096)
        throw UsageError("--embedding-dim must be 1..4096");
    if (spec.numWords < 3 || spec.numWords > 1000000)
        throw UsageError("--num-words must be 3 (pad, start, OOV) to 1000000");
    if (spec.oneHot && spec.numWords > 20000)
        throw UsageError(
            "--num-words must be at most 20000 with --input one-hot (each word "
            "is a vector that long); use --input embedding for more");
    if (spec.maxlen < 1 || spec.maxlen > 100000) throw UsageError("--maxlen must be 1..100000");
    if (spec.recurrentLayers < 1 || spec.recurrentLayers > 16)
        throw UsageError("--layers must be 1..16");
    if (spec.dropout < 0 || spec.dropout >= 1) throw UsageError("--dropout must be in [0, 1)");
}

}  // namespace layerlab
