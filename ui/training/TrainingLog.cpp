#include "training/TrainingLog.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>

#include "io/RunDirectory.h"

namespace layerlab::ui {

TrainingLog::TrainingLog(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setMaximumBlockCount(20000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void TrainingLog::showRunLog(const QString& runDir) {
    if (runDir == liveRun_) return;
    liveRun_.clear();
    QFile log(RunDirectory::file(runDir.toStdString(), RunFile::Log));
    setPlainText(log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
}

}  // namespace layerlab::ui
