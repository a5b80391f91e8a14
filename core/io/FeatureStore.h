#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace layerlab {

// One stored feature tensor: its shape and its values, fp16 (the default: half the disk, and
// within 1e-3 relative of fp32) or fp32, little-endian.
struct StoredFeatures {
    std::vector<std::int64_t> shape;
    bool half = true;
    std::string bytes;  // shape's product × 2 (half) or × 4 bytes
};

// A persistent, content-addressed store of frozen-layer outputs: one file per key under DIR
// (<key[0..1]>/<key>.feat), written to a temporary file and renamed into place, so readers
// see a whole entry or none and two processes filling the store at once only ever race to
// write the same bytes. Every entry carries a checksum of its header and values: a damaged
// or truncated entry reads as missing and is removed, to be computed again.
class FeatureStore {
  public:
    // `capBytes` 0: no limit. Creates DIR when missing; throws FileError when it cannot.
    explicit FeatureStore(std::filesystem::path dir, std::uintmax_t capBytes = 0);

    const std::filesystem::path& dir() const { return dir_; }
    std::optional<StoredFeatures> load(const std::string& key) const;
    // Errors writing (a full disk) are not fatal to training: the entry is simply not kept.
    // Returns whether it was.
    bool save(const std::string& key, const StoredFeatures& features) const;

    struct Usage {
        std::size_t entries = 0;
        std::uintmax_t bytes = 0;
    };
    Usage usage() const;
    // Removes the least recently written entries until the store is within its cap.
    // Returns how many entries it removed.
    std::size_t enforceCap() const;
    void clear() const;

    // The store LayerLab uses unless told otherwise: <cache>/features.
    static std::filesystem::path defaultDir();

  private:
    std::filesystem::path entryPath(const std::string& key) const;
    std::filesystem::path dir_;
    std::uintmax_t capBytes_;
};

// A key from the parts that decide a feature tensor: 32 hex digits (two independent 64-bit
// FNV-1a hashes of the parts, each part length-prefixed so that no two lists of parts meet).
std::string featureKey(const std::vector<std::string>& parts);

}  // namespace layerlab
