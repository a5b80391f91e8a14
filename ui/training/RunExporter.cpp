#include "training/RunExporter.h"

#include <QDir>
#include <QtConcurrent>

#include "experiment/RunModel.h"
#include "io/FileIO.h"
#include "model/KerasExport.h"
#include "model/Network.h"
#include "train/TorchRuntime.h"

namespace layerlab::ui {

RunExporter::RunExporter(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = watcher_.result();
        if (error.isEmpty())
            Q_EMIT finished(tr("Keras model written to %1").arg(QDir::toNativeSeparators(file_)),
                            true);
        else
            Q_EMIT finished(tr("Export failed: %1").arg(error), false);
    });
}

RunExporter::~RunExporter() {
    watcher_.waitForFinished();
}

void RunExporter::exportRun(const QString& runDir, const QString& file) {
    if (watcher_.isRunning()) return;
    file_ = file;
    watcher_.setFuture(QtConcurrent::run([runDir, file] {
        try {
            RunModel model = loadRunModel(runDir.toStdString());
            writeFileAtomically(file.toStdString(), kerasModelFile(*model.network, model.classes));
            return QString();
        } catch (const std::exception& e) {
            return QString::fromStdString(describeFailure(e));
        }
    }));
}

}  // namespace layerlab::ui
