#include "experiment/SequenceOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

Side readSide(ArgList& args, const std::string& option) {
    const std::string side = args.valueOr(option, "pre");
    if (side != "pre" && side != "post") throw UsageError(option + " must be pre or post");
    return side == "pre" ? Side::Pre : Side::Post;
}

SequenceModelSpec readSequenceModelSpec(ArgList& args, const std::string& maxlenOption) {
    SequenceModelSpec spec;
    if (auto cell = args.value("--cell")) {
        const auto parsed = enumFromName(kRecurrentCells, *cell);
        if (!parsed) throw UsageError("--cell must be simple_rnn, lstm or gru");
        spec.cell = *parsed;
    }
    spec.units = static_cast<int>(args.integer("--units").value_or(spec.units));
    const std::string input = args.valueOr("--input", "embedding");
    if (input != "embedding" && input != "one-hot")
        throw UsageError("--input must be one-hot or embedding");
    spec.oneHot = input == "one-hot";
    spec.embeddingDim =
        static_cast<int>(args.integer("--embedding-dim").value_or(spec.embeddingDim));
    spec.numWords = static_cast<int>(args.integer("--num-words").value_or(spec.numWords));
    spec.maxlen = static_cast<int>(args.integer(maxlenOption).value_or(spec.maxlen));
    spec.recurrentLayers = static_cast<int>(args.integer("--layers").value_or(1));
    spec.bidirectional = args.flag("--bidirectional");
    spec.dropout = args.number("--dropout").value_or(0.0);
    return spec;
}

}  // namespace layerlab
