// The "Get data" dialog against the local server: every resource listed with its state, a
// download from its row's button with progress, the state turning "downloaded", Cancel. With
// LAYERLAB_SCREENSHOT_DIR set it saves the dialog mid-download in English and Korean.
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "download/Downloader.h"
#include "download/TestHttpServer.h"
#include "downloads/GetDataDialog.h"
#include "window/LanguageManager.h"
#include "TestSettings.h"

using namespace layerlab;
using namespace layerlab::ui;
using namespace layerlab::download;

class TestGetDataDialog : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_get_data_dialog");
        qputenv("LAYERLAB_CACHE_DIR", cache_.path().toUtf8());
        testsettings::useEmptyHome(home_.path());
    }

    void downloadsFromARowWithProgress() {
        // MobileNetV2 weights are checked by structure: the real file passes, anything else
        // fails with the layer that is missing.
        QFile real(LAYERLAB_SHARED_DATA "/weights/mobilenet_v2_0.35_224_no_top.h5");
        const bool haveReal = real.open(QIODevice::ReadOnly);
        const QByteArray body = haveReal
                                    ? real.readAll()
                                    : QByteArray("\x89HDF\r\n\x1a\n", 8) + QByteArray(3000000, 'w');
        TestServer server;
        server.mirror(*findResource("mobilenet_v2_0.35"), body).bytesPerTick =
            20000;  // ~1 MB/s: slow enough to watch

        LanguageManager languages;
        languages.apply("en");
        GetDataDialog dialog;
        QAbstractItemModelTester tester(dialog.resources(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.resources()->rowCount(), int(resourceCatalogue().size()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.resources()->refreshing(), 20000);
        int row = -1;
        for (int r = 0; r < dialog.resources()->rowCount(); ++r) {
            QCOMPARE(dialog.resources()->state(r).kind, ResourceState::Missing);
            if (dialog.resources()->resource(r).name == "mobilenet_v2_0.35") row = r;
        }
        QSignalSpy ready(&dialog, &GetDataDialog::resourceReady);
        QSignalSpy progress(dialog.downloader(), &Downloader::progress);
        dialog.get(row);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 20000);
        auto* status = dialog.findChildren<QLabel*>().last();
        QTRY_VERIFY(status->text().contains("MB/s"));
        const QString shots = qEnvironmentVariable("LAYERLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(shots + "/get_data_en.png"));
            languages.apply("ko");
            QTRY_COMPARE(dialog.windowTitle(), QString("수업 데이터 받기"));
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(shots + "/get_data_ko.png"));
            languages.apply("en");
        }
        if (!haveReal) {
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("failed"), 30000);
            QCOMPARE(ready.count(), 0);
            QSKIP("the rest needs ../shared/data/weights (real MobileNetV2 weights)");
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(status->text().contains("checked by structure"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.resources()->state(row).kind, ResourceState::Downloaded,
                                  20000);
        QVERIFY(dialog.resources()->available(row));
        qunsetenv("LAYERLAB_DOWNLOAD_BASE");
    }

    void cancelStopsAndSaysSo() {
        TestServer server;
        server.mirror(*findResource("imdb"), QByteArray(2000000, 'i')).bytesPerTick = 20000;
        GetDataDialog dialog;
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.resources()->refreshing(), 20000);
        QSignalSpy progress(dialog.downloader(), &Downloader::progress);
        QSignalSpy canceled(dialog.downloader(), &Downloader::canceled);
        for (int r = 0; r < dialog.resources()->rowCount(); ++r)
            if (dialog.resources()->resource(r).name == "imdb") dialog.get(r);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 20000);
        dialog.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 5000);
        QVERIFY(!dialog.downloader()->busy());
        QVERIFY(dialog.findChildren<QLabel*>().last()->text().contains("canceled"));
        qunsetenv("LAYERLAB_DOWNLOAD_BASE");
    }

  private:
    QTemporaryDir cache_, home_;
};

QTEST_MAIN(TestGetDataDialog)
#include "tst_get_data_dialog.moc"
