#include "window/ScreenshotRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>
#include <cstdio>

#include "window/LanguageManager.h"
#include "window/MainWindow.h"

namespace layerlab::ui {
namespace {

// In MainWindow::Page order.
const QStringList kPages = {QStringLiteral("dataset"),      QStringLiteral("augmentation"),
                            QStringLiteral("model"),        QStringLiteral("training"),
                            QStringLiteral("imdb_reviews"), QStringLiteral("imdb_lengths"),
                            QStringLiteral("imdb_model"),   QStringLiteral("imdb_training")};

MainWindow::Page pageFor(const QString& name) {
    return static_cast<MainWindow::Page>(kPages.indexOf(name));
}

}  // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow* window, LanguageManager* languages,
                                   QString directory, QObject* parent)
    : QObject(parent), window_(window), languages_(languages), directory_(std::move(directory)) {
    for (const QString& language : LanguageManager::supported())
        for (const QString& page : kPages) queue_ << language + "/" + page;
}

void ScreenshotRunner::start() {
    QDir().mkpath(directory_);
    next();
}

void ScreenshotRunner::waitUntilIdleThen(std::function<void()> action, int waitedMs) {
    constexpr int kStep = 100, kLimit = 60000;
    if (window_->isLoading() && waitedMs < kLimit) {
        QTimer::singleShot(kStep, this, [=] { waitUntilIdleThen(action, waitedMs + kStep); });
        return;
    }
    // Let queued thumbnails land and layouts settle before the grab.
    QTimer::singleShot(400, this, action);
}

void ScreenshotRunner::next() {
    if (queue_.isEmpty()) {
        QCoreApplication::exit(failures_ == 0 ? 0 : 1);
        return;
    }
    const QString item = queue_.takeFirst();
    const QString language = item.section('/', 0, 0), page = item.section('/', 1, 1);
    languages_->apply(language);
    window_->showPage(pageFor(page));
    waitUntilIdleThen([this, language, page] {
        const QString file = QDir(directory_).filePath(page + "_" + language + ".png");
        if (window_->grab().save(file)) {
            std::printf("wrote %s\n", qPrintable(file));
        } else {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            ++failures_;
        }
        next();
    });
}

}  // namespace layerlab::ui
