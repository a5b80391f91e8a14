#include "window/LanguageManager.h"

#include "common/Resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace layerlab::ui {

namespace {
constexpr const char* kKey = "ui/language";
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {
    initResources();
}

QString LanguageManager::systemLanguage() {
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

void LanguageManager::applySaved() {
    apply(QSettings().value(kKey).toString());
}

void LanguageManager::apply(const QString& setting) {
    setting_ = supported().contains(setting) ? setting : QString();
    QSettings().setValue(kKey, setting_);
    const QString language = setting_.isEmpty() ? systemLanguage() : setting_;
    QCoreApplication::removeTranslator(&app_);
    QCoreApplication::removeTranslator(&qt_);
    if (app_.load(QStringLiteral(":/i18n/layerlab_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&app_);
    if (qt_.load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
    QLocale::setDefault(
        QLocale(language == QStringLiteral("ko") ? QLocale::Korean : QLocale::English));
    if (language != current_) {
        current_ = language;
        Q_EMIT languageChanged(language);
    }
}

}  // namespace layerlab::ui
