// layerlab-cli as a user runs it: exit codes, the Found line, JSON, and --apply writing
// exactly what applyTransform computes.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/TestImages.h"
#include "data/Augmentation.h"
#include "data/ImageDecoder.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

struct Result {
    int code;
    QString out;
    QString err;
};

Result runCli(const QStringList& args) {
    QProcess process;
    process.start(LAYERLAB_CLI, args);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    fs::path root_;

  private Q_SLOTS:
    void initTestCase() {
        root_ = fs::path(temp_.path().toStdString()) / "한국어 폴더";
        for (int i = 0; i < 3; ++i)
            testimages::writeImage(root_ / "cats" / ("c" + std::to_string(i) + ".png"));
        testimages::writeImage(root_ / "dogs" / "d.jpg");
        testimages::writeBytes(root_ / "dogs" / "broken.jpg", "\xFF\xD8\xFF garbage");
    }

    void imagesPrintsFoundLineAndSkipped() {
        const Result r = runCli({"images", QString::fromStdString(root_.string())});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("Found 5 images belonging to 2 classes.\n"), qPrintable(r.out));
        QVERIFY(r.out.contains("0 cats: 3"));
        QVERIFY(r.out.contains("broken.jpg"));
    }

    void imagesJson() {
        const Result r = runCli({"images", QString::fromStdString(root_.string()), "--json",
                                 "--classes", "dogs,cats", "--verify"});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["found"].toInt(), 5);
        QCOMPARE(json["usable"].toInt(), 4);
        QCOMPARE(json["classes"].toArray()[0].toObject()["name"].toString(), QString("dogs"));
        QCOMPARE(json["skipped"].toArray().size(), 1);
    }

    void errorsAreClear() {
        Result r = runCli({"images", "/nonexistent/folder"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Not a folder: /nonexistent/folder"));
        r = runCli({"images"});
        QCOMPARE(r.code, 2);
        r = runCli({"augment", "x.png", "--out", "y.png", "--bogus"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown option --bogus"));
        r = runCli({"augment", QString::fromStdString((root_ / "dogs" / "broken.jpg").string()),
                    "--out", temp_.filePath("z.png")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("corrupt") || r.err.contains("truncated"));
    }

    void applyWritesKerasApplyTransform() {
        const fs::path input = fs::path(temp_.path().toStdString()) / "in.png";
        testimages::writeImage(input, 30, 40);
        const QString out = temp_.filePath("out.png");
        const QString spec = "theta=20,tx=3,ty=-6,shear=15,zx=1.2,zy=0.9,flip_horizontal=1";
        const Result r = runCli({"augment", QString::fromStdString(input.string()), "--apply", spec,
                                 "--fill-mode", "reflect", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Image expected =
            applyTransform(decodeImageFile(input).image, TransformParams::parse(spec.toStdString()),
                           FillMode::Reflect, 0);
        const DecodedImage written = decodeImageFile(out.toStdString());
        QVERIFY(written.ok());
        for (std::size_t i = 0; i < expected.pixels.size(); ++i)
            QVERIFY(std::abs(written.image.pixels[i] - expected.pixels[i]) <= 0.5f + 1e-3f);
    }

    void gridHasCountTiles() {
        const QString out = temp_.filePath("grid.png");
        const Result r =
            runCli({"augment", QString::fromStdString((root_ / "cats" / "c0.png").string()),
                    "--out", out, "--count", "4", "--seed", "7", "--size", "20x30"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("tile 3 seed 10:"));
        const DecodedImage grid = decodeImageFile(out.toStdString());
        QCOMPARE(grid.image.height, 2 * 20 + 4);
        QCOMPARE(grid.image.width, 2 * 30 + 4);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
