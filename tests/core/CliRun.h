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

// Any program, as runCli runs layerlab-cli (e.g. layerlab-cli as another user, through setpriv).
inline Result runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000) {
    QProcess process;
    process.start(program, args);
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

inline Result runCli(const QStringList& args, int timeoutMs = 120000) {
    return runProgram(LAYERLAB_CLI, args, timeoutMs);
}

// Sets an environment variable (or unsets it: nullptr) until the end of the scope, for this
// process and the ones it starts.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value)
        : name_(name), had_(qEnvironmentVariableIsSet(name)), old_(qgetenv(name)) {
        value ? qputenv(name, value) : qunsetenv(name);
    }
    ~ScopedEnv() { had_ ? qputenv(name_, old_) : qunsetenv(name_); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    bool had_;
    QByteArray old_;
};

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What makes a transfer run take about a second: 32 px, random weights, no augmentation, two
// steps of four images an epoch, one thread.
inline QStringList tinyRunOptions() {
    return {"--size", "32", "--weights", "none", "--no-augment", "--steps-per-epoch", "2",
            "--validation-steps", "1", "--batch-size", "4", "--threads", "1"};
}

// A tiny VGG16 transfer run.
inline QStringList tinyTransferOptions() {
    return QStringList{"--backbone", "vgg16", "--learning-rate", "0.001"} + tinyRunOptions();
}

}  // namespace clirun
