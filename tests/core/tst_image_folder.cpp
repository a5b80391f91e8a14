// flow_from_directory's scan and the decoder, on folders made here: Korean names, spaces,
// mixed-case extensions, nested folders and every kind of bad file.
#include <QTemporaryDir>
#include <QtTest>

#include "core/TestImages.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "io/FileIO.h"

using namespace layerlab;
namespace fs = std::filesystem;

class TestImageFolder : public QObject {
    Q_OBJECT

    QTemporaryDir temp_;
    fs::path root_;

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        // The lesson's own path: '/content/drive/MyDrive/AI스쿨 파일/ML/cat_dog_small/train'
        root_ = fs::path(temp_.path().toStdString()) / "AI스쿨 파일" / "cat_dog_small" / "train";
        testimages::writeImage(root_ / "cats" / "cat.0.jpg");
        testimages::writeImage(root_ / "cats" / "Cat.1.JPG");
        testimages::writeImage(root_ / "cats" / "고양이 2.png");
        testimages::writeImage(root_ / "cats" / "nested" / "cat.3.Jpeg");
        testimages::writeBytes(root_ / "cats" / "notes.txt", "not an image");
        testimages::writeBytes(root_ / "cats" / "empty.jpg", "");
        testimages::writeImage(root_ / "dogs" / "dog.0.bmp");
        testimages::writeBytes(root_ / "dogs" / "text-pretending.png", "hello, I am text");
        testimages::writeTruncatedJpeg(root_ / "dogs" / "truncated.jpg");
        fs::create_directories(root_ / "zebras");  // an empty class folder
    }

    void foundLineAndLabelsLikeKeras() {
        const DatasetSummary s = scanImageFolder(root_);
        QCOMPARE(s.classes, (std::vector<std::string>{"cats", "dogs", "zebras"}));
        QCOMPARE(s.countPerClass, (std::vector<int>{5, 3, 0}));
        QCOMPARE(QString::fromStdString(s.foundLine()),
                 QString("Found 8 images belonging to 3 classes."));
        QCOMPARE(s.ignoredFiles, 1);
        // Keras's order: os.walk sorted by directory, files by code point ('C' < 'c' < '고').
        std::vector<std::string> names;
        for (const auto& f : s.files) names.push_back(f.path.filename().string());
        QCOMPARE(names, (std::vector<std::string>{"Cat.1.JPG", "cat.0.jpg", "empty.jpg",
                                                  "고양이 2.png", "cat.3.Jpeg", "dog.0.bmp",
                                                  "text-pretending.png", "truncated.jpg"}));
        QCOMPARE(s.files.front().label, 0);
        QCOMPARE(s.files.back().label, 1);
    }

    void explicitClassesSetTheLabels() {
        ImageFolderOptions options;
        options.classes = {"dogs", "cats"};
        const DatasetSummary s = scanImageFolder(root_, options);
        QCOMPARE(s.countPerClass, (std::vector<int>{3, 5}));
        QCOMPARE(s.files.front().path.filename().string(), std::string("dog.0.bmp"));
        QCOMPARE(s.files.front().label, 0);
        options.classes = {"cats", "horses"};
        QVERIFY_THROWS_EXCEPTION(DatasetError, scanImageFolder(root_, options));
        QVERIFY_THROWS_EXCEPTION(DatasetError, scanImageFolder(root_ / "nowhere"));
    }

    void badFilesAreReportedNotFatal() {
        DatasetSummary s = scanImageFolder(root_);
        checkImageFiles(s);
        QCOMPARE(s.skipped.size(), std::size_t(3));
        QCOMPARE(s.usableCount(), 5);
        std::map<std::string, std::string> reasons;
        for (const auto& f : s.skipped) reasons[f.path.filename().string()] = englishText(f.reason);
        QVERIFY(reasons["empty.jpg"].find("empty") != std::string::npos);
        QVERIFY(reasons["text-pretending.png"].find("not an image") != std::string::npos);
        QVERIFY(reasons["truncated.jpg"].find("truncated") != std::string::npos);
        for (const auto& f : s.skipped) QVERIFY(!decodeImageFile(f.path).ok());
        QVERIFY(!decodeImageFile(root_ / "cats" / "missing.jpg").ok());
        QVERIFY(!decodeImageFile(root_ / "cats").ok());
    }

    void decodesKoreanPathsToRgbAtTargetSize() {
        const DecodedImage d = decodeImageFile(root_ / "cats" / "고양이 2.png", ImageSize{6, 8});
        QVERIFY2(d.ok(), englishText(d.error).c_str());
        QCOMPARE(d.sourceHeight, 12);
        QCOMPARE(d.sourceWidth, 16);
        QCOMPARE(d.image.height, 6);
        QCOMPARE(d.image.width, 8);
        // Channel 0 is red: the gradient put rows in red, so the last row is bright red.
        QVERIFY(d.image.at(5, 0, 0) > 200 && d.image.at(0, 0, 0) < 30);
    }

    void nearestResizeSamplesPixelCentresLikePil() {
        // PIL NEAREST picks src = floor((dst + 0.5) * scale): columns 1 and 3 of four.
        Image image(1, 4, 3);
        for (int c = 0; c < 4; ++c)
            for (int k = 0; k < 3; ++k) image.at(0, c, k) = static_cast<float>(10 * c);
        const fs::path file = fs::path(temp_.path().toStdString()) / "row.png";
        writeImageFile(image, file);
        const DecodedImage d = decodeImageFile(file, ImageSize{1, 2}, Interpolation::Nearest);
        QVERIFY(d.ok());
        QCOMPARE(d.image.at(0, 0, 0), 10.0f);
        QCOMPARE(d.image.at(0, 1, 0), 30.0f);
        // Upscaling 4 -> 7: Pillow 9 printed [0 0 10 10 20 30 30] (its accumulated position
        // puts the tie at 3.5 * 4/7 just below 2).
        const DecodedImage up = decodeImageFile(file, ImageSize{1, 7}, Interpolation::Nearest);
        const float expected[] = {0, 0, 10, 10, 20, 30, 30};
        for (int c = 0; c < 7; ++c) QCOMPARE(up.image.at(0, c, 0), expected[c]);
        const DecodedImage area = decodeImageFile(file, ImageSize{1, 2}, Interpolation::Area);
        QCOMPARE(area.image.at(0, 0, 0), 5.0f);
    }

    void splitFoldersAreRecognised() {
        const fs::path lesson = root_.parent_path();
        fs::create_directories(lesson / "validation" / "cats");
        QCOMPARE(splitNames(lesson), (std::vector<std::string>{"train", "validation"}));
        QVERIFY(splitNames(root_).empty());
        QVERIFY(hasImageExtension("a.TIFF") && !hasImageExtension("a.gif"));
    }

    void atomicWriteReplacesWholeFile() {
        const fs::path file = fs::path(temp_.path().toStdString()) / "atomic.txt";
        writeFileAtomically(file, "first");
        writeFileAtomically(file, "second");
        QCOMPARE(readFileBytes(file), std::string("second"));
        QVERIFY_THROWS_EXCEPTION(FileError, writeFileAtomically(fs::path("/proc/nope/x"), "x"));
    }
};

QTEST_GUILESS_MAIN(TestImageFolder)
#include "tst_image_folder.moc"
