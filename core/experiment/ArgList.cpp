#include "experiment/ArgList.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

namespace layerlab {

bool ArgList::flag(const std::string& name) {
    const auto it = std::find(args_.begin(), args_.end(), name);
    if (it == args_.end()) return false;
    args_.erase(it);
    return true;
}

std::optional<std::string> ArgList::value(const std::string& name) {
    // Every occurrence is taken out and the last one wins, so that appending "--opt value"
    // overrides an earlier one (as fine-tune does with a run's stored arguments).
    std::optional<std::string> result;
    for (auto it = args_.begin(); it != args_.end();) {
        if (*it == name) {
            // "--epochs --run-dir r": the next option is no value, whatever it would parse as.
            if (it + 1 == args_.end() || (it + 1)->rfind("--", 0) == 0)
                throw UsageError(MessageId::OptionNeedsValue, {name});
            result = *(it + 1);
            it = args_.erase(it, it + 2);
        } else if (it->rfind(name + "=", 0) == 0) {
            result = it->substr(name.size() + 1);
            it = args_.erase(it);
        } else {
            ++it;
        }
    }
    return result;
}

void ArgList::acceptAlias(const std::string& oldName, const std::string& name) {
    for (auto& arg : args_) {
        if (arg == oldName)
            arg = name;
        else if (arg.rfind(oldName + "=", 0) == 0)
            arg = name + arg.substr(oldName.size());
    }
}

std::string ArgList::valueOr(const std::string& name, const std::string& fallback) {
    return value(name).value_or(fallback);
}

double parseNumber(const std::string& option, const std::string& text) {
    // Decimal only: strtod would read "0x10" as 16 and "inf" or "nan" as numbers.
    if (text.find_first_of("xXpP") != std::string::npos ||
        text.find_first_of("0123456789") == std::string::npos)
        throw UsageError(MessageId::OptionNotANumber, {option, text});
    try {
        std::size_t used = 0;
        const double result = std::stod(text, &used);
        if (used == text.size() && std::isfinite(result)) return result;
    } catch (const std::exception&) {
    }
    throw UsageError(MessageId::OptionNotANumber, {option, text});
}

std::string numberArg(double value, bool forceFloat) {
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (forceFloat && text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
}

std::optional<double> ArgList::number(const std::string& name) {
    const auto text = value(name);
    if (!text) return std::nullopt;
    return parseNumber(name, *text);
}

namespace {

// A whole number as digits ("100000", not "1e+05").
std::string whole(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

// `value` as a whole number within [lo, hi], or a UsageError naming the option.
double wholeNumberIn(const std::string& name, double value, double lo, double hi) {
    if (!std::isfinite(value) || value != std::floor(value))
        throw UsageError(MessageId::OptionNotWhole, {name});
    if (value < lo || value > hi)
        throw UsageError(MessageId::OptionOutOfRange, {name, whole(value), whole(lo), whole(hi)});
    return value;
}

}  // namespace

std::optional<int> ArgList::integer(const IntRange& range) {
    const auto result = number(range.option);
    if (!result) return std::nullopt;
    if (!std::isfinite(*result) || *result != std::floor(*result))
        throw UsageError(MessageId::OptionNotWhole, {range.option});
    if (*result < range.lo || *result > range.hi) throw UsageError(range.error());
    return static_cast<int>(*result);
}

std::optional<int> ArgList::integerIn(const std::string& name, int lo, int hi) {
    const auto result = number(name);
    if (!result) return std::nullopt;
    return static_cast<int>(wholeNumberIn(name, *result, lo, hi));
}

std::optional<std::uint32_t> ArgList::unsignedInteger(const std::string& name) {
    const auto result = number(name);
    if (!result) return std::nullopt;
    return static_cast<std::uint32_t>(
        wholeNumberIn(name, *result, 0, std::numeric_limits<std::uint32_t>::max()));
}

std::vector<std::string> ArgList::positionals() const {
    for (const auto& arg : args_)
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) throw UsageError(MessageId::OptionUnknown, {arg});
    return args_;
}

std::string joinList(const std::vector<std::string>& items, char separator) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) text += separator;
        text += item;
    }
    return text;
}

std::vector<std::string> splitList(const std::string& text, char separator) {
    std::vector<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, separator))
        if (!item.empty()) items.push_back(item);
    return items;
}

}  // namespace layerlab
