// The application shell: first launch opens the built-in sample offline, the language
// switch retranslates live and is remembered, window state is remembered.
#include <QAbstractButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "DatasetBrowser.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TransferPage.h"
#include "core/TestImages.h"

using namespace layerlab::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LayerLabTest");
        QCoreApplication::setApplicationName("tst_main_window");
        QSettings().clear();
        // No Keras cache of the developer's leaks in: HOME is empty here.
        qputenv("HOME", home_.path().toUtf8());
        qunsetenv("KERAS_HOME");
    }

    void firstLaunchOpensTheSample() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        window.openInitialDataset();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(browser->isSample());
        QCOMPARE(browser->dataset()->classes, (std::vector<std::string>{"circles", "squares"}));
        QCOMPARE(QString::fromStdString(browser->dataset()->foundLine()),
                 QString("Found 200 images belonging to 2 classes."));
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);
    }

    // A notebook's Keras cache holds the lesson's photos: the first launch opens them.
    void firstLaunchUsesTheKerasCacheWhenThePhotosAreThere() {
        QTemporaryDir keras;
        const QString root = keras.filePath("datasets/cats_and_dogs_filtered");
        for (const char* file : {"train/cats/cat.0.jpg", "train/dogs/dog.0.jpg",
                                 "validation/cats/cat.2000.jpg", "validation/dogs/dog.2000.jpg"})
            testimages::writeImage((root + "/" + file).toStdString());
        qputenv("KERAS_HOME", keras.path().toUtf8());
        QSettings().remove("dataset/lastFolder");
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        window.openInitialDataset();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(!browser->isSample());
        QCOMPARE(browser->root(), root);
        QVERIFY(window.statusBar()->currentMessage().contains("Keras cache"));
        qunsetenv("KERAS_HOME");
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);
    }

    void languageSwitchRetranslatesAndIsRemembered() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        auto* tabs = window.findChild<QTabWidget*>();
        QCOMPARE(tabs->tabText(0), QString("Transfer learning"));
        languages.apply("ko");
        QTRY_COMPARE(tabs->tabText(0), QString::fromUtf8("전이 학습"));  // LanguageChange is posted
        QCOMPARE(window.menuBar()->actions().first()->text(), QString::fromUtf8("파일(&F)"));
        QCOMPARE(QSettings().value("ui/language").toString(), QString("ko"));
        LanguageManager again;
        again.applySaved();
        QCOMPARE(again.current(), QString("ko"));
        languages.apply("en");
        QTRY_COMPARE(tabs->tabText(0), QString("Transfer learning"));
    }

    // The first launch offers the real data once and says the samples work offline.
    void firstRunGuideIsOfferedOnce() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QSettings().remove("guide/firstRunShown");
        QString text;
        QTimer::singleShot(100, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text() + " " + box->informativeText();
            const QString shots = qEnvironmentVariable("LAYERLAB_SCREENSHOT_DIR");
            if (!shots.isEmpty()) box->grab().save(shots + "/first_run_en.png");
            for (QAbstractButton* button : box->buttons())
                if (button->text() == "Use the samples") button->click();
        });
        window.offerFirstRunGuide();
        QVERIFY2(text.contains("offline"), qPrintable(text));
        QVERIFY(text.contains("Keras cache"));
        QVERIFY(QSettings().value("guide/firstRunShown").toBool());
        window.offerFirstRunGuide();  // returns at once: nothing modal any more
        QVERIFY(!QApplication::activeModalWidget());
    }

  private:
    QTemporaryDir home_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
