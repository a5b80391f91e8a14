#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/Imdb.h"

namespace layerlab {

enum class Side { Pre, Post };
inline constexpr std::pair<Side, const char*> kSides[] = {{Side::Pre, "pre"}, {Side::Post, "post"}};

// keras.preprocessing.sequence.pad_sequences: maxlen none = the longest; 'pre' truncating
// keeps the last maxlen tokens; rows × maxlen int32, row-major.
struct PaddedSequences {
    std::size_t rows = 0, columns = 0;
    std::vector<std::int32_t> values;
    std::int32_t at(std::size_t row, std::size_t column) const {
        return values[row * columns + column];
    }
};
PaddedSequences padSequences(const std::vector<Sequence>& sequences,
                             std::optional<int> maxlen = std::nullopt, Side padding = Side::Pre,
                             Side truncating = Side::Pre, std::int32_t value = 0);

// Length statistics as numpy computes them (median and percentiles by linear interpolation;
// histogram with equal-width bins over [min, max], the last bin closed).
struct LengthStatistics {
    std::vector<int> lengths;
    double mean = 0, median = 0;
    int min = 0, max = 0;
    double percentile(double q) const;  // q in [0, 100]
    std::vector<int> histogram(int bins, std::vector<double>* edges = nullptr) const;
    // Shares of reviews that pad_sequences(maxlen) would cut, or pad.
    double truncatedFraction(int maxlen) const;
    double paddedFraction(int maxlen) const;
};
LengthStatistics lengthStatistics(const std::vector<Sequence>& sequences);

// The reviews as a notebook prepares them for the model: load_data, then pad_sequences.
struct ImdbPreparation {
    ImdbOptions load;
    int maxlen = 0;
    Side padding = Side::Pre, truncating = Side::Pre;
};
// The lesson's cell for them, with the seed's names: (x_data_train, t_data_train),
// (x_data_test, t_data_test) = imdb.load_data(num_words=500), then x_data_train_seq and
// x_data_test_seq = pad_sequences(…, maxlen=100). Arguments at Keras's defaults are left out.
std::string kerasImdbDataCode(const ImdbPreparation& preparation);

}  // namespace layerlab
