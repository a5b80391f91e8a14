#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "download/pack/PackManifest.h"

namespace layerlab::pack {

// What `layerlab-cli pack create` packs.
struct PackRequest {
    std::filesystem::path out;  // the .llpack to write
    bool replace = false;       // --force: an existing `out` is replaced, else refused
    std::string title;
    std::vector<std::filesystem::path> datasets;  // image folders (train/ and validation/)
    std::vector<std::filesystem::path> weights;   // Keras .h5 files
    std::optional<std::filesystem::path> imdb;    // imdb.npz (imdb_word_index.json beside it too)
    // Every entry of this feature store (see createPack); none: no features.
    std::optional<std::filesystem::path> featureStore;
    std::vector<std::filesystem::path> runs;  // run folders
    std::optional<std::filesystem::path> lesson;
};

// Writes the pack: manifest.json first, then every member (see ZipWriter for which are
// deflated). Features: every entry of the store, not only those of the packed data and
// weights, because an entry's file name is a hash of its key that cannot be traced back to an
// image without loading the network and hashing the data again; a teacher who wants a pack of
// one lesson's features prepares them into a store of their own (`prepare --feature-store
// DIR`). A run being written, a run that names data or a weights file the pack does not hold
// (it could not train where it is installed), and two units of one name are refused in one
// sentence, before anything is written. Throws FileError.
PackManifest createPack(const PackRequest& request);

}  // namespace layerlab::pack
