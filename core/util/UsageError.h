#pragma once

#include <stdexcept>

namespace layerlab {

// A bad option, argument or setting: what the user asked for cannot be done as asked (an
// unknown layer name, too small an input, every layer frozen). The CLI prints it with the
// command's usage and exits with status 2; the GUI shows it. Every layer of core throws it.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace layerlab
