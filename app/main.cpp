// layerlab: the GUI. Thin: parse arguments, set up language and settings, show the window.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include "common/Resources.h"
#include "dataset/DatasetBrowser.h"
#include "imdb/ImdbPage.h"
#include "transfer/TransferPage.h"
#include "util/Version.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"
#include "window/ScreenshotRunner.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LayerLab"));
    QApplication::setApplicationName(QStringLiteral("LayerLab"));
    QApplication::setApplicationVersion(QString::fromLatin1(layerlab::kLayerLabVersion));
    layerlab::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/layerlab.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LayerLab workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every page in every language to DIR and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption folder(
        QStringLiteral("dataset"),
        QStringLiteral("Open this dataset folder instead of the last one."), QStringLiteral("DIR"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Open the built-in sample dataset."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language: en or ko (remembered)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({screenshot, folder, sample, language});
    parser.process(app);

    layerlab::ui::LanguageManager languages;
    if (parser.isSet(language))
        languages.apply(parser.value(language));
    else
        languages.applySaved();

    layerlab::ui::MainWindow window(&languages);
    if (parser.isSet(screenshot)) window.resize(1366, 768);  // the classroom projector
    window.show();
    if (parser.isSet(folder))
        window.transferPage()->browser()->openFolder(parser.value(folder));
    else if (parser.isSet(sample))
        window.transferPage()->browser()->openSample();
    else
        window.openInitialDataset();
    window.imdbPage()->loadInitial();

    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, [&window] { window.offerFirstRunGuide(); });
    if (parser.isSet(screenshot)) {
        auto* runner =
            new layerlab::ui::ScreenshotRunner(&window, &languages, parser.value(screenshot), &app);
        runner->start();
    }
    return app.exec();
}
