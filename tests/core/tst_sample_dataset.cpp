// The built-in offline dataset: generated once, complete, decodable, and regenerated when
// its marker is damaged.
#include <QTemporaryDir>
#include <QtTest>

#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "data/SampleDataset.h"
#include "io/FileIO.h"

using namespace layerlab;
namespace fs = std::filesystem;

class TestSampleDataset : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void generatesTheLessonLayout() {
        QTemporaryDir temp;
        SampleDatasetSpec spec;
        spec.trainPerClass = 6;
        spec.validationPerClass = 3;
        spec.size = 48;
        int lastProgress = 0;
        const fs::path root = ensureSampleDataset(temp.path().toStdString(), spec,
                                                  [&](int done, int) { lastProgress = done; });
        QCOMPARE(lastProgress, 18);
        QCOMPARE(splitNames(root), (std::vector<std::string>{"train", "validation"}));
        DatasetSummary train = scanImageFolder(root / "train");
        checkImageFiles(train);
        QCOMPARE(train.classes, (std::vector<std::string>{"circles", "squares"}));
        QCOMPARE(train.countPerClass, (std::vector<int>{6, 6}));
        QVERIFY(train.skipped.empty());
        const DecodedImage first = decodeImageFile(train.files.front().path);
        QVERIFY(first.ok());
        QCOMPARE(first.image.height, 48);
        QCOMPARE(scanImageFolder(root / "validation").files.size(), std::size_t(6));
        QVERIFY(!fs::exists(root.string() + ".partial"));

        // Deterministic, and reused rather than rewritten.
        const auto stamp = fs::last_write_time(train.files.front().path);
        QCOMPARE(ensureSampleDataset(temp.path().toStdString(), spec), root);
        QCOMPARE(fs::last_write_time(train.files.front().path), stamp);

        // A damaged marker means a damaged set: it is generated again, identically.
        const std::string before = readFileBytes(train.files.front().path);
        writeFile(root / "LAYERLAB_SAMPLE.txt", "garbage");
        QCOMPARE(ensureSampleDataset(temp.path().toStdString(), spec), root);
        QCOMPARE(readFileBytes(train.files.front().path), before);
    }

    void unwritableCacheIsAClearError() {
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 ensureSampleDataset("/proc/layerlab-cannot-write-here"));
    }
};

QTEST_GUILESS_MAIN(TestSampleDataset)
#include "tst_sample_dataset.moc"
