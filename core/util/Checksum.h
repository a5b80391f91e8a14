#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace layerlab {

// FNV-1a, 64 bits: catches flipped and missing bytes and names contents in caches; nothing
// security-related relies on it. Fed piece by piece, so that a large file is hashed without
// being held in memory.
class Fnv64 {
  public:
    // FNV's own offset basis; another start value gives a second, independent hash.
    explicit Fnv64(std::uint64_t start = 14695981039346656037ull) : hash_(start) {}
    void add(const char* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i)
            hash_ = (hash_ ^ static_cast<unsigned char>(data[i])) * kPrime;
    }
    // Feeds the same bytes to two hashes in one pass: their multiply chains run side by side,
    // so both cost about what one does (the feature store names a 59 MB prefix by two).
    static void addToBoth(Fnv64& a, Fnv64& b, const char* data, std::size_t size) {
        std::uint64_t x = a.hash_, y = b.hash_;
        for (std::size_t i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            x = (x ^ byte) * kPrime;
            y = (y ^ byte) * kPrime;
        }
        a.hash_ = x;
        b.hash_ = y;
    }
    std::uint64_t value() const { return hash_; }
    // As 16 hex digits.
    std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash_));
        return text;
    }

  private:
    static constexpr std::uint64_t kPrime = 1099511628211ull;
    std::uint64_t hash_;
};

inline std::string fnv64Hex(const std::string& bytes) {
    Fnv64 hash;
    hash.add(bytes.data(), bytes.size());
    return hash.hex();
}

}  // namespace layerlab
