#include "util/PythonLiteral.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace layerlab {
namespace {

// The text `format` (with one precision) gives `value` with the fewest digits that read back.
std::string shortest(const char* format, double value) {
    char buffer[40];
    for (int digits = 0; digits <= 17; ++digits) {
        std::snprintf(buffer, sizeof buffer, format, digits, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

}  // namespace

std::string pythonFloat(double value) {
    if (value != 0 && std::abs(value) < 1e-3) {
        std::string text = shortest("%.*e", value);  // "1e-04"
        const auto e = text.find('e');
        std::string exponent = text.substr(e + 2);
        exponent.erase(0, exponent.find_first_not_of('0'));
        return text.substr(0, e + 1) + (text[e + 1] == '-' ? "-" : "") + exponent;
    }
    std::string text = shortest("%.*g", value);
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
}

std::string pythonString(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string pythonStringList(const std::vector<std::string>& items, std::size_t indent) {
    constexpr std::size_t kWidth = 90;
    std::string out = "[";
    std::size_t column = indent + 1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string item = pythonString(items[i]) + (i + 1 < items.size() ? "," : "]");
        if (i > 0 && column + 1 + item.size() > kWidth) {
            out += "\n" + std::string(indent + 1, ' ');
            column = indent + 1;
        } else if (i > 0) {
            out += ' ';
            ++column;
        }
        out += item;
        column += item.size();
    }
    return items.empty() ? "[]" : out;
}

}  // namespace layerlab
