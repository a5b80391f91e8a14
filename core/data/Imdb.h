#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace layerlab {

using Sequence = std::vector<std::int32_t>;

// keras.datasets.imdb.load_data's arguments, with its defaults.
struct ImdbOptions {
    std::optional<int> numWords;  // none: the largest index present
    int skipTop = 0;
    std::optional<int> maxlen;  // drops (!) reviews whose length, start char included, is ≥ maxlen
    std::uint32_t seed = 113;
    std::optional<int> startChar = 1;
    std::optional<int> oovChar = 2;
    int indexFrom = 3;
};

// The names of IMDB's labels, in label order (y 0 is a negative review, 1 a positive one).
inline std::vector<std::string> imdbClassNames() {
    return {"negative", "positive"};
}

struct ImdbSplit {
    std::vector<Sequence> x;
    std::vector<std::int64_t> y;
};

struct ImdbData {
    ImdbSplit train, test;
};

// The raw arrays of an imdb.npz (Keras's format: x_* object arrays of rank lists, y_* ints).
// Throws FileError/FormatError naming the file and member.
ImdbData readImdbNpz(const std::filesystem::path& path);

// The order load_data puts reviews in: one RandomState(seed) shuffles the train indices, then
// the test indices. Element i is the original index of the i-th review after shuffling (for
// carrying other per-review data, such as aclImdb ratings, along).
struct ImdbOrder {
    std::vector<std::size_t> train, test;
};
ImdbOrder loadDataOrder(std::size_t trainSize, std::size_t testSize, std::uint32_t seed);

// load_data's processing, exactly: one RandomState(seed) shuffles train then test, then
// start_char, index_from, the maxlen filter, and num_words/skip_top → oov_char.
ImdbData processImdb(ImdbData raw, const ImdbOptions& options);

// {word: rank} from imdb_word_index.json. Throws FileError/FormatError.
std::map<std::string, int> readWordIndex(const std::filesystem::path& path);

// {rank: word}: the word index turned around once, for decoding many reviews.
using RankToWord = std::map<int, std::string>;
RankToWord invertWordIndex(const std::map<std::string, int>& wordIndex);

// Decodes a processed sequence back to words: index − index_from looked up by rank;
// 0 → "<pad>", start → "<start>", OOV → "<oov>", unknown → "<?>".
std::vector<std::string> decodeReview(const Sequence& sequence, const RankToWord& words,
                                      const ImdbOptions& options = {});

}  // namespace layerlab
