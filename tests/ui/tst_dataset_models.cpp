// The dataset browser's item models (checked with QAbstractItemModelTester) and the browser
// itself: splits, class filter, thumbnails decoded off the GUI thread, skipped files.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "common/RecentFolders.h"
#include "common/ThumbnailCache.h"
#include "core/TestImages.h"
#include "dataset/DatasetBrowser.h"
#include "dataset/DatasetListModel.h"
#include "dataset/SkippedFilesModel.h"

using namespace layerlab;
using namespace layerlab::ui;
namespace fs = std::filesystem;

class TestDatasetModels : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    fs::path root_;

  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LayerLabTest");
        root_ = fs::path(temp_.path().toStdString()) / "강의 데이터";
        for (int i = 0; i < 4; ++i)
            testimages::writeImage(root_ / "train" / "cats" /
                                   ("cat." + std::to_string(i) + ".jpg"));
        for (int i = 0; i < 3; ++i)
            testimages::writeImage(root_ / "train" / "dogs" /
                                   ("dog." + std::to_string(i) + ".png"));
        testimages::writeBytes(root_ / "train" / "dogs" / "zero.jpg", "");
        testimages::writeImage(root_ / "validation" / "cats" / "cat.100.jpg");
        testimages::writeImage(root_ / "validation" / "dogs" / "dog.100.jpg");
    }

    void listModelFiltersAndLoadsThumbnails() {
        ThumbnailCache thumbnails;
        DatasetListModel model(&thumbnails);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto dataset = std::make_shared<DatasetSummary>(scanImageFolder(root_ / "train"));
        checkImageFiles(*dataset);
        model.setDataset(dataset);
        QCOMPARE(model.rowCount(), 8);
        model.setClassFilter(1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data(DatasetListModel::ClassNameRole).toString(), QString("dogs"));
        QVERIFY(!model.index(3).data(DatasetListModel::SkippedReasonRole).toString().isEmpty());

        // The first request returns a placeholder of thumbnail size and queues a decode; the
        // row updates when the decode lands.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(0).data(Qt::DecorationRole).value<QImage>().size(), QSize(112, 112));
        QTRY_VERIFY(changed.count() >= 1);
        const QImage thumb = model.index(0).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumb.size(), QSize(16, 12));  // small pictures are never upscaled
    }

    void skippedModelPassesTester() {
        SkippedFilesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add("/a.jpg", "empty");
        model.add("/a.jpg", "empty");
        model.add("/b.jpg", "corrupt");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QString("corrupt"));
        model.add("/photos/cats/c.jpg", "empty");
        QCOMPARE(model.index(2, 0).data().toString(), QString("c.jpg"));
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), QString("/photos/cats/c.jpg"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void browserOpensLessonLayout() {
        RecentFolders recent;
        recent.clear();
        DatasetBrowser browser(&recent);
        QSignalSpy loaded(&browser, &DatasetBrowser::datasetLoaded);
        QSignalSpy current(&browser, &DatasetBrowser::currentImageChanged);
        browser.openFolder(QString::fromStdString(root_.string()));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(browser.currentSplitFolder(), QString::fromStdString((root_ / "train").string()));
        QCOMPARE(browser.dataset()->files.size(), std::size_t(8));
        QCOMPARE(browser.dataset()->skipped.size(), std::size_t(1));
        QVERIFY(current.count() >= 1);
        QVERIFY(browser.currentImagePath().endsWith("cat.0.jpg"));
        QCOMPARE(recent.folders().value(0), QString::fromStdString(root_.string()));

        auto* split = browser.findChildren<QComboBox*>().at(0);
        QCOMPARE(split->count(), 2);
        split->setCurrentIndex(1);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(browser.dataset()->files.size(), std::size_t(2));
        QTRY_VERIFY(!browser.busy());
    }

    void droppingAFolderOpensIt() {
        RecentFolders recent;
        DatasetBrowser browser(&recent);
        QSignalSpy loaded(&browser, &DatasetBrowser::datasetLoaded);
        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "validation").string()))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &drop);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(browser.dataset()->classes, (std::vector<std::string>{"cats", "dogs"}));
        QMimeData text;
        text.setText("not a folder");
        QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&browser, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void browserReportsAMissingFolder() {
        RecentFolders recent;
        DatasetBrowser browser(&recent);
        QSignalSpy status(&browser, &DatasetBrowser::statusMessage);
        browser.openFolder(temp_.filePath("does-not-exist"));
        QTRY_VERIFY(status.count() >= 1);
        QVERIFY2(status.last().first().toString().contains("No such file or directory"),
                 qPrintable(status.last().first().toString()));
        QVERIFY(browser.dataset() == nullptr);
    }
};

QTEST_MAIN(TestDatasetModels)
#include "tst_dataset_models.moc"
