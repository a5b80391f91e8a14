#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/EnumNames.h"
#include "util/UsageError.h"

namespace layerlab {

// An integer option's allowed values, said once for the parser and the spec's checks, so that
// an absurd number gets the option's own range ("--epochs must be 1..100000"), however large.
struct IntRange {
    const char* option;
    int lo, hi;
    const char* said;  // the range as "--epochs must be …" goes on: "1..100000"

    Message error() const { return Message(MessageId::OptionMustBe, {option, said}); }
    // Throws UsageError(error()) for a value outside [lo, hi].
    void check(int value) const {
        if (value < lo || value > hi) throw UsageError(error());
    }
};

// The arguments after the subcommand. Options are taken out as they are read, so that
// whatever is left at the end is either positional or a mistake the user should hear about.
class ArgList {
  public:
    explicit ArgList(std::vector<std::string> args) : args_(std::move(args)) {}

    bool flag(const std::string& name);
    std::optional<std::string> value(const std::string& name);
    std::string valueOr(const std::string& name, const std::string& fallback);
    std::optional<double> number(const std::string& name);
    // A whole number within the option's range; anything else is a UsageError saying that
    // range, never a wrapped value (--epochs 4294967297 is not 1 epoch).
    std::optional<int> integer(const IntRange& range);
    // A whole number within [lo, hi]; anything else is a UsageError naming the option.
    std::optional<int> integerIn(const std::string& name, int lo, int hi);
    // A whole number from 0 to 4294967295 (seeds).
    std::optional<std::uint32_t> unsignedInteger(const std::string& name);
    // Reads an older spelling of an option as the current one (both may appear; the later
    // still wins), so that command lines and old runs' experiment.json keep working.
    void acceptAlias(const std::string& oldName, const std::string& name);
    // Remaining arguments; throws UsageError when an unknown --option is among them.
    std::vector<std::string> positionals() const;

  private:
    std::vector<std::string> args_;
};

double parseNumber(const std::string& option, const std::string& text);
// The shortest text that reads back as the same double ("0.0001", "1e-05"); whole numbers keep
// a ".0" when `forceFloat` (Python's literal rule that some Keras options depend on).
std::string numberArg(double value, bool forceFloat = false);

// An option whose value names an enum entry; throws UsageError listing the choices.
template <typename Enum, std::size_t N>
Enum readEnumOption(ArgList& args, const std::string& option, const EnumNameTable<Enum, N>& table,
                    Enum fallback) {
    const auto text = args.value(option);
    if (!text) return fallback;
    if (auto value = enumFromName(table, *text)) return *value;
    std::string choices;
    for (const auto& entry : table)
        choices += (choices.empty() ? "" : "|") + std::string(entry.second);
    throw UsageError(MessageId::OptionChoice, {option, choices, *text});
}
std::vector<std::string> splitList(const std::string& text, char separator = ',');
// The inverse of splitList: "a,b,c".
std::string joinList(const std::vector<std::string>& items, char separator = ',');

}  // namespace layerlab
