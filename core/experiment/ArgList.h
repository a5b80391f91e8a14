#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace layerlab {

// A command line error; main prints it with the usage and exits with status 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
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
    std::optional<long> integer(const std::string& name);
    // Remaining arguments; throws UsageError when an unknown --option is among them.
    std::vector<std::string> positionals() const;

  private:
    std::vector<std::string> args_;
};

double parseNumber(const std::string& option, const std::string& text);
std::vector<std::string> splitList(const std::string& text, char separator = ',');
// The inverse of splitList: "a,b,c".
std::string joinList(const std::vector<std::string>& items, char separator = ',');

}  // namespace layerlab
