#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace layerlab {

// FNV-1a, 64 bits, as 16 hex digits: catches flipped and missing bytes and names contents in
// caches; nothing security-related relies on it.
inline std::string fnv64Hex(const std::string& bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

}  // namespace layerlab
