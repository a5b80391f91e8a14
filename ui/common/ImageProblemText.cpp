#include "common/ImageProblemText.h"

#include <QCoreApplication>

namespace layerlab::ui {

QString imageProblemText(layerlab::ImageProblem problem, const QString& detail) {
    switch (problem) {
        case ImageProblem::None:
            return {};
        case ImageProblem::Unreadable:
            // The detail names the file, which the list already shows: keep the OS's reason.
            return QCoreApplication::translate("ImageProblem", "cannot be read: %1")
                .arg(detail.section(QStringLiteral(": "), -1));
        case ImageProblem::Empty:
            return QCoreApplication::translate("ImageProblem", "empty file (0 bytes)");
        case ImageProblem::TruncatedJpeg:
            return QCoreApplication::translate("ImageProblem",
                                               "truncated JPEG (no end-of-image marker)");
        case ImageProblem::TruncatedPng:
            return QCoreApplication::translate("ImageProblem", "truncated PNG (no IEND chunk)");
        case ImageProblem::NotAnImage:
            return QCoreApplication::translate("ImageProblem",
                                               "not an image (unknown file signature)");
        case ImageProblem::Corrupt:
            return QCoreApplication::translate("ImageProblem",
                                               "corrupt image (the decoder could not read it)");
        case ImageProblem::TooLarge:
            return QCoreApplication::translate("ImageProblem",
                                               "too large to decode (more than %L1 pixels)")
                .arg(static_cast<qulonglong>(kMaxImagePixels));
    }
    return {};
}

}  // namespace layerlab::ui
