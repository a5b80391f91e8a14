#pragma once

#include <QObject>
#include <QTranslator>

namespace layerlab::ui {

// Installs LayerLab's and Qt's translators. The setting is "" (follow the system locale),
// "en" or "ko", remembered in QSettings under ui/language.
class LanguageManager : public QObject {
    Q_OBJECT
  public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("ko")}; }
    static QString systemLanguage();
    QString setting() const { return setting_; }
    QString current() const { return current_; }
    // Applies and remembers `setting`; widgets retranslate on QEvent::LanguageChange.
    void apply(const QString& setting);
    void applySaved();

  Q_SIGNALS:
    void languageChanged(const QString& language);

  private:
    QString setting_;
    QString current_;
    QTranslator app_;
    QTranslator qt_;
};

}  // namespace layerlab::ui
