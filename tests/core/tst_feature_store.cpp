// The persistent feature store: entries round-trip (fp32 bit for bit, fp16 within 1e-3
// relative), a key changes with everything that decides the features (weights, size,
// interpolation, preprocessing, the image's bytes), a damaged entry is computed again, two
// processes fill one store at once, a second run reads instead of computing and trains to
// the very same numbers, and the size cap removes the oldest entries. An entry proves what it
// is the features of (swapped, old-format, other-shaped, oversized and other users' entries
// are misses), the store is private and never deletes what it did not write, and a store that
// cannot be used never stops training. A bf16 frozen pass keeps the features within cosine
// 0.999 of fp32's.
#include <sys/resource.h>
#include <unistd.h>

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
#include "io/Paths.h"
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

const std::vector<std::int64_t> kShape = {4, 3, 5};

std::vector<fs::path> entries(const fs::path& dir) {
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".feat") found.push_back(e.path());
    std::sort(found.begin(), found.end());
    return found;
}

// The file an entry of `key` is in (the store's layout: <hash[0..1]>/<hash>.feat).
fs::path entryFile(const fs::path& dir, const std::string& key) {
    const std::string hash = featureHash({key});
    return dir / hash.substr(0, 2) / (hash + ".feat");
}

// Gives every entry the bytes of the next one: each is whole, but of another key.
void rotateContents(const std::vector<fs::path>& files) {
    const std::string first = readFileBytes(files.front());
    for (std::size_t i = 0; i + 1 < files.size(); ++i)
        writeFile(files[i], readFileBytes(files[i + 1]));
    writeFile(files.back(), first);
}

long peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool isRoot() {
    return ::geteuid() == 0;
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
        return prepareFeatures(s, [](const Message&) {});
    }

    std::vector<EpochMetrics> train(ExperimentSpec s, const fs::path& runDir) const {
        std::get<TransferExperimentSpec>(s).runDir = runDir;
        std::vector<EpochMetrics> history;
        FitCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochMetrics& m) { history.push_back(m); };
        TrainingControl control;
        Experiment::create(s, [](const Message&) {})->train(callbacks, control);
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
            const std::string key = half ? "entry 16" : "entry 32";
            QVERIFY(store.save(key, f));
            const auto back = store.load(key, kShape, half);
            QVERIFY(back);
            QCOMPARE(back->shape, f.shape);
            QCOMPARE(back->half, half);
            QVERIFY(back->bytes == f.bytes);           // bit for bit
            QVERIFY(!store.load(key, kShape, !half));  // the other precision: a miss
        }
        QCOMPARE(store.usage().entries, std::size_t(2));
        // A flipped byte, a cut-off tail: missing, and replaced when saved again.
        const auto files = entries(dir("unit"));
        std::string bytes = readFileBytes(files[0]);
        bytes[bytes.size() / 2] ^= 0x40;
        writeFile(files[0], bytes);
        writeFile(files[1], readFileBytes(files[1]).substr(0, 20));
        QVERIFY(!store.load("entry 16", kShape, true));
        QVERIFY(!store.load("entry 32", kShape, false));
        QVERIFY(store.save("entry 16", randomFeatures(true, 1)));
        QVERIFY(store.load("entry 16", kShape, true));
        QVERIFY(featureHash({"ab", "c"}) != featureHash({"a", "bc"}));  // parts stay apart
    }

    // Issue #19 item 2: an entry holds its key, so one moved or copied to another key's file is
    // a miss, and so is an entry of the earlier format, which held no key to prove.
    void anEntryProvesItsKey() {
        const fs::path folder = dir("proofs");
        FeatureStore store(folder);
        QVERIFY(store.save("a", randomFeatures(false, 4)));
        QVERIFY(store.save("b", randomFeatures(false, 5)));
        rotateContents({entryFile(folder, "a"), entryFile(folder, "b")});
        QVERIFY(!store.load("a", kShape, false));
        QVERIFY(!store.load("b", kShape, false));
        // The first format: magic, half, dims, shape, values, checksum, and no key.
        std::string old = "LLFEAT1\n";
        old += std::string{'\0', '\3'};
        for (std::int64_t d : kShape) old += std::string(reinterpret_cast<const char*>(&d), 8);
        old += randomFeatures(false, 6).bytes + std::string(8, '\0');
        writeFile(entryFile(folder, "a"), old);
        QVERIFY(!store.load("a", kShape, false));
        QCOMPARE(store.usage().entries, std::size_t(2));  // still the store's own file
    }

    // Issue #19 item 16: an entry of another shape (another input size) is a miss, replaced by
    // the one computed.
    void anEntryOfAnotherShapeIsReplaced() {
        FeatureStore store(dir("shapes"));
        QVERIFY(store.save("k", randomFeatures(true, 7)));
        const std::vector<std::int64_t> other = {2, 3, 5};
        QVERIFY(!store.load("k", other, true));
        StoredFeatures f = randomFeatures(true, 8);
        f.shape = other;
        f.bytes.resize(30 * 2);
        QVERIFY(store.save("k", f));
        QVERIFY(store.load("k", other, true));
        QVERIFY(!store.load("k", kShape, true));
    }

    // Issue #19 item 14: an entry's size is known from its key and shape before it is read; a
    // 1000 MB file where an entry belongs is a miss, never read into memory.
    void anOversizedEntryIsNeverRead() {
        const fs::path folder = dir("oversized");
        FeatureStore store(folder);
        QVERIFY(store.save("big", randomFeatures(false, 9)));
        fs::resize_file(entryFile(folder, "big"), std::uintmax_t{1000} << 20);  // sparse
        const long before = peakMegabytes();
        QVERIFY(!store.load("big", kShape, false));
        QVERIFY2(peakMegabytes() - before < 100, qPrintable(QString::number(peakMegabytes())));
        fs::remove(entryFile(folder, "big"));
    }

    // Issue #19 item 2: the store reads only plain files of this user's that nobody else may
    // write: not through a link, and never another user's file.
    void onlyThisUsersFilesAreRead() {
        const fs::path folder = dir("owners");
        FeatureStore store(folder);
        QVERIFY(store.save("mine", randomFeatures(false, 10)));
        const fs::path file = entryFile(folder, "mine");
        fs::permissions(file, fs::perms::group_write, fs::perm_options::add);
        QVERIFY(!store.load("mine", kShape, false));
        fs::permissions(file, fs::perms::group_write, fs::perm_options::remove);
        QVERIFY(store.load("mine", kShape, false));
        const fs::path moved = folder / "moved.bin";
        fs::rename(file, moved);
        fs::create_symlink(moved, file);
        QVERIFY(!store.load("mine", kShape, false));
        fs::remove(file);
        fs::rename(moved, file);
        if (!isRoot()) return;  // giving a file away takes root
        QVERIFY(::chown(file.c_str(), 65534, 65534) == 0);
        QVERIFY(!store.load("mine", kShape, false));
    }

    void capRemovesTheOldestAndClearEmpties() {
        const StoredFeatures f = randomFeatures(false, 3);
        FeatureStore measure(dir("measure"));
        QVERIFY(measure.save("0", f));
        const std::uintmax_t entry = measure.usage().bytes;
        FeatureStore store(dir("capped"), 2 * entry);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(store.save(std::to_string(i), f));
            QTest::qWait(20);  // distinct write times
        }
        store.trim();
        QCOMPARE(store.usage().entries, std::size_t(2));
        QVERIFY(store.load("3", kShape, false));  // the newest stay
        QVERIFY(!store.load("0", kShape, false));
        store.clear();
        QCOMPARE(store.usage().entries, std::size_t(0));
    }

    // Issue #19 item 10: the cap and clear() remove only entries the store wrote, and a folder
    // that holds anything else is no store (`--feature-store data/sc/train` puts nothing in it).
    void onlyTheStoresOwnFilesAreEverRemoved() {
        const fs::path project = dir("project");
        const fs::path mine = project / "features_of_mine" / "sub" / "speaker1.feat";
        fs::create_directories(mine.parent_path());
        writeFile(mine, "not an entry");
        QVERIFY_THROWS_EXCEPTION(FileError, FeatureStore(project, 1));
        QVERIFY(fs::exists(mine));
        const fs::path train = fs::path(data_.toStdString()) / "train";
        try {
            FeatureStore{train};
            QFAIL("a dataset was taken for a store");
        } catch (const FileError& e) {
            const QString message = e.what();
            QVERIFY2(message.contains(QString::fromStdString(train.string())) &&
                         message.contains("not the store's"),
                     e.what());
        }
        for (const auto& item : fs::directory_iterator(train))
            QVERIFY2(item.path().filename().string().size() != 2, item.path().c_str());
        // Others' files put into a store's folders later stay, whatever their names.
        const fs::path folder = dir("foreign");
        FeatureStore store(folder, 1);
        QVERIFY(store.save("entry", randomFeatures(false, 11)));
        std::vector<fs::path> others = {folder / "ab" / "notes.feat",
                                        folder / "ab" / (featureHash({"other"}) + ".feat"),
                                        folder / "zz" / "photo.feat"};
        std::sort(others.begin(), others.end());
        for (const fs::path& other : others) {
            fs::create_directories(other.parent_path());
            writeFile(other, "not an entry");
        }
        QCOMPARE(store.trim(), std::size_t(1));
        store.clear();
        QCOMPARE(entries(folder), others);
    }

    // Issue #19 item 16: what killed writers left (temporaries older than ten minutes, dangling
    // links, links where entries belong) goes; a writer's fresh temporary and others' files stay.
    void leftoversOfKilledWritersGo() {
        const fs::path folder = dir("leftovers");
        FeatureStore store(folder);
        QVERIFY(store.save("kept", randomFeatures(false, 12)));
        const fs::path sub = entryFile(folder, "kept").parent_path();
        const std::string hash = featureHash({"killed"});
        const fs::path stale = sub / (hash + ".feat.tmp-1234");
        const fs::path fresh = sub / (hash + ".feat.tmp-5678");
        writeFile(stale, "half an entry");
        writeFile(fresh, "half an entry");
        fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(1));
        const fs::path dangling = sub / "gone.feat";
        fs::create_symlink(folder / "nowhere", dangling);
        const fs::path outside = dir("outside.feat");
        writeFile(outside, "someone's file");
        const fs::path linked = entryFile(folder, "linked");
        fs::create_directories(linked.parent_path());
        fs::create_symlink(outside, linked);
        store.trim();
        QVERIFY(!fs::exists(fs::symlink_status(stale)));
        QVERIFY(!fs::exists(fs::symlink_status(dangling)));
        QVERIFY(!fs::exists(fs::symlink_status(linked)));
        QVERIFY(fs::exists(fresh));
        QCOMPARE(readFileBytes(outside), std::string("someone's file"));
        QVERIFY(store.load("kept", kShape, false));
    }

    // Issue #19 item 2: a store another user could write is not used, and without HOME the
    // cache is a folder of this user's own (0700) in the temporary folder, not one all share.
    void aStoreOthersCanWriteIsRefused() {
        const fs::path open = dir("open");
        FeatureStore{open};
        fs::permissions(open, fs::perms::others_write, fs::perm_options::add);
        QVERIFY_THROWS_EXCEPTION(FileError, FeatureStore{open});
        fs::permissions(open, fs::perms::others_write, fs::perm_options::remove);
        FeatureStore{open};
        const fs::path temp = dir("tmp");
        fs::create_directories(temp);
        const clirun::ScopedEnv tmpdir("TMPDIR", temp.c_str()),
            cache("LAYERLAB_CACHE_DIR", nullptr), xdg("XDG_CACHE_HOME", nullptr),
            home("HOME", nullptr);
        const fs::path fallback = temp / ("layerlab-cache-" + std::to_string(::geteuid()));
        QCOMPARE(userCacheDir(), fallback);
        QCOMPARE(fs::status(fallback).permissions(), fs::perms::owner_all);
        FeatureStore{FeatureStore::defaultDir()};
        if (!isRoot()) return;  // giving a folder away takes root
        QVERIFY(::chown(fallback.c_str(), 65534, 65534) == 0);
        try {
            FeatureStore{FeatureStore::defaultDir()};
            QFAIL("a store inside another user's folder was used");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("another user"), e.what());
        }
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
        std::get<TransferExperimentSpec>(small).fit.featureStore.capBytes = 4096;
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

    // Issue #19 item 2: a store whose entries' contents were permuted (each whole, but another
    // image's) has every one computed again, not read.
    void permutedEntriesAreComputedAgain() {
        const fs::path store = dir("permuted");
        prepare(spec(store));
        rotateContents(entries(store));
        const FeaturePreparation again = prepare(spec(store));
        QCOMPARE(again.stored, std::size_t(0));
        QCOMPARE(again.computed, std::size_t(18));
        QCOMPARE(prepare(spec(store)).computed, std::size_t(0));  // and rewritten
    }

    // Issue #19 item 16: entries of another input size where this size's belong gave LibTorch's
    // "stack expects each tensor…" in every later run; they are computed again instead.
    void entriesOfAnotherSizeAreComputedAgain() {
        const fs::path store = dir("sized"), other = dir("sized-64");
        prepare(spec(store));
        prepare(spec(other, {"--size", "64"}));
        const auto mine = entries(store), theirs = entries(other);
        QCOMPARE(mine.size(), theirs.size());
        for (std::size_t i = 0; i < mine.size(); ++i) writeFile(mine[i], readFileBytes(theirs[i]));
        QCOMPARE(train(spec(store), dir("run-sized")).size(), std::size_t(2));
        QCOMPARE(prepare(spec(store)).computed, std::size_t(0));
    }

    // Issue #19 items 2 and 16: a store that cannot be used never stops training; the run says
    // so once, in one sentence naming the folder. Preparing into it fails with that sentence.
    void anUnusableStoreNeverStopsTraining() {
        const fs::path dataset = fs::path(data_.toStdString()) / "validation";
        QCOMPARE(train(spec(dataset), dir("run-unusable")).size(), std::size_t(2));
        const QString log = QString::fromUtf8(readFileBytes(dir("run-unusable") / "training.log"));
        QCOMPARE(log.count("as the feature store"), 1);
        QVERIFY2(log.contains(QString::fromStdString(dataset.string()) +
                              " as the feature store: it holds files"),
                 qPrintable(log));
        QVERIFY_THROWS_EXCEPTION(FileError, prepare(spec(dataset)));
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
            if (e.is_directory())
                for (const auto& f : fs::directory_iterator(e.path()))
                    QVERIFY2(f.path().extension() == ".feat", f.path().c_str());  // no temp left
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_feature_store.moc"
