#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/Checksum.h"

namespace layerlab {

// One stored feature tensor: its shape and its values, fp16 (the default: half the disk, and
// within 1e-3 relative of fp32) or fp32, little-endian.
struct StoredFeatures {
    std::vector<std::int64_t> shape;
    bool half = true;
    std::string bytes;  // shape's product × 2 (half) or × 4 bytes
};

// A persistent store of frozen-layer outputs: one file per key under DIR
// (<hash[0..1]>/<hash>.feat, the hash of the key), written to a temporary file and renamed into
// place, so readers see a whole entry or none and two processes filling the store at once only
// ever race to write the same bytes. An entry holds its key itself, under a checksum of all its
// bytes: a file that is not the entry of the key asked for (damaged, truncated, moved, copied
// from another key, of another shape or size) is a miss, replaced when the features are
// computed again. The store only ever deletes what it wrote: its entries, and in its own
// folders the temporaries of killed writers and dangling links.
class FeatureStore {
  public:
    // Opens DIR, creating it (mode 0700, as every missing folder above it) when missing.
    // Throws FileError, one sentence naming DIR, when DIR cannot be made or written, is not a
    // folder, holds anything a store does not write, or could be written by another user (it
    // or the folder holding it belongs to someone else or is writable by others).
    // `capBytes` 0: no limit.
    explicit FeatureStore(std::filesystem::path dir, std::uintmax_t capBytes = 0);

    const std::filesystem::path& dir() const { return dir_; }
    // The features stored under `key` (any bytes; everything that decides them), when an
    // entry proves it holds them: it names `key` itself, has `shape` and precision `half`, is
    // whole, and is a plain file of this user's. Its size is checked before a byte is read, so
    // an entry of any other size is never read into memory. Anything else is a miss.
    std::optional<StoredFeatures> load(const std::string& key,
                                       const std::vector<std::int64_t>& shape, bool half) const;
    // Errors writing (a full disk) are not fatal to training: the entry is simply not kept.
    // Returns whether it was.
    bool save(const std::string& key, const StoredFeatures& features) const;

    struct Usage {
        std::size_t entries = 0;
        std::uintmax_t bytes = 0;
    };
    Usage usage() const;
    // Removes what killed writers left in the store's folders (temporaries older than ten
    // minutes, dangling links), then the least recently written entries until the store is
    // within its cap. Returns how many entries it removed.
    std::size_t trim() const;
    // Removes every entry (and what trim() removes); files the store did not write stay.
    void clear() const;

    // The store LayerLab uses unless told otherwise: <cache>/features.
    static std::filesystem::path defaultDir();

  private:
    struct EntryFile {
        std::filesystem::path path;
        std::int64_t writtenNs;
        std::uintmax_t bytes;
    };
    // The store's entries, oldest first; with `removeLeftovers`, what killed writers left
    // goes on the way.
    std::vector<EntryFile> entries(bool removeLeftovers) const;
    std::filesystem::path entryPath(const std::string& key) const;

    std::filesystem::path dir_;
    std::uintmax_t capBytes_;
};

// 32 hex digits naming `parts` (two independent 64-bit FNV-1a hashes of them, each part
// length-prefixed so that no two lists of parts meet): for image contents, weights, and the
// file names of entries. Not cryptographic: an entry proves its key by holding it.
std::string featureHash(const std::vector<std::string>& parts);

// featureHash fed part by part, for parts too large to copy into one list (a prefix's weights):
// the same parts give the same 32 digits.
class FeatureHasher {
  public:
    void add(const char* data, std::size_t size);
    void add(const std::string& part) { add(part.data(), part.size()); }
    std::string hex() const;

  private:
    Fnv64 first_, second_{0x9e3779b97f4a7c15ull};
};

}  // namespace layerlab
