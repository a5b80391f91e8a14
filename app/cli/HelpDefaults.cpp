#include "cli/HelpDefaults.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "util/LessonDefaults.h"

namespace layerlab::cli {
namespace {

// A learning rate as people write it: "1e-4", the shortest mantissa that reads back.
std::string scientific(double value) {
    char text[32];
    for (int digits = 0; digits < 17; ++digits) {
        std::snprintf(text, sizeof text, "%.*e", digits, value);
        if (std::strtod(text, nullptr) == value) break;
    }
    std::string out = text;
    const auto e = out.find('e');
    std::string exponent = out.substr(e + 1);
    const bool negative = exponent.front() == '-';
    exponent.erase(0, exponent.find_first_not_of("+-0"));
    return out.substr(0, e + 1) + (negative ? "-" : "") + (exponent.empty() ? "0" : exponent);
}

std::string plain(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

std::string withDefaults(std::string help) {
    namespace d = defaults;
    using std::to_string;
    const std::pair<const char*, std::string> values[] = {
        {"{transfer.size}", to_string(d::transfer::kInputSize)},
        {"{transfer.epochs}", to_string(d::transfer::kEpochs)},
        {"{transfer.steps_per_epoch}", to_string(d::transfer::kStepsPerEpoch)},
        {"{transfer.validation_steps}", to_string(d::transfer::kValidationSteps)},
        {"{transfer.batch_size}", to_string(d::transfer::kBatchSize)},
        {"{transfer.learning_rate}", scientific(d::transfer::kLearningRate)},
        {"{fine_tune.learning_rate}", scientific(d::fine_tune::kLearningRate)},
        {"{feature_store.cap_mb}", to_string(d::feature_store::kCapMB)},
        {"{imdb.num_words}", to_string(d::imdb::kNumWords)},
        {"{imdb.skip_top}", to_string(d::imdb::kSkipTop)},
        {"{imdb.load_seed}", to_string(d::imdb::kLoadSeed)},
        {"{imdb.maxlen}", to_string(d::imdb::kMaxlen)},
        {"{imdb.epochs}", to_string(d::imdb::kEpochs)},
        {"{imdb.batch_size}", to_string(d::imdb::kBatchSize)},
        {"{imdb.learning_rate}", scientific(d::imdb::kLearningRate)},
        {"{imdb.validation_split}", plain(d::imdb::kValidationSplit)},
        {"{imdb.units}", to_string(d::imdb::kUnits)},
        {"{imdb.embedding_dim}", to_string(d::imdb::kEmbeddingDim)}};
    for (const auto& [name, value] : values)
        for (auto at = help.find(name); at != std::string::npos; at = help.find(name, at))
            help.replace(at, std::string(name).size(), value);
    return help;
}

}  // namespace layerlab::cli
