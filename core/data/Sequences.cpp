#include "data/Sequences.h"
#include "util/EnumNames.h"
#include "util/UsageError.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace layerlab {

PaddedSequences padSequences(const std::vector<Sequence>& sequences, std::optional<int> maxlen,
                             Side padding, Side truncating, std::int32_t value) {
    std::size_t columns = 0;
    if (maxlen) {
        if (*maxlen < 0) throw UsageError("maxlen must be >= 0");
        columns = static_cast<std::size_t>(*maxlen);
    } else {
        for (const auto& s : sequences) columns = std::max(columns, s.size());
    }
    PaddedSequences out;
    out.rows = sequences.size();
    out.columns = columns;
    out.values.assign(out.rows * columns, value);
    for (std::size_t r = 0; r < sequences.size(); ++r) {
        const Sequence& s = sequences[r];
        const std::size_t keep = std::min(columns, s.size());
        if (keep == 0) continue;
        const auto from = truncating == Side::Pre ? s.end() - static_cast<long>(keep) : s.begin();
        auto* row = out.values.data() + r * columns;
        std::copy(from, from + static_cast<long>(keep),
                  padding == Side::Post ? row : row + (columns - keep));
    }
    return out;
}

LengthStatistics lengthStatistics(const std::vector<Sequence>& sequences) {
    LengthStatistics s;
    for (const auto& q : sequences) s.lengths.push_back(static_cast<int>(q.size()));
    if (s.lengths.empty()) return s;
    s.mean = std::accumulate(s.lengths.begin(), s.lengths.end(), 0.0) /
             static_cast<double>(s.lengths.size());
    s.min = *std::min_element(s.lengths.begin(), s.lengths.end());
    s.max = *std::max_element(s.lengths.begin(), s.lengths.end());
    s.median = s.percentile(50);
    return s;
}

double LengthStatistics::percentile(double q) const {
    if (lengths.empty()) return 0;
    std::vector<int> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    const double position = q / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (position - static_cast<double>(low)) * (sorted[high] - sorted[low]);
}

std::vector<int> LengthStatistics::histogram(int bins, std::vector<double>* edges) const {
    if (bins < 1) throw UsageError("histogram needs at least one bin");
    std::vector<int> counts(static_cast<std::size_t>(bins), 0);
    double lo = min, hi = max;
    if (lo == hi) lo -= 0.5, hi += 0.5;  // numpy widens an empty range the same way
    if (edges) {
        edges->clear();
        for (int i = 0; i <= bins; ++i) edges->push_back(lo + (hi - lo) * i / bins);
    }
    for (int length : lengths) {
        auto bin = static_cast<int>((length - lo) / (hi - lo) * bins);
        counts[static_cast<std::size_t>(std::clamp(bin, 0, bins - 1))]++;
    }
    return counts;
}

double LengthStatistics::truncatedFraction(int maxlen) const {
    if (lengths.empty()) return 0;
    return static_cast<double>(
               std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n > maxlen; })) /
           static_cast<double>(lengths.size());
}

double LengthStatistics::paddedFraction(int maxlen) const {
    if (lengths.empty()) return 0;
    return static_cast<double>(
               std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n < maxlen; })) /
           static_cast<double>(lengths.size());
}

namespace {

// Appends "name=value" (comma-separated) for an argument that differs from Keras's default.
void addArgument(std::string& args, bool shown, const std::string& name, const std::string& value) {
    if (shown) args += (args.empty() ? "" : ", ") + name + "=" + value;
}

std::string optionalInt(const std::optional<int>& value) {
    return value ? std::to_string(*value) : "None";
}

}  // namespace

std::string kerasImdbDataCode(const ImdbPreparation& p) {
    const ImdbOptions keras;
    std::string load;
    addArgument(load, p.load.numWords.has_value(), "num_words", optionalInt(p.load.numWords));
    addArgument(load, p.load.skipTop != keras.skipTop, "skip_top", std::to_string(p.load.skipTop));
    addArgument(load, p.load.maxlen.has_value(), "maxlen", optionalInt(p.load.maxlen));
    addArgument(load, p.load.seed != keras.seed, "seed", std::to_string(p.load.seed));
    addArgument(load, p.load.startChar != keras.startChar, "start_char",
                optionalInt(p.load.startChar));
    addArgument(load, p.load.oovChar != keras.oovChar, "oov_char", optionalInt(p.load.oovChar));
    addArgument(load, p.load.indexFrom != keras.indexFrom, "index_from",
                std::to_string(p.load.indexFrom));
    std::string pad;
    addArgument(pad, p.maxlen > 0, "maxlen", std::to_string(p.maxlen));
    addArgument(pad, p.padding != Side::Pre, "padding",
                std::string("'") + enumName(kSides, p.padding) + "'");
    addArgument(pad, p.truncating != Side::Pre, "truncating",
                std::string("'") + enumName(kSides, p.truncating) + "'");
    if (!pad.empty()) pad = ", " + pad;
    std::string code =
        "from tensorflow.keras.datasets import imdb\n"
        "from tensorflow.keras.preprocessing.sequence import pad_sequences\n\n"
        "(x_data_train, t_data_train), (x_data_test, t_data_test) = \\\n";
    code += "    imdb.load_data(" + load + ")\n";
    code += "x_data_train_seq = pad_sequences(x_data_train" + pad + ")\n";
    code += "x_data_test_seq = pad_sequences(x_data_test" + pad + ")\n";
    return code;
}

}  // namespace layerlab
