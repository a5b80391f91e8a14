#pragma once

#include <filesystem>

namespace layerlab {

// The built-in review set that makes the IMDB page work offline: short English reviews
// written by a seeded generator from positive and negative phrases (with negations such as
// "not good" so that word order matters), in the Stanford aclImdb layout
// (train|test / pos|neg / <id>_<rating>.txt, 500 per folder). It is not IMDB; the page says so.
// Returns the folder, generating it once. Throws FileError.
std::filesystem::path ensureSampleReviews(const std::filesystem::path& cacheDir);

}  // namespace layerlab
