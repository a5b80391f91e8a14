#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace testsettings {

// A GUI test's own settings: test-mode paths, QSettings under the test's name, cleared, so that
// neither the developer's settings nor an earlier run's answer for this one.
inline void useOwnSettings(const char* test) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("LayerLabTest");
    QCoreApplication::setApplicationName(test);
    QSettings().clear();
}

// An empty HOME and no KERAS_HOME: no Keras cache of the developer's leaks in.
inline void useEmptyHome(const QString& home) {
    qputenv("HOME", home.toUtf8());
    qunsetenv("KERAS_HOME");
}

}  // namespace testsettings
