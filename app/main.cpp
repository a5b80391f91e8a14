// layerlab: the GUI. Thin: parse arguments, set up language and settings, show the window.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include "common/Resources.h"
#include "dataset/DatasetBrowser.h"
#include "downloads/PackDialog.h"
#include "imdb/ImdbPage.h"
#include "transfer/TransferPage.h"
#include "util/Version.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"
#include "window/ScreenshotRunner.h"

namespace {

struct Options {
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Render every page in every language to DIR and quit."),
        QStringLiteral("DIR")};
    QCommandLineOption folder{QStringLiteral("dataset"),
                              QStringLiteral("Open this dataset folder instead of the last one."),
                              QStringLiteral("DIR")};
    QCommandLineOption sample{QStringLiteral("sample"),
                              QStringLiteral("Open the built-in sample dataset.")};
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("Interface language: en or ko (remembered)."),
                                QStringLiteral("CODE")};

    explicit Options(QCommandLineParser& parser) {
        parser.setApplicationDescription(QStringLiteral("LayerLab workbench"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, folder, sample, language});
        // The desktop entry passes the file a double-click opened.
        parser.addPositionalArgument(QStringLiteral("pack"),
                                     QStringLiteral("A lesson pack (.llpack) to install."),
                                     QStringLiteral("[FILE.llpack]"));
    }
};

void nameApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("LayerLab"));
    QCoreApplication::setApplicationName(QStringLiteral("LayerLab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(layerlab::kLayerLabVersion));
}

// --help and --version print text: they must work over ssh and in scripts, where there is no
// display for a QApplication to open (it would abort).
bool asksOnlyForText(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        const Options options(parser);
        parser.parse(QCoreApplication::arguments());
        // Printed here rather than by process(), which exit()s past every destructor.
        const QString text = parser.isSet(QStringLiteral("version"))
                                 ? QCoreApplication::applicationName() + QLatin1Char(' ') +
                                       QCoreApplication::applicationVersion() + QLatin1Char('\n')
                                 : parser.helpText();
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // The installed desktop entry's name (Wayland's app_id): docks show its icon and group the
    // windows under it.
    QGuiApplication::setDesktopFileName(QStringLiteral(LAYERLAB_APP_ID));
    layerlab::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/layerlab.svg")));

    QCommandLineParser parser;
    const Options options(parser);
    const QCommandLineOption& screenshot = options.screenshot;
    const QCommandLineOption& folder = options.folder;
    const QCommandLineOption& sample = options.sample;
    const QCommandLineOption& language = options.language;
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

    const QStringList packs = parser.positionalArguments();
    if (!packs.isEmpty())  // the pack first: its dialog is what the double-click asked for
        layerlab::ui::PackDialog::open(packs.front(), &window);
    else if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, [&window] { window.offerFirstRunGuide(); });
    if (parser.isSet(screenshot)) {
        auto* runner =
            new layerlab::ui::ScreenshotRunner(&window, &languages, parser.value(screenshot), &app);
        runner->start();
    }
    return app.exec();
}
