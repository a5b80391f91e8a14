#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/AclImdb.h"
#include "data/Imdb.h"

namespace layerlab {

// Reviews as a user points at them: everything that reads them (the CLI, the IMDB page,
// training) takes one path and lets this decide what it is.
struct ImdbSourceData {
    ImdbData raw;  // raw ranks: give it to processImdb for load_data
    bool fromFolder = false;
    // An aclImdb folder's extras (an imdb.npz has none): ratings from the file names, the
    // Tokenizer's word index, and the files left out with the reason.
    std::vector<int> trainRatings, testRatings;
    std::map<std::string, int> wordIndex;
    std::vector<AclImdbFile> problems;
};

// A folder is read as a Stanford aclImdb tree, anything else as Keras's imdb.npz. Throws
// FileError/FormatError/DatasetError naming the path, also when it holds no training reviews.
ImdbSourceData readImdbSource(const std::filesystem::path& path);

// imdb_word_index.json for an imdb.npz: beside it, or in the Keras cache; none when neither
// has one.
std::optional<std::filesystem::path> findWordIndexFor(const std::filesystem::path& npz);

}  // namespace layerlab
