#pragma once
// layerlab-cli as the tests run it: a process with a time limit, its exit and its output.
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace clirun {

struct Result {
    bool finished = false;  // false: killed after the time limit (a hang)
    bool crashed = false;
    int code = -1;
    QString out, err;
};

inline Result runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess process;
    process.start(LAYERLAB_CLI, args);
    Result r;
    r.finished = process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished();
    }
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.code = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A transfer run that takes about a second: VGG16 at 32 px, random weights, no augmentation,
// two steps of four images an epoch, one thread.
inline QStringList tinyTransferOptions() {
    return {"--backbone",
            "vgg16",
            "--size",
            "32",
            "--weights",
            "none",
            "--no-augment",
            "--steps-per-epoch",
            "2",
            "--validation-steps",
            "1",
            "--batch-size",
            "4",
            "--learning-rate",
            "0.001",
            "--threads",
            "1"};
}

}  // namespace clirun
