#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/Commands.h"
#include "experiment/ReviewReader.h"
#include "util/Text.h"

namespace layerlab::cli {

const char* const kReadHelp =
    "layerlab-cli read --run RUN (--review INDEX [--split test|train] | --text \"…\") [--json]\n"
    "  A trained IMDB run reading one review token by token: after each token, P(positive)\n"
    "  if the review ended there (the final Dense on the hidden state). The review is x_test\n"
    "  [INDEX] (or x_train) as the run's load_data and pad_sequences gave it, or text tokenised "
    "as\n"
    "  the run's data was (words outside the vocabulary marked OOV). The padding the model\n"
    "  received is shown; the last value is the run's prediction for the review. --json adds\n"
    "  the hidden state at every step.\n";

int runRead(ArgList& args) {
    const auto run = args.value("--run");
    const auto index = args.integerIn("--review", 0, 100'000'000);
    const auto text = args.value("--text");
    const auto split = readEnumOption(args, "--split", kReviewSplits, ReviewReader::Split::Test);
    const bool asJson = args.flag("--json");
    args.positionals();
    if (!run || index.has_value() == text.has_value())
        throw UsageError("read needs --run RUN and one of --review INDEX or --text TEXT");
    ReviewReader reader(*run);
    const ReviewReadout out =
        text ? reader.readText(*text)
             : reader.readStoredReview(split, static_cast<std::size_t>(*index));
    if (asJson) {
        nlohmann::json tokens = nlohmann::json::array();
        for (std::size_t i = 0; i < out.tokens.size(); ++i)
            tokens.push_back({{"index", out.tokens[i].index},
                              {"word", printable(out.tokens[i].word)},
                              {"oov", out.tokens[i].oov},
                              {"p_positive", out.reading.positive[i]}});
        std::cout << nlohmann::json{{"padding", out.prePadding ? "pre" : "post"},
                                    {"cut", out.cut},
                                    {"units", out.reading.units},
                                    {"tokens", tokens},
                                    {"hidden", out.reading.hidden},
                                    {"prediction", out.reading.positive.back()}}
                         .dump()
                  << "\n";
        return 0;
    }
    std::cout << "padding: " << (out.prePadding ? "pre" : "post") << "\n";
    if (out.cut > 0)
        std::cout << "truncated: the " << (out.preTruncating ? "first " : "last ") << out.cut
                  << " tokens were cut (maxlen " << out.tokens.size() << ")\n";
    for (std::size_t i = 0; i < out.tokens.size(); ++i) {
        char p[16];
        std::snprintf(p, sizeof p, "%.4f", out.reading.positive[i]);
        std::cout << i << "\t" << out.tokens[i].index << "\t" << printable(out.tokens[i].word)
                  << (out.tokens[i].oov ? " (OOV)" : "") << "\t" << p << "\n";
    }
    char p[16];
    std::snprintf(p, sizeof p, "%.4f", out.reading.positive.back());
    std::cout << "prediction: P(positive) " << p << "\n";
    return 0;
}

}  // namespace layerlab::cli
