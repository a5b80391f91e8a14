#include "data/Imdb.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

#include "io/FileIO.h"
#include "io/NpyArray.h"
#include "io/ZipArchive.h"
#include "util/NumpyRandom.h"
#include "util/Text.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

ImdbSplit readSplit(const ZipArchive& zip, const std::filesystem::path& path,
                    const std::string& split) {
    const std::string file = displayPath(path);
    NpyArray x = parseNpy(zip.read("x_" + split + ".npy"), file + ":x_" + split);
    NpyArray y = parseNpy(zip.read("y_" + split + ".npy"), file + ":y_" + split);
    if (!x.isObject()) throw FormatError(MessageId::ImdbNotLists, {file, split});
    if (x.lists.size() != y.values.size())
        throw FormatError(MessageId::ImdbCountMismatch,
                          {file, split, std::to_string(x.lists.size()),
                           std::to_string(y.values.size())});
    for (const auto label : y.values)
        if (label != 0 && label != 1)
            throw FormatError(MessageId::ImdbBadLabel, {file, split, std::to_string(label)});
    return {std::move(x.lists), std::move(y.values)};
}

std::vector<std::size_t> shuffledIndices(std::size_t size, NumpyRandom& random) {
    std::vector<std::size_t> indices(size);
    std::iota(indices.begin(), indices.end(), 0);
    random.shuffle(indices);
    return indices;
}

void reorder(ImdbSplit& split, const std::vector<std::size_t>& order) {
    ImdbSplit shuffled;
    for (auto i : order) {
        shuffled.x.push_back(std::move(split.x[i]));
        shuffled.y.push_back(split.y[i]);
    }
    split = std::move(shuffled);
}

void offset(ImdbSplit& split, const ImdbOptions& o) {
    for (auto& review : split.x) {
        for (auto& w : review) w += o.indexFrom;
        if (o.startChar) review.insert(review.begin(), *o.startChar);
    }
}

// _remove_long_seq: keeps reviews strictly shorter than maxlen.
void dropLong(ImdbSplit& split, int maxlen) {
    ImdbSplit kept;
    for (std::size_t i = 0; i < split.x.size(); ++i)
        if (static_cast<int>(split.x[i].size()) < maxlen) {
            kept.x.push_back(std::move(split.x[i]));
            kept.y.push_back(split.y[i]);
        }
    split = std::move(kept);
}

}  // namespace

ImdbData readImdbNpz(const std::filesystem::path& path) {
    const ZipArchive zip(path);
    return {readSplit(zip, path, "train"), readSplit(zip, path, "test")};
}

ImdbOrder loadDataOrder(std::size_t trainSize, std::size_t testSize, std::uint32_t seed) {
    NumpyRandom random(seed);  // one stream: train first, then test
    ImdbOrder order;
    order.train = shuffledIndices(trainSize, random);
    order.test = shuffledIndices(testSize, random);
    return order;
}

ImdbData processImdb(ImdbData data, const ImdbOptions& o) {
    const ImdbOrder order = loadDataOrder(data.train.x.size(), data.test.x.size(), o.seed);
    reorder(data.train, order.train);
    reorder(data.test, order.test);
    if (o.startChar || o.indexFrom) {
        offset(data.train, o);
        offset(data.test, o);
    }
    if (o.maxlen) {
        dropLong(data.train, *o.maxlen);
        dropLong(data.test, *o.maxlen);
        if (data.train.x.empty() || data.test.x.empty())
            throw UsageError(MessageId::MaxlenDropsEverything, {std::to_string(*o.maxlen)});
    }
    int numWords = o.numWords.value_or(0);
    if (!o.numWords)
        for (const auto* split : {&data.train, &data.test})
            for (const auto& review : split->x)
                for (auto w : review) numWords = std::max(numWords, w);
    for (auto* split : {&data.train, &data.test})
        for (auto& review : split->x) {
            if (o.oovChar) {
                for (auto& w : review)
                    if (w < o.skipTop || w >= numWords) w = *o.oovChar;
            } else {
                review.erase(std::remove_if(review.begin(), review.end(),
                                            [&](int w) { return w < o.skipTop || w >= numWords; }),
                             review.end());
            }
        }
    return data;
}

std::map<std::string, int> readWordIndex(const std::filesystem::path& path) {
    // Keras's imdb_word_index.json is 1.6 MB; parsed JSON takes about ten times its size.
    constexpr std::uintmax_t kMaxWordIndexBytes = std::uintmax_t{64} << 20;
    // A rank beyond any vocabulary (num_words is at most 1,000,000): such a word is out of
    // vocabulary, as it would be in Keras, never a rank that wrapped around into it.
    constexpr std::int64_t kMaxRank = std::int64_t{1} << 30;
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(readFileBytes(path, kMaxWordIndexBytes));
    } catch (const nlohmann::json::exception& error) {
        throw FormatError(MessageId::WordIndexNotJson,
                          {displayPath(path), printable(withoutJsonTag(error.what()))});
    }
    if (!json.is_object())
        throw FormatError(MessageId::WordIndexNotObject, {displayPath(path)});
    std::map<std::string, int> index;
    for (const auto& [word, rank] : json.items()) {
        // JSON's positive whole numbers are read as unsigned, zero and negative ones as signed.
        if (!rank.is_number_unsigned() || rank.get<std::uint64_t>() < 1)
            throw FormatError(MessageId::WordIndexBadRank, {displayPath(path), printable(word)});
        if (rank.get<std::uint64_t>() <= std::uint64_t{kMaxRank})
            index[word] = static_cast<int>(rank.get<std::uint64_t>());
    }
    return index;
}

RankToWord invertWordIndex(const std::map<std::string, int>& wordIndex) {
    RankToWord byRank;
    for (const auto& [word, rank] : wordIndex) byRank.emplace(rank, word);
    return byRank;
}

std::vector<std::string> decodeReview(const Sequence& sequence, const RankToWord& byRank,
                                      const ImdbOptions& o) {
    std::vector<std::string> words;
    for (auto w : sequence) {
        if (w == 0)
            words.emplace_back("<pad>");
        else if (o.startChar && w == *o.startChar)
            words.emplace_back("<start>");
        else if (o.oovChar && w == *o.oovChar)
            words.emplace_back("<oov>");
        else if (auto it = byRank.find(w - o.indexFrom); it != byRank.end())
            words.push_back(it->second);
        else
            words.emplace_back("<?>");
    }
    return words;
}

}  // namespace layerlab
