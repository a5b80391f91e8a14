// The real photos in ../shared/data (present on development machines, absent in a user's
// fresh clone: then these tests skip and say so).
#include <QtTest>

#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"

using namespace layerlab;
namespace fs = std::filesystem;

class TestSharedData : public QObject {
    Q_OBJECT
    fs::path root_ = fs::path(LAYERLAB_SHARED_DATA) / "cats_and_dogs_filtered";

  private Q_SLOTS:
    void init() {
        if (!fs::is_directory(root_))
            QSKIP("../shared/data/cats_and_dogs_filtered is absent (only on development machines)");
    }
    void trainSetLikeTheLesson() {
        ImageFolderOptions options;
        options.classes = {"cats", "dogs"};
        DatasetSummary train = scanImageFolder(root_ / "train", options);
        QCOMPARE(QString::fromStdString(train.foundLine()),
                 QString("Found 2000 images belonging to 2 classes."));
        checkImageFiles(train);
        QVERIFY(train.skipped.empty());
        QCOMPARE(train.files.front().path.filename().string(), std::string("cat.0.jpg"));
        QCOMPARE(train.files.back().label, 1);
        QCOMPARE(QString::fromStdString(scanImageFolder(root_ / "validation").foundLine()),
                 QString("Found 1000 images belonging to 2 classes."));
    }
    void decodesAtTheLessonSize() {
        const DecodedImage d =
            decodeImageFile(root_ / "train" / "dogs" / "dog.0.jpg", ImageSize{224, 224});
        QVERIFY2(d.ok(), englishText(d.error).c_str());
        QCOMPARE(d.image.pixels.size(), std::size_t(224 * 224 * 3));
    }
};

QTEST_GUILESS_MAIN(TestSharedData)
#include "tst_shared_data.moc"
