#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace layerlab::pack {

// A pack's refusals are made where they are found, in the language the GUI shows (its
// translator turns QCoreApplication::translate("LessonPack", …) into Korean); the CLI loads no
// translation, so it says them in English. Throws FileError with `sentence`.
[[noreturn]] void refuse(const QString& sentence);

// "<where> is not a usable lesson pack: <why>".
[[noreturn]] void refusePack(const std::string& where, const QString& why);

inline QString asQString(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace layerlab::pack
