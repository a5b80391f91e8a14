#include "text/FailureText.h"

#include <QCoreApplication>
#include <QUnhandledException>

#include <cerrno>
#include <string>
#include <vector>

#include "train/TorchRuntime.h"

namespace layerlab {
namespace {

struct OsReason {
    int error;
    const char* text;
};

// The reasons a student meets; the rest are said by number (the C library's own sentence is
// English only).
constexpr OsReason kOsReasons[] = {
    {ENOENT, QT_TRANSLATE_NOOP("OsReason", "No such file or directory")},
    {EACCES, QT_TRANSLATE_NOOP("OsReason", "Permission denied")},
    {EPERM, QT_TRANSLATE_NOOP("OsReason", "Operation not permitted")},
    {ENOSPC, QT_TRANSLATE_NOOP("OsReason", "the disk is full")},
    {EDQUOT, QT_TRANSLATE_NOOP("OsReason", "the disk quota is exceeded")},
    {EISDIR, QT_TRANSLATE_NOOP("OsReason", "Is a directory")},
    {ENOTDIR, QT_TRANSLATE_NOOP("OsReason", "Not a directory")},
    {ELOOP, QT_TRANSLATE_NOOP("OsReason", "Too many levels of symbolic links")},
    {EROFS, QT_TRANSLATE_NOOP("OsReason", "Read-only file system")},
    {EEXIST, QT_TRANSLATE_NOOP("OsReason", "File exists")},
    {EBUSY, QT_TRANSLATE_NOOP("OsReason", "Device or resource busy")},
    {ENOTEMPTY, QT_TRANSLATE_NOOP("OsReason", "Directory not empty")},
    {EIO, QT_TRANSLATE_NOOP("OsReason", "Input/output error")},
    {ENAMETOOLONG, QT_TRANSLATE_NOOP("OsReason", "File name too long")},
    {EMFILE, QT_TRANSLATE_NOOP("OsReason", "Too many open files")},
    {ENOMEM, QT_TRANSLATE_NOOP("OsReason", "Cannot allocate memory")},
    {EFBIG, QT_TRANSLATE_NOOP("OsReason", "File too large")},
    {ETXTBSY, QT_TRANSLATE_NOOP("OsReason", "Text file busy")},
    {EXDEV, QT_TRANSLATE_NOOP("OsReason", "Invalid cross-device link")},
    {EINVAL, QT_TRANSLATE_NOOP("OsReason", "Invalid argument")},
};

QString firstLine(const std::string& text) {
    return QString::fromStdString(text).section(QLatin1Char('\n'), 0, 0);
}

}  // namespace

QString osReasonText(int error) {
    for (const auto& reason : kOsReasons)
        if (reason.error == error) return QCoreApplication::translate("OsReason", reason.text);
    return QCoreApplication::translate("OsReason", "system error %1").arg(error);
}

QString messageText(const Message& message) {
    const std::string detail = message.args.empty() ? std::string() : message.args.front();
    switch (message.id) {
        case MessageId::LibTorchFailure:
            return QCoreApplication::translate("Failure", "The computation failed (LibTorch): %1")
                .arg(firstLine(detail));
        case MessageId::UnexpectedFailure:
            return QCoreApplication::translate("Failure", "Something went wrong: %1")
                .arg(firstLine(detail));
        default:
            break;
    }
    std::vector<std::string> args = message.args;
    for (const Message& part : message.parts) args.push_back(messageText(part).toStdString());
    if (message.osError) args.push_back(osReasonText(message.osError).toStdString());
    const QString pattern = QCoreApplication::translate("Message", messageTemplate(message.id));
    return QString::fromStdString(fillPlaceholders(pattern.toStdString(), args));
}

QString failureText(const std::exception& error) {
    // QtConcurrent hands over what a worker threw inside a QUnhandledException.
    if (const auto* wrapped = dynamic_cast<const QUnhandledException*>(&error);
        wrapped && wrapped->exception()) {
        try {
            std::rethrow_exception(wrapped->exception());
        } catch (const std::exception& inner) {
            return failureText(inner);
        } catch (...) {
        }
    }
    return messageText(failureMessage(error));
}

}  // namespace layerlab
