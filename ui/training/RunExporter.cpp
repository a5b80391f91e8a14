#include "training/RunExporter.h"

#include <QDir>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "experiment/RunModel.h"
#include "io/FileIO.h"
#include "model/Network.h"

namespace layerlab::ui {

RunExporter::RunExporter(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = watcher_.result();
        if (!outcome.error.isEmpty()) {
            Q_EMIT finished(tr("Export failed: %1").arg(outcome.error), false);
            return;
        }
        QString message = tr("Keras model written to %1").arg(QDir::toNativeSeparators(file_));
        if (!outcome.unfinished.isEmpty())
            message += QStringLiteral(" (%1)").arg(outcome.unfinished);
        Q_EMIT finished(message, true);
    });
}

RunExporter::~RunExporter() {
    watcher_.waitForFinished();
}

void RunExporter::exportRun(const QString& runDir, const QString& file) {
    if (watcher_.isRunning()) return;
    file_ = file;
    watcher_.setFuture(QtConcurrent::run([runDir, file] {
        Outcome outcome;
        try {
            RunModel model = loadRunModel(runDir.toStdString());
            // The save dialog has asked before replacing a file: that is --overwrite.
            writeKerasModel(model, file.toStdString(), ExistingExport::Replace);
            if (model.unfinished) outcome.unfinished = messageText(*model.unfinished);
        } catch (const std::exception& e) {
            outcome.error = failureText(e);
        }
        return outcome;
    }));
}

}  // namespace layerlab::ui
