#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/Commands.h"
#include "experiment/SequenceOptions.h"
#include "data/ImdbSource.h"
#include "data/Imdb.h"
#include "data/Sequences.h"
#include "io/KerasCache.h"
#include "util/LessonDefaults.h"

namespace layerlab::cli {
namespace {

template <typename T>
std::string listText(const std::vector<T>& values) {
    std::string text = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i ? ", " : "") + std::to_string(values[i]);
    return text + "]";
}

void printHistogram(const LengthStatistics& stats, int bins) {
    std::vector<double> edges;
    const auto counts = stats.histogram(bins, &edges);
    const int most = *std::max_element(counts.begin(), counts.end());
    for (int b = 0; b < bins; ++b) {
        char label[48];
        std::snprintf(label, sizeof label, "%7.0f-%-7.0f %6d ", edges[b], edges[b + 1], counts[b]);
        std::cout << label
                  << std::string(most ? static_cast<std::size_t>(50.0 * counts[b] / most) : 0, '#')
                  << "\n";
    }
}

}  // namespace

const char* const kImdbHelp =
    "layerlab-cli imdb [PATH] [--num-words 500] [--skip-top 0] [--maxlen-drop N] [--load-seed 113]\n"
    "                  [--maxlen 100] [--padding pre|post] [--truncating pre|post] [--bins 20] "
    "[--json]\n"
    "  Loads PATH (an imdb.npz, or a Stanford aclImdb folder: "
    "train|test/neg|pos/<id>_<rating>.txt,\n"
    "  tokenized and ranked like Keras's Tokenizer) as keras.datasets.imdb.load_data does and "
    "prints what the\n"
    "  lesson prints: shapes, the first labels, the first review's tokens and lengths, mean and\n"
    "  median length, a histogram, and the pad_sequences shape. Without PATH, Keras's cached\n"
    "  ~/.keras/datasets/imdb.npz ($KERAS_HOME) is used. --maxlen-drop is load_data's\n"
    "  maxlen (it drops long reviews); --maxlen is pad_sequences' (it cuts them), as in train.\n";

int runImdb(ArgList& args) {
    // One spelling per option across commands; this command's older ones still work.
    args.acceptAlias("--seed", "--load-seed");
    args.acceptAlias("--pad-maxlen", "--maxlen");
    ImdbOptions options;
    options.numWords =
        static_cast<int>(args.integer("--num-words").value_or(defaults::imdb::kNumWords));
    if (*options.numWords <= 0) options.numWords.reset();
    options.skipTop = static_cast<int>(args.integer("--skip-top").value_or(defaults::imdb::kSkipTop));
    if (auto m = args.integer("--maxlen-drop")) options.maxlen = static_cast<int>(*m);
    options.seed =
        static_cast<std::uint32_t>(args.integer("--load-seed").value_or(defaults::imdb::kLoadSeed));
    const int padMaxlen = static_cast<int>(args.integer("--maxlen").value_or(defaults::imdb::kMaxlen));
    const Side padding = readSide(args, "--padding"), truncating = readSide(args, "--truncating");
    const int bins = static_cast<int>(args.integer("--bins").value_or(20));
    const bool json = args.flag("--json");
    auto rest = args.positionals();
    if (rest.empty()) {  // a student who ran the notebook has Keras's own copy
        const auto cached = findKerasDataset("imdb.npz");
        if (!cached)
            throw UsageError(
                "imdb needs a PATH: no imdb.npz in the Keras cache (~/.keras/datasets)");
        std::cerr << "Using the Keras cache: " << cached->string() << "\n";  // stdout may be JSON
        rest.push_back(cached->string());
    }
    if (rest.size() != 1)
        throw UsageError("imdb needs exactly one PATH (an imdb.npz or an aclImdb folder)");

    ImdbSourceData source = readImdbSource(rest.front());
    if (!json)
        for (const auto& problem : source.problems)
            std::cout << "skipped " << problem.path.string() << ": " << problem.problem << "\n";
    const ImdbData data = processImdb(std::move(source.raw), options);
    const LengthStatistics train = lengthStatistics(data.train.x),
                           test = lengthStatistics(data.test.x);
    const PaddedSequences padded = padSequences(data.train.x, padMaxlen, padding, truncating);
    const std::vector<std::int64_t> labels(
        data.train.y.begin(),
        data.train.y.begin() + std::min<std::size_t>(10, data.train.y.size()));
    const std::vector<int> lengths(
        train.lengths.begin(),
        train.lengths.begin() + std::min<std::size_t>(10, train.lengths.size()));
    const std::vector<std::int32_t> firstRow(
        padded.values.begin(), padded.values.begin() + static_cast<long>(padded.columns));
    if (json) {
        std::cout << nlohmann::json{{"train_size", data.train.x.size()},
                                    {"test_size", data.test.x.size()},
                                    {"train_labels_first10", labels},
                                    {"train_first_lengths", lengths},
                                    {"train_mean_length", train.mean},
                                    {"train_median_length", train.median},
                                    {"test_mean_length", test.mean},
                                    {"test_median_length", test.median},
                                    {"train0_tokens", data.train.x.front()},
                                    {"padded_shape", {padded.rows, padded.columns}},
                                    {"padded_first_row", firstRow}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << "x_train: (" << data.train.x.size() << ",)  t_train: (" << data.train.y.size()
              << ",)\n"
              << "x_test: (" << data.test.x.size() << ",)  t_test: (" << data.test.y.size()
              << ",)\n"
              << "t_train[:10]: " << listText(labels) << "\n"
              << "x_train[0]: " << listText(data.train.x.front()) << "\n"
              << "len(x_train[0]): " << data.train.x.front().size() << "\n";
    if (data.train.x.size() > 1) std::cout << "len(x_train[1]): " << data.train.x[1].size() << "\n";
    std::cout << "lengths[:10]: " << listText(lengths) << "\n"
              << "train mean length: " << train.mean << ", median: " << train.median << "\n"
              << "test mean length: " << test.mean << ", median: " << test.median << "\n"
              << "length histogram (train):\n";
    printHistogram(train, bins);
    std::cout << "pad_sequences(maxlen=" << padMaxlen << "): (" << padded.rows << ", "
              << padded.columns << ")  "
              << "truncated " << 100.0 * train.truncatedFraction(padMaxlen) << "%, padded "
              << 100.0 * train.paddedFraction(padMaxlen) << "%\n";
    return 0;
}

}  // namespace layerlab::cli
