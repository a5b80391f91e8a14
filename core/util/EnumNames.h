#pragma once

#include <optional>
#include <string>
#include <utility>

namespace layerlab {

// A fixed table of (value, name) pairs: one place that names an enum for files, command lines
// and combo boxes.
template <typename Enum, std::size_t N>
using EnumNameTable = std::pair<Enum, const char*>[N];

template <typename Enum, std::size_t N>
const char* enumName(const EnumNameTable<Enum, N>& table, Enum value) {
    for (const auto& [candidate, name] : table)
        if (candidate == value) return name;
    return table[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNameTable<Enum, N>& table, const std::string& name) {
    for (const auto& [candidate, candidateName] : table)
        if (name == candidateName) return candidate;
    return std::nullopt;
}

}  // namespace layerlab
