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
    spec.units = args.integer(kUnitsRange).value_or(spec.units);
    spec.input = readEnumOption(args, "--input", kSequenceInputs, SequenceInput::Embedding);
    spec.embeddingDim = args.integer(kEmbeddingDimRange).value_or(spec.embeddingDim);
    spec.numWords = args.integer(kNumWordsRange).value_or(spec.numWords);
    spec.maxlen = args.integer(kMaxlenRange).value_or(spec.maxlen);
    spec.recurrentLayers = args.integer(kLayersRange).value_or(spec.recurrentLayers);
    spec.bidirectional = args.flag("--bidirectional");
    spec.dropout = args.number("--dropout").value_or(spec.dropout);
    checkSequenceModelSpec(spec);
    return spec;
}

std::vector<std::string> sequenceModelArgs(const SequenceModelSpec& spec) {
    std::vector<std::string> args = {"--input",         enumName(kSequenceInputs, spec.input),
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
    kUnitsRange.check(spec.units);
    kEmbeddingDimRange.check(spec.embeddingDim);
    kNumWordsRange.check(spec.numWords);
    if (spec.input == SequenceInput::OneHot && spec.numWords > 20000)
        throw UsageError(MessageId::OneHotTooManyWords);
    kMaxlenRange.check(spec.maxlen);
    kLayersRange.check(spec.recurrentLayers);
    if (spec.dropout < 0 || spec.dropout >= 1) throw UsageError(MessageId::DropoutRange);
}

}  // namespace layerlab
