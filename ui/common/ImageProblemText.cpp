#include "common/ImageProblemText.h"

#include <QCoreApplication>

#include "text/FailureText.h"

namespace layerlab::ui {

QString imageProblemText(layerlab::ImageProblem problem, const layerlab::Message& detail) {
    if (problem != ImageProblem::Unreadable) return messageText(problemMessage(problem));
    // The detail names the file, which the list already shows: keep the OS's reason.
    return QCoreApplication::translate("ImageProblem", "cannot be read: %1")
        .arg(detail.osError ? osReasonText(detail.osError) : messageText(detail));
}

}  // namespace layerlab::ui
