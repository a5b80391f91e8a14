#pragma once

// For core .cpp files only: it includes LibTorch.
#include <c10/util/Exception.h>

#include <string>

namespace layerlab {

// The first line of a LibTorch error, without the C++ stack trace it carries.
inline std::string torchErrorLine(const c10::Error& error) {
    std::string text = error.what_without_backtrace();
    return text.substr(0, text.find('\n'));
}

}  // namespace layerlab
