#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "data/Imdb.h"
#include "experiment/RunModel.h"
#include "model/ReviewReading.h"

namespace layerlab {

// One token of a review as the model received it.
struct ReadToken {
    std::int32_t index = 0;  // what the model got: 0 pad, 1 start, 2 OOV, else rank + 3
    std::string word;        // "<pad>", "<start>", a word; an OOV word keeps its text if known
    bool oov = false;
};

struct ReviewReadout {
    std::vector<ReadToken> tokens;  // padded, in the order the model read them
    ReviewReading reading;          // one entry per token
    bool prePadding = true;         // where pad_sequences put the padding
    bool preTruncating = true;      // and, for a review longer than maxlen, what it cut
    std::size_t cut = 0;            // tokens the truncation dropped
};

// A trained IMDB run reading reviews: its own reviews (x_train and x_test as load_data and
// pad_sequences gave them to the run) or text typed in, tokenised as the run's data source was.
class ReviewReader {
  public:
    // Throws FileError for a folder without a model, UsageError for an image run,
    // UsageError for a model that cannot be read step by step (Bidirectional).
    explicit ReviewReader(const std::filesystem::path& runDir);

    enum class Split { Train, Test };
    std::size_t reviews(Split split) const { return sequences(split).size(); }
    // x_train[index] or x_test[index] of the run's data. Throws UsageError for an index out of
    // range.
    ReviewReadout readStoredReview(Split split, std::size_t index);
    // Throws UsageError for text without a single word. Needs the word index (an aclImdb folder has
    // its own; an imdb.npz needs imdb_word_index.json beside it or in the Keras cache): throws
    // UsageError without it.
    ReviewReadout readText(const std::string& text);

  private:
    ReviewReadout read(const Sequence& sequence, const std::vector<std::string>& typed = {});
    const std::vector<Sequence>& sequences(Split split) const {
        return split == Split::Train ? train_ : test_;
    }

    RunModel model_;
    ImdbOptions options_;
    std::vector<Sequence> train_, test_;
    std::map<std::string, int> wordIndex_;
    RankToWord words_;
};

inline constexpr std::pair<ReviewReader::Split, const char*> kReviewSplits[] = {
    {ReviewReader::Split::Train, "train"}, {ReviewReader::Split::Test, "test"}};

}  // namespace layerlab
