#include "training/TrainingLog.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>

namespace layerlab::ui {

TrainingLog::TrainingLog(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setMaximumBlockCount(20000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void TrainingLog::showRunLog(const QString& runDir) {
    QFile log(QDir(runDir).filePath(QStringLiteral("training.log")));
    setPlainText(log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
}

}  // namespace layerlab::ui
