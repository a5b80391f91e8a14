// layerlab-cli as a user runs it: exit codes, the Found line, JSON, and --apply writing
// exactly what applyTransform computes.
#include <sys/stat.h>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/CliRun.h"
#include "core/TestImages.h"
#include "data/Augmentation.h"
#include "data/ImageDecoder.h"
#include "data/SampleDataset.h"
#include "io/KerasH5.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

using clirun::readAll;
using clirun::Result;
using clirun::runCli;

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

layerlab::SampleDatasetSpec tinySample() {
    layerlab::SampleDatasetSpec spec;
    spec.trainPerClass = 6;
    spec.validationPerClass = 4;
    spec.size = 36;
    return spec;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    fs::path root_;

    QString sampleData() {
        return QString::fromStdString(
            layerlab::ensureSampleDataset(temp_.path().toStdString(), tinySample()).string());
    }

    // A tiny VGG16 run to explain, trained on first use.
    QString explainedRun() {
        const QString run = temp_.filePath("explained");
        if (!QFileInfo::exists(run + "/model.pt")) {
            const Result r = runCli(
                QStringList{"train", "--data", sampleData(), "--epochs", "1", "--run-dir", run} +
                clirun::tinyTransferOptions());
            if (r.code != 0) qWarning("%s", qPrintable(r.err + r.out));
        }
        return run;
    }

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
        QVERIFY2(r.err.contains("Cannot open /nonexistent/folder: No such file or directory"),
                 qPrintable(r.err));
        r = runCli({"images"});
        QCOMPARE(r.code, 2);
        r = runCli({"augment", "x.png", "--out", "y.png", "--bogus"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown option --bogus"));
        // The error, then where the usage is: not 35 lines of usage that scroll it away.
        QVERIFY2(r.err.endsWith("See layerlab-cli augment --help\n"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 2);
        // `COMMAND --help`, as students type it; one spelling per option in every command.
        r = runCli({"train", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--maxlen 100") && r.out.contains("--load-seed 113"));
        QVERIFY(!r.out.contains("--pad-maxlen"));
        r = runCli({"sample", "--help"});
        QVERIFY(r.code == 0 && r.out.startsWith("layerlab-cli sample"));
        r = runCli({"train", "--data", "d", "--epochs", "--run-dir", "r"});
        QVERIFY2(r.code == 2 && r.err.contains("--epochs needs a value"), qPrintable(r.err));
        r = runCli({"imdb", "-h"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--maxlen 100") && r.out.contains("--load-seed 113"));
        r = runCli({"imdb", "x.npz", "--maxlen", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--maxlen must be 1..100000"));
        // Numbers never wrap: 4294967297 epochs is an error, not one epoch.
        r = runCli({"train", "--data", "d", "--run-dir", "r", "--epochs", "4294967297"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--epochs must be 1..100000"), qPrintable(r.err));
        r = runCli({"train", "--data", "d", "--run-dir", "r", "--batch-size", "1e9"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--batch-size must be 1..65536"));
        // A FIFO named like a photo is refused at once instead of blocking forever.
        const QString fifo = temp_.filePath("p.jpg");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = runCli({"embed", "--backbone", "vgg16", "--size", "32", "--weights", "none", fifo,
                    "--out", temp_.filePath("fifo.npy")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not a regular file"), qPrintable(r.err));
        // An aclImdb tree without a single review: one sentence, no crash.
        QTemporaryDir empty;
        for (const char* folder : {"train/pos", "train/neg", "test/pos", "test/neg"})
            QVERIFY(QDir().mkpath(empty.filePath(folder)));
        r = runCli({"imdb", empty.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("holds no training reviews"), qPrintable(r.err));
        r = runCli({"train", "--task", "imdb", "--data", empty.path(), "--run-dir",
                    empty.filePath("run")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("holds no training reviews"));
        QVERIFY(!QFileInfo::exists(empty.filePath("run")));  // nothing left behind
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

    void summaryPrintsKerasTotals() {
        Result r =
            runCli({"summary", "--backbone", "vgg16", "--size", "224", "--unfreeze", "block5"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Total params: 27,560,769\n"));
        QVERIFY(r.out.contains("Trainable params: 19,925,505\n"));
        QVERIFY(r.out.contains("Non-trainable params: 7,635,264\n"));
        r = runCli({"summary", "--backbone", "mobilenet_v2", "--alpha", "0.35", "--head", "gap",
                    "--json"});
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["non_trainable_params"].toInteger(), 410208);
        r = runCli({"summary", "--backbone", "vgg16", "--unfreeze", "block9"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("block9"));
    }

    void trainResumeFineTuneAndEmbed() {
        const QString data = QString::fromStdString(
            layerlab::ensureSampleDataset(temp_.path().toStdString(), tinySample()).string());
        const QString runDir = temp_.filePath("run"), tuned = temp_.filePath("tuned");
        const QStringList common = clirun::tinyTransferOptions();
        Result r = runCli(QStringList{"train", "--task", "transfer", "--data", data, "--epochs",
                                      "2", "--run-dir", runDir} +
                          common);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("Found 12 images belonging to 2 classes."));
        QVERIFY(r.out.contains("Epoch 2/2"));
        QVERIFY(r.out.contains("val_acc"));
        for (const char* file :
             {"experiment.json", "history.csv", "model.pt", "training.log", "checkpoint/epoch.txt"})
            QVERIFY2(QFile::exists(runDir + "/" + file), file);
        QCOMPARE(readLines(runDir + "/history.csv").size(), 3);

        // A run that was killed after epoch 1: its history has one row; resume finishes it.
        // (epoch.txt's first line is the epoch; the lines after it name that epoch's files.)
        QString record = readAll(runDir + "/checkpoint/epoch.txt");
        QVERIFY(record.startsWith("2\n"));
        record = "1" + record.mid(1).replace("-2.pt", "-1.pt");
        for (const char* role : {"model", "optimizer"})
            QVERIFY(QFile::rename(runDir + "/checkpoint/" + role + "-2.pt",
                                  runDir + "/checkpoint/" + role + "-1.pt"));
        QFile epochFile(runDir + "/checkpoint/epoch.txt");
        QVERIFY(epochFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        epochFile.write(record.toUtf8());
        epochFile.close();
        r = runCli({"train", "--resume", runDir});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("Resuming") && r.out.contains("Epoch 2/2") &&
                !r.out.contains("Epoch 1/2"));
        QCOMPARE(readLines(runDir + "/history.csv").size(), 3);

        // A finished run is never overwritten: not by a new run, not by its own fine-tune.
        const QByteArray model = readAll(runDir + "/model.pt");
        r = runCli(QStringList{"train", "--task", "transfer", "--data", data, "--epochs", "1",
                               "--run-dir", runDir} +
                   common);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already holds a run"), qPrintable(r.err));
        r = runCli({"fine-tune", "--from", runDir, "--epochs", "1", "--run-dir", runDir});
        QCOMPARE(r.code, 2);
        QCOMPARE(readAll(runDir + "/model.pt"), model);
        QCOMPARE(readLines(runDir + "/history.csv").size(), 3);

        r = runCli({"fine-tune", "--from", runDir, "--unfreeze", "block5", "--learning-rate",
                    "1e-5", "--epochs", "1", "--run-dir", tuned});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("Epoch 3/3"));
        const QStringList rows = readLines(tuned + "/history.csv");
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.last().startsWith("2,") && rows.last().endsWith(",fine-tune"));

        // predict: one line per image, with every class's probability.
        const QString photo = data + "/validation/circles/" +
                              QDir(data + "/validation/circles").entryList(QDir::Files).front();
        r = runCli({"predict", "--run", tuned, photo});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(
            QRegularExpression(R"(: (circles|squares) \(circles 0\.\d{4}, squares 0\.\d{4}\)\n$)")
                .match(r.out)
                .hasMatch(),
            qPrintable(r.out));
        r = runCli({"predict", "--run", tuned, temp_.filePath("no such photo.jpg")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no such photo.jpg"));

        const QString npy = temp_.filePath("features.npy");
        r = runCli({"embed", "--backbone", "vgg16", "--size", "32", "--weights", "none",
                    data + "/validation/circles", "--out", npy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile features(npy);
        QVERIFY(features.open(QIODevice::ReadOnly));
        const QByteArray bytes = features.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY\x01\x00"));
        QVERIFY(bytes.contains("'shape': (4, 512)"));
        QCOMPARE(bytes.size(), 128 + 4 * 512 * 4);
        // Again: every output comes from the feature store, to the very same bytes (fp32).
        r = runCli({"embed", "--backbone", "vgg16", "--size", "32", "--weights", "none",
                    data + "/validation/circles", "--out", npy});
        QVERIFY2(r.out.contains("(4 from the feature store, 0 computed)"), qPrintable(r.out));
        QCOMPARE(readAll(npy), bytes);
    }

    // Issue #19 item 2: store entries whose contents were permuted (each whole, but another
    // image's) are not read: embed computes the very same rows again. A folder that cannot be a
    // store is not used, and embed says so once.
    void embedNeverReadsOtherImagesFeatures() {
        const QString data = sampleData(), store = temp_.filePath("embed-store");
        const QString npy = temp_.filePath("permuted.npy");
        QStringList args = {"embed", "--backbone", "vgg16",          "--size",
                            "32",    "--weights",  "none",           data + "/validation/circles",
                            "--out", npy,          "--feature-store"};
        Result r = runCli(args + QStringList{store});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray computed = readAll(npy);
        QStringList files;
        for (QDirIterator it(store, {"*.feat"}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            files << it.next();
        QCOMPARE(files.size(), 4);
        const auto write = [](const QString& file, const QByteArray& bytes) {
            testimages::writeBytes(file.toStdString(), bytes.toStdString());
        };
        const QByteArray first = readAll(files.front());
        for (int i = 0; i + 1 < files.size(); ++i) write(files[i], readAll(files[i + 1]));
        write(files.back(), first);
        r = runCli(args + QStringList{store});
        QVERIFY2(r.out.contains("(0 from the feature store, 4 computed)"), qPrintable(r.out));
        QCOMPARE(readAll(npy), computed);
        r = runCli(args + QStringList{data + "/train"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err.count("as the feature store"), 1);
        QCOMPARE(readAll(npy), computed);
    }

    void imdbJson() {
        const QString npz = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz";
        Result r = runCli({"imdb", npz, "--num-words", "10", "--pad-maxlen", "3", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["train_size"].toInt(), 3);
        QCOMPARE(json["test_size"].toInt(), 2);
        QCOMPARE(json["padded_shape"].toArray(), (QJsonArray{3, 3}));
        QCOMPARE(json["train0_tokens"].toArray().first().toInt(), 1);  // start_char
        for (const char* key :
             {"train_labels_first10", "train_first_lengths", "train_mean_length",
              "train_median_length", "test_mean_length", "test_median_length", "padded_first_row"})
            QVERIFY2(json.contains(key), key);
        r = runCli({"imdb", QString(LAYERLAB_SOURCE_DIR) + "/tests/data/malicious_imdb.npz"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("refused"));
        r = runCli({"imdb", npz, "--padding", "middle"});
        QCOMPARE(r.code, 2);
    }

    void imdbFromTheKerasCache() {
        const QString home = temp_.filePath("keras");
        QDir().mkpath(home + "/datasets");
        QFile::copy(QString(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz",
                    home + "/datasets/imdb.npz");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("KERAS_HOME", home);
        process.setProcessEnvironment(env);
        process.start(LAYERLAB_CLI, {"imdb", "--num-words", "20"});
        process.waitForFinished(60000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(out.contains("x_train: (3,)"));
        QVERIFY(
            QString::fromUtf8(process.readAllStandardError()).contains("Using the Keras cache"));
    }

    void imdbTrainingAndResume() {
        const QString npz = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz";
        const QString runDir = temp_.filePath("imdb-run");
        Result r =
            runCli({"train", "--task",       "imdb", "--data",       npz,   "--num-words",
                    "20",    "--pad-maxlen", "4",    "--cell",       "gru", "--units",
                    "4",     "--epochs",     "2",    "--batch-size", "2",   "--validation-split",
                    "0.34",  "--threads",    "1",    "--run-dir",    runDir});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("gru (GRU)"));
        QVERIFY(r.out.contains("Epoch 2/2"));
        QVERIFY(r.out.contains("test accuracy:"));
        QCOMPARE(readLines(runDir + "/history.csv").size(), 3);
        QVERIFY(QFile::exists(runDir + "/experiment.json") && QFile::exists(runDir + "/model.pt"));
        QVERIFY(QFile::exists(runDir + "/best_model.pt") &&
                QFile::exists(runDir + "/best_epoch.txt"));
        r = runCli({"train", "--resume", runDir});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("Resuming") && !r.out.contains("Epoch 1/2"));
    }

    // Explain and activations on a tiny VGG16 run (32 px: the last conv's map is 2×2), with the
    // mistakes a student makes refused by name.
    void explainAndActivations() {
        const QString run = explainedRun(), data = sampleData();
        const QString image = data + "/validation/circles/circle.0.jpg";
        const QString npy = temp_.filePath("maps.npy"), overlay = temp_.filePath("overlay.png");
        Result r =
            runCli({"explain", "--run", run, image, image, "--out-npy", npy, "--out", overlay});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("map 2x2 at block5_conv3"), qPrintable(r.out));
        QVERIFY(readAll(npy).contains("'shape': (2, 2, 2)"));
        QVERIFY(decodeImageFile(overlay.toStdString()).ok());
        r = runCli({"explain", "--run", run, image, "--class", "2", "--out", overlay});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--class"));
        QCOMPARE(runCli({"explain", "--run", run, image}).code, 2);  // no output asked for

        const QString grid = temp_.filePath("grid.png");
        r = runCli({"activations", "--run", run, image, "--layer", "block1_conv1", "--out", grid});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("64 channels of 32x32"));
        r = runCli({"activations", "--run", run, image, "--layer", "flatten", "--out", grid});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("'flatten'"));
    }

    // Filters (cached per run and layer), export and lr-find on the same run.
    void filtersExportAndLrFind() {
        // Filter patterns are cached per model: a cache of its own, so an earlier run of this
        // test cannot answer for this one.
        qputenv("LAYERLAB_CACHE_DIR", temp_.filePath("explain-cache").toUtf8());
        const QString run = explainedRun(), data = sampleData();
        const QString grid = temp_.filePath("filters.png");
        const QStringList filters = {"filters", "--run", run,      "--layer", "block1_conv2",
                                     "--count", "4",     "--size", "16",      "--steps",
                                     "3",       "--out", grid};
        Result r = runCli(filters);
        QVERIFY2(r.code == 0 && r.out.contains("4 filters"), qPrintable(r.err + r.out));
        QVERIFY(!r.out.contains("cache"));
        r = runCli(filters);
        QVERIFY2(r.out.contains("from the cache"), qPrintable(r.out));

        const QString h5 = temp_.filePath("explained.h5");
        r = runCli({"export", run, "--keras", h5});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(readKerasH5(h5.toStdString()).byLayer.count("block5_conv3"));
        r = runCli({"export", run, "--keras", temp_.filePath("missing/folder/m.h5")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("missing/folder"), qPrintable(r.err));

        // The finder on the train options: a CSV and a verdict, and no run folder.
        const QString notWritten = temp_.filePath("never");
        r = runCli(
            QStringList{"lr-find", "--data", data, "--sweep-steps", "12", "--run-dir", notWritten} +
            clirun::tinyTransferOptions());
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QString("lr,loss,smoothed_loss"));
        QVERIFY(lines.size() >= 4);
        QVERIFY(lines[1].startsWith("1e-07,"));
        QVERIFY(lines.back().startsWith("suggested learning rate") ||
                lines.back().startsWith("no suggestion"));
        QVERIFY(!QFileInfo::exists(notWritten));
        QCOMPARE(runCli({"lr-find", "--data", data, "--start-lr", "1", "--end-lr", "0.1"}).code, 2);
    }

    // An IMDB run reading a review: one line per token, the last the prediction; text needs
    // a word index, which an imdb.npz without imdb_word_index.json beside it lacks.
    void readPrintsEveryTokenAndThePrediction() {
        const QString npz = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz";
        const QString run = temp_.filePath("reader");
        Result r = runCli({"train", "--task",    "imdb", "--data",       npz,    "--num-words",
                           "20",    "--maxlen",  "5",    "--cell",       "lstm", "--units",
                           "3",     "--epochs",  "1",    "--batch-size", "2",    "--threads",
                           "1",     "--run-dir", run});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        r = runCli({"read", "--run", run, "--review", "0", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject reading = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray tokens = reading["tokens"].toArray();
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(reading["padding"].toString(), QString("pre"));
        QCOMPARE(reading["hidden"].toArray().size(), 5 * 3);
        QCOMPARE(tokens.last()["p_positive"].toDouble(), reading["prediction"].toDouble());
        r = runCli({"read", "--run", run, "--review", "0"});
        QVERIFY(r.out.contains("prediction: P(positive)"));
        r = runCli({"read", "--run", run, "--text", "good film"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("imdb_word_index.json"), qPrintable(r.err));
        QCOMPARE(runCli({"read", "--run", run, "--review", "999"}).code, 2);
        QCOMPARE(runCli({"read", "--run", run, "--review", "0", "--split", "dev"}).code, 2);
        QCOMPARE(runCli({"read", "--run", temp_.filePath("explained"), "--review", "0"}).code, 2);
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
