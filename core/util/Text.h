#pragma once

#include <string>

namespace layerlab {

// nlohmann::json's messages start with a tag such as "[json.exception.parse_error.101] ": the
// sentence after it is what a user can read.
inline std::string withoutJsonTag(const std::string& message) {
    if (message.rfind("[json.exception.", 0) != 0) return message;
    const auto end = message.find("] ");
    return end == std::string::npos ? message : message.substr(end + 2);
}

}  // namespace layerlab
