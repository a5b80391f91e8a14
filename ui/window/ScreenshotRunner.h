#pragma once

#include <QObject>
#include <QStringList>

namespace layerlab::ui {

class LanguageManager;
class MainWindow;

// `layerlab --screenshot DIR`: renders every page in every language to DIR/<page>_<lang>.png
// (for the README and for looking at what we build), then quits.
class ScreenshotRunner : public QObject {
    Q_OBJECT
  public:
    ScreenshotRunner(MainWindow* window, LanguageManager* languages, QString directory,
                     QObject* parent = nullptr);
    void start();

  private:
    void next();
    void waitUntilIdleThen(std::function<void()> action, int waitedMs = 0);

    MainWindow* window_;
    LanguageManager* languages_;
    QString directory_;
    QStringList queue_;  // "language/page"
    int failures_ = 0;
};

}  // namespace layerlab::ui
