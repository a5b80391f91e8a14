#pragma once

#include <string>
#include <utility>

#include "util/Message.h"

namespace layerlab {

// A bad option, argument or setting: what the user asked for cannot be done as asked (an
// unknown layer name, too small an input, every layer frozen). The CLI prints it with the
// command's usage and exits with status 2; the GUI shows it. Every layer of core throws it.
class UsageError : public Failure {
  public:
    using Failure::Failure;
    // A sentence with no MessageId yet (the CLI's own, and the model's and trainer's checks
    // of their arguments): said as it is, in English.
    explicit UsageError(std::string english) : Failure(verbatim(std::move(english))) {}
};

}  // namespace layerlab
