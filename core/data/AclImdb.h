#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "data/Imdb.h"
#include "util/Message.h"

namespace layerlab {

// Keras's Tokenizer.fit_on_texts / text_to_word_sequence on a review: "<br />" removed,
// lower-cased (ASCII letters), the default filters !"#$%&()*+,-./:;<=>?@[\]^_`{|}~ and tabs
// and newlines turned into spaces, split on spaces.
std::vector<std::string> tokenizeReview(const std::string& text);

struct AclImdbFile {
    std::filesystem::path path;
    Message problem;  // "empty file", "invalid UTF-8 at byte N", …
};

// The Stanford aclImdb layout (train|test / neg|pos / <id>_<rating>.txt) turned into the
// imdb.npz form: ranks from the training set's word frequencies (1 = most frequent, ties in
// order of first appearance, as Tokenizer sorts), neg 0 / pos 1, files by numeric id.
// Unreadable, empty and invalid-UTF-8 files are left out and listed in `problems`; words the
// training set never saw are dropped, as texts_to_sequences does.
struct AclImdb {
    ImdbData data;  // raw ranks: give it to processImdb for load_data
    std::vector<int> trainRatings, testRatings;
    std::map<std::string, int> wordIndex;  // {word: rank}
    std::vector<AclImdbFile> problems;
};

// Throws DatasetError when `root` lacks train/ or test/ with pos/ and neg/.
AclImdb readAclImdb(const std::filesystem::path& root);

}  // namespace layerlab
