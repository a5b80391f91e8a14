#pragma once

// Keras code LayerLab writes for a notebook must at least be Python: ast.parse checks it where
// a python3 is installed (no Keras is needed, nor installed on CI).
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <string>

namespace pythonsyntax {

// Empty when `code` parses as Python 3 (or no python3 is found to ask); else the parser's
// message and the code.
inline QString error(const std::string& code) {
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) return {};
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import ast, sys\n"
                                                                "try:\n"
                                                                "    ast.parse(sys.stdin.read())\n"
                                                                "except SyntaxError as e:\n"
                                                                "    print(e)\n"
                                                                "    sys.exit(1)\n")});
    process.write(code.data(), static_cast<qint64>(code.size()));
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) return QStringLiteral("python3 did not answer");
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) return {};
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromStdString(code);
}

}  // namespace pythonsyntax
