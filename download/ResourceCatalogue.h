#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/ZipArchive.h"
#include "model/ModelSpec.h"

namespace layerlab::download {

// A file the lesson's Keras code downloads itself, with what Keras publishes about it.
struct Resource {
    enum class Hash { None, Md5, Sha256 };
    std::string name;         // for the CLI: vgg16, mobilenet_v2_0.35, imdb, imdb_word_index, …
    std::string title;        // English, one line
    std::string url;          // canonical
    std::string fileName;     // as Keras caches it
    std::string cacheSubdir;  // "models" or "datasets", as Keras's get_file(cache_subdir=…)
    std::uint64_t size = 0;   // bytes; 0 when Keras publishes none
    Hash hashKind = Hash::None;
    std::string hash;             // lower-case hex
    std::string extractedFolder;  // a zip Keras extracts (extract=True): the folder it makes
    // Weights without a published hash are checked against this model's structure.
    std::optional<ModelSpec> structure;
    // What extracting the zip may write: its size is known, but not what it unpacks to.
    ZipArchive::ExtractLimits extractLimits = {};
};

// VGG16 and MobileNetV2 (alpha 0.35 … 1.4 at 96, 128, 160, 192 and 224 px) no-top weights, imdb.npz,
// imdb_word_index.json and cats_and_dogs_filtered.zip, with the URLs, sizes and hashes Keras
// uses (DESIGN.md).
const std::vector<Resource>& resourceCatalogue();
const Resource* findResource(const std::string& name);

// The URL to fetch: the canonical one, or with its scheme and host replaced by
// $LAYERLAB_DOWNLOAD_BASE (e.g. http://127.0.0.1:8080), which tests and mirrors use.
std::string downloadUrl(const Resource& resource);

}  // namespace layerlab::download
