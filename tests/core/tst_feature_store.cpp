// The persistent feature store: entries round-trip (fp32 bit for bit, fp16 within 1e-3
// relative), a key changes with everything that decides the features (weights, size,
// interpolation, preprocessing, the image's bytes), a damaged entry is computed again, two
// processes fill one store at once, a second run reads instead of computing and trains to
// the very same numbers, and the size cap removes the oldest entries. A bf16 frozen pass keeps
// the features within cosine 0.999 of fp32's.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

#include "core/CliRun.h"
#include "core/TestImages.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "experiment/Experiment.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "model/Network.h"
#include "util/Similarity.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

StoredFeatures randomFeatures(bool half, unsigned seed) {
    StoredFeatures f;
    f.shape = {4, 3, 5};
    f.half = half;
    std::mt19937 generator(seed);
    f.bytes.resize(60 * (half ? 2 : 4));
    for (auto& c : f.bytes) c = static_cast<char>(generator() & 0xff);
    return f;
}

std::vector<fs::path> entries(const fs::path& dir) {
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".feat") found.push_back(e.path());
    return found;
}

}  // namespace

class TestFeatureStore : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    QString data_;

    fs::path dir(const char* name) const { return fs::path(temp_.path().toStdString()) / name; }

    // A tiny transfer experiment over the test's images, storing into `store`.
    ExperimentSpec spec(const fs::path& store, std::vector<std::string> more = {}) const {
        std::vector<std::string> args = {"--task",
                                         "transfer",
                                         "--data",
                                         data_.toStdString(),
                                         "--backbone",
                                         "vgg16",
                                         "--size",
                                         "32",
                                         "--weights",
                                         "none",
                                         "--no-augment",
                                         "--batch-size",
                                         "4",
                                         "--threads",
                                         "1",
                                         "--feature-store",
                                         store.string(),
                                         "--epochs",
                                         "2",
                                         "--steps-per-epoch",
                                         "3",
                                         "--validation-steps",
                                         "1"};
        args.insert(args.end(), more.begin(), more.end());
        return parseExperimentSpec(args);
    }

    FeaturePreparation prepare(const ExperimentSpec& s) const {
        return prepareFeatures(s, [](const std::string&) {});
    }

    std::vector<EpochMetrics> train(ExperimentSpec s, const fs::path& runDir) const {
        std::get<TransferExperimentSpec>(s).runDir = runDir;
        std::vector<EpochMetrics> history;
        FitCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochMetrics& m) {
            history.push_back(m);
            return true;
        };
        TrainingControl control;
        Experiment::create(s, [](const std::string&) {})->train(callbacks, control);
        return history;
    }

  private Q_SLOTS:
    void initTestCase() {
        data_ = QString::fromStdString(
            testimages::tinySampleDataset(temp_.filePath("cache").toStdString(), 6, 3).string());
    }

    void entriesRoundTripAndDamageReadsAsMissing() {
        FeatureStore store(dir("unit"));
        for (bool half : {false, true}) {
            const StoredFeatures f = randomFeatures(half, half ? 1 : 2);
            const std::string key = featureKey({"entry", half ? "16" : "32"});
            QVERIFY(store.save(key, f));
            const auto back = store.load(key);
            QVERIFY(back);
            QCOMPARE(back->shape, f.shape);
            QCOMPARE(back->half, half);
            QVERIFY(back->bytes == f.bytes);  // bit for bit
        }
        QCOMPARE(store.usage().entries, std::size_t(2));
        // A flipped byte, a cut-off tail, an empty file: missing, and removed.
        const auto files = entries(dir("unit"));
        std::string bytes = readFileBytes(files[0]);
        bytes[bytes.size() / 2] ^= 0x40;
        writeFile(files[0], bytes);
        writeFile(files[1], readFileBytes(files[1]).substr(0, 20));
        QVERIFY(!store.load(featureKey({"entry", "16"})));
        QVERIFY(!store.load(featureKey({"entry", "32"})));
        QCOMPARE(store.usage().entries, std::size_t(0));
        QVERIFY(featureKey({"ab", "c"}) != featureKey({"a", "bc"}));  // parts stay apart
    }

    void capRemovesTheOldestAndClearEmpties() {
        const StoredFeatures f = randomFeatures(false, 3);
        const std::uintmax_t entry = 8 + 2 + 3 * 8 + f.bytes.size() + 8;
        FeatureStore store(dir("capped"), 2 * entry);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(store.save(featureKey({std::to_string(i)}), f));
            const auto path = entries(dir("capped")).size();
            QVERIFY(path > 0);
            QTest::qWait(20);  // distinct write times
        }
        store.enforceCap();
        QCOMPARE(store.usage().entries, std::size_t(2));
        QVERIFY(store.load(featureKey({"3"})));  // the newest stay
        QVERIFY(!store.load(featureKey({"0"})));
        store.clear();
        QCOMPARE(store.usage().entries, std::size_t(0));
    }

    // Everything that decides the features is in the key: change one, and it misses.
    void keysFollowWhatDecidesTheFeatures() {
        const fs::path store = dir("keys");
        const FeaturePreparation first = prepare(spec(store));
        QCOMPARE(first.stored, std::size_t(0));
        QCOMPARE(first.computed, std::size_t(18));  // 12 training and 6 validation images
        QCOMPARE(prepare(spec(store)).computed, std::size_t(0));
        const std::vector<std::vector<std::string>> changes = {
            {"--size", "36"},                  // input size
            {"--interpolation", "bilinear"},   // resizing
            {"--preprocessing", "caffe"},      // preprocessing
            {"--seed", "7"},                   // another random initialisation: other weights
            {"--frozen-precision", "bf16"},    // how the prefix computes
            {"--feature-precision", "fp32"}};  // what is stored
        for (const auto& change : changes) {
            const FeaturePreparation again = prepare(spec(store, change));
            QVERIFY2(again.computed == 18 && again.stored == 0, change.front().c_str());
        }
        // One image changed on disk: only it is computed again.
        const fs::path image = fs::path(data_.toStdString()) / "train" / "circles" / "circle.0.jpg";
        QVERIFY(fs::exists(image));
        testimages::writeImage(image, 40, 40);
        const FeaturePreparation touched = prepare(spec(store));
        QCOMPARE(touched.computed, std::size_t(1));
        QCOMPARE(touched.stored, std::size_t(17));
    }

    // --frozen-precision bf16: the frozen base's features stay within cosine 0.999 of fp32's
    // (the bar for offering it), the head's output within 0.01, for both backbones.
    void bf16PrefixKeepsTheFeatures() {
        std::vector<Image> images;
        for (const auto& file : scanImageFolder(fs::path(data_.toStdString()) / "train").files)
            images.push_back(decodeImageFile(file.path, ImageSize{64, 64}).image);
        for (const Backbone backbone : {Backbone::Vgg16, Backbone::MobileNetV2}) {
            ModelSpec spec;
            spec.backbone = backbone;
            spec.inputSize = 64;
            spec.head = HeadKind::GlobalAveragePooling;
            Network fp32(spec, 5);
            spec.frozenPrecision = FrozenPrecision::Bf16;
            Network bf16(spec, 5);  // the same seed: the same weights
            const std::string last = backbone == Backbone::Vgg16 ? "block5_pool" : "out_relu";
            const auto reference = fp32.layerOutput(images, last);
            const auto fast = bf16.layerOutput(images, last);
            QVERIFY(reference != fast);  // bf16 did run
            const double cosine = lowestRowCosine(reference, fast, images.size());
            QVERIFY2(cosine >= 0.999, qPrintable(QString::number(cosine, 'f', 6)));
            const auto p = fp32.predict(images), q = bf16.predict(images);
            for (std::size_t i = 0; i < p.size(); ++i) QVERIFY(std::abs(p[i] - q[i]) < 0.01);
        }
    }

    // The cap's removals are reported, not silent.
    void capRemovalsAreReported() {
        ExperimentSpec small = spec(dir("capped"));
        std::get<TransferExperimentSpec>(small).fit.featureStoreCap = 4096;
        const FeaturePreparation report = prepare(small);
        QCOMPARE(report.computed, std::size_t(18));
        QVERIFY(report.removed > 0);
        QCOMPARE(FeatureStore(dir("capped")).usage().entries, 18 - report.removed);
    }

    void damagedEntryIsComputedAgain() {
        const fs::path store = dir("damaged");
        prepare(spec(store));
        const auto files = entries(store);
        std::string bytes = readFileBytes(files.front());
        bytes[40] ^= 0x01;
        writeFile(files.front(), bytes);
        const FeaturePreparation again = prepare(spec(store));
        QCOMPARE(again.computed, std::size_t(1));
        QCOMPARE(prepare(spec(store)).computed, std::size_t(0));  // and it is whole again
    }

    // fp32: a second run reads every feature and trains to the very same numbers.
    void secondRunReadsAndMatchesTheFirst() {
        const fs::path store = dir("runs");
        const auto first = train(spec(store, {"--feature-precision", "fp32"}), dir("run1"));
        QVERIFY(!entries(store).empty());
        const auto second = train(spec(store, {"--feature-precision", "fp32"}), dir("run2"));
        QCOMPARE(second.size(), first.size());
        for (std::size_t e = 0; e < first.size(); ++e) {
            QCOMPARE(second[e].loss, first[e].loss);
            QCOMPARE(second[e].valLoss, first[e].valLoss);
        }
        const QString log = QString::fromUtf8(readFileBytes(dir("run2") / "training.log"));
        QVERIFY2(log.contains("Feature store: 18 inputs"), qPrintable(log));
        // fp16 (the default): the same run within fp16's rounding.
        const auto half1 = train(spec(store), dir("run3"));
        const auto half2 = train(spec(store), dir("run4"));
        for (std::size_t e = 0; e < half1.size(); ++e)
            QVERIFY(std::abs(half2[e].loss - half1[e].loss) <=
                    1e-3 * std::abs(half1[e].loss) + 1e-6);
    }

    void twoProcessesFillOneStoreAtOnce() {
        const QString store = temp_.filePath("shared-store");
        const QStringList args = {"prepare", "--data",          data_, "--backbone",
                                  "vgg16",   "--size",          "32",  "--weights",
                                  "none",    "--batch-size",    "2",   "--threads",
                                  "1",       "--feature-store", store};
        QProcess a, b;
        a.start(LAYERLAB_CLI, args);
        b.start(LAYERLAB_CLI, args);
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const auto third = clirun::runCli(args);
        QCOMPARE(third.code, 0);
        QVERIFY2(third.out.contains("18 inputs were stored already, 0 computed"),
                 qPrintable(third.out));
        for (const auto& e : fs::directory_iterator(store.toStdString()))
            for (const auto& f : fs::directory_iterator(e.path()))
                QVERIFY2(f.path().extension() == ".feat", f.path().c_str());  // no temp left
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_feature_store.moc"
