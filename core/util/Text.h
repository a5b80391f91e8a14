#pragma once

#include <cstdint>
#include <string>

namespace layerlab {

// nlohmann::json's messages start with a tag such as "[json.exception.parse_error.101] ": the
// sentence after it is what a user can read.
inline std::string withoutJsonTag(const std::string& message) {
    if (message.rfind("[json.exception.", 0) != 0) return message;
    const auto end = message.find("] ");
    return end == std::string::npos ? message : message.substr(end + 2);
}

// `text` fit for a terminal, a message box or JSON: every byte that is not part of valid
// UTF-8, and every control character but line breaks and tabs (escape sequences could move a
// terminal's cursor, retitle it or clear its screen), becomes U+FFFD. Words from a word index,
// a student's typing and file names may hold either.
inline std::string printable(const std::string& text) {
    static const std::string kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : byte >> 5 == 0x6 ? 2 : byte >> 4 == 0xE ? 3
                             : byte >> 3 == 0x1E                 ? 4 : 0;
        std::uint32_t code = length == 1 ? byte : length == 2 ? byte & 0x1F
                                              : length == 3   ? byte & 0x0F : byte & 0x07;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
            if (next >> 6 != 0x2) length = 0;  // a lead byte without its continuation bytes
            code = code << 6 | (next & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
        static const std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        const bool valid = length > 0 && code >= kSmallest[length] && code <= 0x10FFFF &&
                           (code < 0xD800 || code > 0xDFFF);
        const bool control =
            (code < 0x20 && code != '\n' && code != '\t') || (code >= 0x7F && code <= 0x9F);
        if (valid && !control)
            out.append(text, i, length);
        else
            out += kReplacement;
        i += valid ? length : 1;
    }
    return out;
}

}  // namespace layerlab
