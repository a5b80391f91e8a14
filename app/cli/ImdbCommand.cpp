#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/Commands.h"
#include "data/Imdb.h"
#include "data/ImdbSource.h"
#include "data/Sequences.h"
#include "experiment/SequenceOptions.h"
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
    "layerlab-cli imdb [PATH] [--num-words {imdb.num_words}] [--skip-top {imdb.skip_top}] "
    "[--maxlen-drop N] [--load-seed {imdb.load_seed}]\n"
    "                  [--maxlen {imdb.maxlen}] [--padding pre|post] [--truncating pre|post] "
    "[--bins 20] "
    "[--json]\n"
    "  Loads PATH (an imdb.npz, or a Stanford aclImdb folder: "
    "train|test/neg|pos/<id>_<rating>.txt,\n"
    "  tokenized and ranked like Keras's Tokenizer) as keras.datasets.imdb.load_data does and "
    "prints what the\n"
    "  lesson prints: shapes, the first labels, the first review's tokens and lengths, mean and\n"
    "  median length, a histogram, and the pad_sequences shape. Without PATH, Keras's cached\n"
    "  ~/.keras/datasets/imdb.npz ($KERAS_HOME) is used. --maxlen-drop is load_data's\n"
    "  maxlen (it drops long reviews); --maxlen is pad_sequences' (it cuts them), as in train.\n";

namespace {

// load_data's arguments. One spelling per option across commands; this command's older ones
// (--seed, --pad-maxlen) still work.
ImdbOptions readLoadDataOptions(ArgList& args) {
    args.acceptAlias("--seed", "--load-seed");
    ImdbOptions options;
    // As train checks them; 0 words means every word (load_data's num_words=None).
    options.numWords =
        args.integerIn("--num-words", 0, 1000000).value_or(defaults::imdb::kNumWords);
    if (*options.numWords == 0) options.numWords.reset();
    if (options.numWords && *options.numWords < 3)
        throw UsageError("--num-words must be 0 (every word) or 3 (pad, start, OOV) to 1000000");
    options.skipTop = args.integerIn("--skip-top", 0, 1000000).value_or(defaults::imdb::kSkipTop);
    if (auto m = args.integerIn("--maxlen-drop", 1, 1000000)) options.maxlen = *m;
    options.seed = args.unsignedInteger("--load-seed").value_or(defaults::imdb::kLoadSeed);
    return options;
}

// The one PATH, or Keras's own copy: a student who ran the notebook has it.
std::filesystem::path imdbPath(std::vector<std::string> rest) {
    if (rest.empty()) {
        const auto cached = findKerasDataset("imdb.npz");
        if (!cached)
            throw UsageError(
                "imdb needs a PATH: no imdb.npz in the Keras cache (~/.keras/datasets)");
        std::cerr << "Using the Keras cache: " << cached->string() << "\n";  // stdout may be JSON
        return *cached;
    }
    if (rest.size() != 1)
        throw UsageError("imdb needs exactly one PATH (an imdb.npz or an aclImdb folder)");
    return rest.front();
}

template <typename T>
std::vector<T> firstTen(const std::vector<T>& values) {
    return {values.begin(), values.begin() + std::min<std::size_t>(10, values.size())};
}

// What the lesson prints about the loaded reviews.
struct ImdbReport {
    const ImdbData& data;
    LengthStatistics train, test;
    PaddedSequences padded;
    int maxlen;
};

void printJson(const ImdbReport& r) {
    const std::vector<std::int32_t> firstRow(
        r.padded.values.begin(), r.padded.values.begin() + static_cast<long>(r.padded.columns));
    std::cout << nlohmann::json{{"train_size", r.data.train.x.size()},
                                {"test_size", r.data.test.x.size()},
                                {"train_labels_first10", firstTen(r.data.train.y)},
                                {"train_first_lengths", firstTen(r.train.lengths)},
                                {"train_mean_length", r.train.mean},
                                {"train_median_length", r.train.median},
                                {"test_mean_length", r.test.mean},
                                {"test_median_length", r.test.median},
                                {"train0_tokens", r.data.train.x.front()},
                                {"padded_shape", {r.padded.rows, r.padded.columns}},
                                {"padded_first_row", firstRow}}
                     .dump(2)
              << "\n";
}

void printText(const ImdbReport& r, int bins) {
    const ImdbData& data = r.data;
    std::cout << "x_train: (" << data.train.x.size() << ",)  t_train: (" << data.train.y.size()
              << ",)\n"
              << "x_test: (" << data.test.x.size() << ",)  t_test: (" << data.test.y.size()
              << ",)\n"
              << "t_train[:10]: " << listText(firstTen(data.train.y)) << "\n"
              << "x_train[0]: " << listText(data.train.x.front()) << "\n"
              << "len(x_train[0]): " << data.train.x.front().size() << "\n";
    if (data.train.x.size() > 1) std::cout << "len(x_train[1]): " << data.train.x[1].size() << "\n";
    std::cout << "lengths[:10]: " << listText(firstTen(r.train.lengths)) << "\n"
              << "train mean length: " << r.train.mean << ", median: " << r.train.median << "\n"
              << "test mean length: " << r.test.mean << ", median: " << r.test.median << "\n"
              << "length histogram (train):\n";
    printHistogram(r.train, bins);
    std::cout << "pad_sequences(maxlen=" << r.maxlen << "): (" << r.padded.rows << ", "
              << r.padded.columns << ")  "
              << "truncated " << 100.0 * r.train.truncatedFraction(r.maxlen) << "%, padded "
              << 100.0 * r.train.paddedFraction(r.maxlen) << "%\n";
}

}  // namespace

int runImdb(ArgList& args) {
    const ImdbOptions options = readLoadDataOptions(args);
    args.acceptAlias("--pad-maxlen", "--maxlen");
    const int maxlen = args.integer(kMaxlenRange).value_or(defaults::imdb::kMaxlen);
    const Side padding = readSide(args, "--padding"), truncating = readSide(args, "--truncating");
    const int bins = args.integerIn("--bins", 1, 1000).value_or(20);
    const bool json = args.flag("--json");
    ImdbSourceData source = readImdbSource(imdbPath(args.positionals()));
    if (!json)
        for (const auto& problem : source.problems)
            std::cout << "skipped " << problem.path.string() << ": " << englishText(problem.problem) << "\n";
    const ImdbData data = processImdb(std::move(source.raw), options);
    if (data.train.x.empty())  // --maxlen-drop can drop them all
        throw UsageError("--maxlen-drop " + std::to_string(options.maxlen.value_or(0)) +
                         " drops every training review");
    const ImdbReport report{data, lengthStatistics(data.train.x), lengthStatistics(data.test.x),
                            padSequences(data.train.x, maxlen, padding, truncating), maxlen};
    if (json)
        printJson(report);
    else
        printText(report, bins);
    return 0;
}

}  // namespace layerlab::cli
