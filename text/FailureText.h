#pragma once

#include <QString>

#include <exception>

#include "util/Message.h"

namespace layerlab {

// The one way the GUI and the download library say what core says: a message in the user's
// language, from the translation of its English pattern (context "Message"), with quoted
// messages and the OS's reason translated too. The CLI loads no translation: English.
QString messageText(const layerlab::Message& message);

// Any failure, for a message box, the status bar or the log: a core Failure by its message;
// a LibTorch error or any other exception as a sentence in the user's language followed by
// the first line of its details (never a stack trace).
QString failureText(const std::exception& error);

// The OS's reason for errno `error` in the user's language.
QString osReasonText(int error);

}  // namespace layerlab
