#include "data/AclImdb.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "data/ImageFolder.h"
#include "io/FileIO.h"
#include "util/ParallelFor.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

// Returns the offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalidUtf8At(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int extra = c < 0x80           ? 0
                          : (c >> 5) == 0x6  ? 1
                          : (c >> 4) == 0xE  ? 2
                          : (c >> 3) == 0x1E ? 3
                                             : -1;
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra == 0 ? 1 : 0))
            return i;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) >> 6) != 0x2)
                return i;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return std::string::npos;
}

struct Review {
    fs::path path;
    long id = 0;
    int rating = 0;
    int label = 0;
    std::vector<std::string> words;
};

constexpr std::uintmax_t kMaxReviewBytes = 1u << 20;

// Reads and tokenizes one review; returns why it cannot be used, if it cannot.
std::optional<Message> load(Review& review) {
    std::string text;
    try {
        text = readFileBytes(review.path, kMaxReviewBytes);  // the longest real one: 14 KB
    } catch (const FileError& error) {
        return error.message();
    }
    if (text.empty()) return Message(MessageId::ReviewEmpty);
    if (const auto bad = invalidUtf8At(text); bad != std::string::npos)
        return Message(MessageId::ReviewInvalidUtf8, {std::to_string(bad)});
    review.words = tokenizeReview(text);
    return std::nullopt;
}

std::vector<Review> readSplit(const fs::path& root, const std::string& split,
                              std::vector<AclImdbFile>& problems) {
    std::vector<Review> reviews;
    for (const auto& [folder, label] : {std::pair{"neg", 0}, std::pair{"pos", 1}}) {
        const fs::path dir = root / split / folder;
        if (!fs::is_directory(dir))
            throw DatasetError(MessageId::NotAnAclImdbFolder, {displayPath(dir)});
        std::vector<Review> found;
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
            Review review;
            review.path = entry.path();
            review.label = label;
            const std::string stem = entry.path().stem().string();  // <id>_<rating>
            try {
                review.id = std::stol(stem.substr(0, stem.find('_')));
                review.rating = std::stoi(stem.substr(stem.find('_') + 1));
            } catch (const std::exception&) {
                problems.push_back({entry.path(), Message(MessageId::ReviewBadName)});
                continue;
            }
            found.push_back(std::move(review));
        }
        std::sort(found.begin(), found.end(),
                  [](const Review& a, const Review& b) { return a.id < b.id; });
        // Reading and tokenizing dominate: spread them over the cores, keep the order.
        std::vector<std::optional<Message>> problemOf(found.size());
        parallelFor(found.size(), [&](std::size_t i) { problemOf[i] = load(found[i]); });
        for (std::size_t i = 0; i < found.size(); ++i) {
            if (!problemOf[i])
                reviews.push_back(std::move(found[i]));
            else
                problems.push_back({found[i].path, *problemOf[i]});
        }
    }
    return reviews;
}

}  // namespace

std::vector<std::string> tokenizeReview(const std::string& text) {
    static const std::string kFilters = "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n";
    std::string cleaned;
    cleaned.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 6, "<br />") == 0) {
            cleaned += ' ';
            i += 5;
            continue;
        }
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        cleaned += kFilters.find(c) == std::string::npos ? c : ' ';
    }
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < cleaned.size()) {
        const auto end = cleaned.find(' ', start);
        const auto stop = end == std::string::npos ? cleaned.size() : end;
        if (stop > start) words.push_back(cleaned.substr(start, stop - start));
        start = stop + 1;
    }
    return words;
}

AclImdb readAclImdb(const fs::path& root) {
    AclImdb result;
    const auto train = readSplit(root, "train", result.problems);
    const auto test = readSplit(root, "test", result.problems);

    // Tokenizer.fit_on_texts: counts in first-appearance order, then a stable sort by count.
    std::unordered_map<std::string, std::size_t> slot;
    std::vector<std::pair<std::string, long>> counts;
    for (const auto& review : train)
        for (const auto& word : review.words) {
            auto [it, inserted] = slot.emplace(word, counts.size());
            if (inserted) counts.emplace_back(word, 0);
            counts[it->second].second++;
        }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::unordered_map<std::string, int> rank;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        rank[counts[i].first] = static_cast<int>(i + 1);
        result.wordIndex[counts[i].first] = static_cast<int>(i + 1);
    }
    auto encode = [&](const std::vector<Review>& reviews, ImdbSplit& split,
                      std::vector<int>& ratings) {
        for (const auto& review : reviews) {
            Sequence sequence;
            for (const auto& word : review.words)
                if (auto it = rank.find(word); it != rank.end()) sequence.push_back(it->second);
            split.x.push_back(std::move(sequence));
            split.y.push_back(review.label);
            ratings.push_back(review.rating);
        }
    };
    encode(train, result.data.train, result.trainRatings);
    encode(test, result.data.test, result.testRatings);
    return result;
}

}  // namespace layerlab
