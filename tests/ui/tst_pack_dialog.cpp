// File ▸ Open lesson pack…'s dialog, driven by mouse and keyboard: the pack's summary, Install on
// a worker thread with its summary after, and a damaged file said in one sentence.
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "core/CliRun.h"
#include "download/pack/PackCreator.h"
#include "downloads/PackDialog.h"
#include "io/Paths.h"

using namespace layerlab;
using clirun::ScopedEnv;

class TestPackDialog : public QObject {
    Q_OBJECT

  private:
    QTemporaryDir temp_;
    QString pack_;

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        QDir().mkpath(temp_.filePath("shapes/train/circles"));
        QImage circle(4, 4, QImage::Format_RGB32);
        circle.fill(Qt::white);
        QVERIFY(circle.save(temp_.filePath("shapes/train/circles/one.png")));
        pack::PackRequest request;
        request.out = temp_.filePath("shapes.llpack").toStdString();
        request.title = "Shapes";
        request.datasets = {temp_.filePath("shapes").toStdString()};
        pack::createPack(request);
        pack_ = temp_.filePath("shapes.llpack");
    }

    void installsWithAClick() {
        const ScopedEnv cache("LAYERLAB_CACHE_DIR", temp_.filePath("cache").toUtf8().constData());
        ui::PackDialog dialog(pack_);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChildren<QLabel*>().front()->text().contains("Shapes"));
        QSignalSpy ended(&dialog, &ui::PackDialog::installEnded);
        QTest::mouseClick(dialog.installButton(), Qt::LeftButton);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.front().front().toBool(), true);
        QVERIFY2(dialog.resultLabel()->text().contains("Installed 1 file"),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(QFileInfo::exists(QString::fromStdString(
            (downloadCacheDir() / "datasets/shapes/train/circles/one.png").string())));
        QVERIFY(!dialog.installButton()->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);  // Close
        QVERIFY(!dialog.isVisible());
    }

    void saysWhyADamagedFileCannotBeInstalled() {
        QFile file(temp_.filePath("broken.llpack"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip at all");
        file.close();
        ui::PackDialog dialog(file.fileName());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.installButton()->isEnabled());
        QVERIFY(dialog.resultLabel()->text().contains("broken.llpack"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestPackDialog)
#include "tst_pack_dialog.moc"
