// Lesson packs (issue 23): a pack made from the built-in sample (dataset, prepared features, one
// finished run) installs under a fresh HOME and trains there with no frozen pass computed; a
// flipped byte, a zip-slip member and a truncated pack are refused with nothing left behind.
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "core/CliRun.h"
#include "download/pack/PackFiles.h"
#include "download/pack/PackInstaller.h"
#include "experiment/RunRecord.h"
#include "io/FeatureStore.h"
#include "io/ZipWriter.h"

using namespace layerlab;
using namespace layerlab::pack;
using clirun::runCli;
using clirun::ScopedEnv;

namespace {

// A MobileNetV2 α 0.35 run at 32 px: its model files are small, it trains in about a second.
QStringList runOptions(const QString& data) {
    return QStringList{"--data", data, "--backbone", "mobilenet_v2", "--alpha", "0.35"} +
           clirun::tinyRunOptions();
}

// Every path under `dir` with its size: what "nothing left behind" compares.
QStringList tree(const QString& dir) {
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        entries << it.filePath() + " " + QString::number(it.fileInfo().size());
    }
    entries.sort();
    return entries;
}

std::string sha256(const std::string& bytes) {
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A pack of one lesson file whose manifest lists `listedPath` and whose zip holds `zipPath`.
void writeOneMemberPack(const QString& out, const std::string& listedPath,
                        const std::string& zipPath, const std::string& bytes,
                        const std::string& listedBytes) {
    PackManifest manifest;
    manifest.units.push_back({PackKind::Lesson, "day.lesson", "/teacher/day.lesson"});
    manifest.members.push_back(
        {listedPath, PackKind::Lesson, "day.lesson", listedBytes.size(), sha256(listedBytes)});
    ZipWriter zip(out.toStdString());
    zip.addBytes(PackManifest::kMemberName, manifest.toJson());
    zip.addBytes(zipPath, bytes);
    zip.commit(true);
}

}  // namespace

class TestLessonPack : public QObject {
    Q_OBJECT

  private:
    QTemporaryDir temp_;
    QString pack_, sample_;

    QString path(const QString& name) const { return temp_.filePath(name); }

    // A pack of a manifest alone, listing one unit (`unitJson`) and no member.
    QString manifestOnlyPack(const QString& name, const std::string& unitJson) const {
        const QString out = path(name);
        ZipWriter zip(out.toStdString());
        zip.addBytes(PackManifest::kMemberName,
                     "{\"format\":\"layerlab-pack\",\"format_version\":1,\"units\":[" + unitJson +
                         "],\"members\":[]}");
        zip.commit(true);
        return out;
    }

    // A fresh HOME with its cache folder, as a student's machine.
    QString freshHome(const QString& name) const {
        QDir().mkpath(path(name + "/cache"));
        return path(name);
    }

    // Installs `pack` under a fresh HOME; expects a refusal that leaves that HOME as it was.
    void expectRefusedLeavingNothing(const QString& pack, const char* because) {
        const QString home = freshHome(QStringLiteral("refused-") + QString::number(qHash(pack)));
        const ScopedEnv h("HOME", home.toUtf8().constData());
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        const QStringList before = tree(home);
        const auto r = runCli({"pack", "install", pack, "--runs-dir", home + "/runs"});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QCOMPARE(r.err.count('\n'), 1);  // one sentence
        QVERIFY2(r.err.contains(because), qPrintable(r.err));
        QCOMPARE(tree(home), before);
    }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        const QString home = freshHome("teacher");
        const ScopedEnv h("HOME", home.toUtf8().constData());
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        auto r = runCli({"sample"});
        QCOMPARE(r.code, 0);
        sample_ = r.out.trimmed();
        r = runCli(QStringList{"prepare"} + runOptions(sample_));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli(QStringList{"train"} + runOptions(sample_) +
                   QStringList{"--epochs", "1", "--run-dir", home + "/runs/lesson-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pack_ = path("day19.llpack");
        r = runCli({"pack", "create", pack_, "--title", "Day 19", "--dataset", sample_,
                    "--features", "--runs", home + "/runs/lesson-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Never over what the user has.
        r = runCli({"pack", "create", pack_, "--dataset", sample_});
        QVERIFY(r.code != 0 && r.err.contains("exists"));
    }

    void listShowsWithoutInstalling() {
        const auto r = runCli({"pack", "list", pack_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Day 19"));
        QVERIFY(r.out.contains("dataset") && r.out.contains("features") &&
                r.out.contains("lesson-run"));
        QVERIFY(r.out.contains("301 files"));  // 300 pictures and the sample's version stamp
    }

    void installsAndTrainsWithNoFrozenPassComputed() {
        const QString home = freshHome("student");
        const ScopedEnv h("HOME", home.toUtf8().constData());
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        auto r = runCli({"pack", "install", pack_, "--runs-dir", home + "/runs"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString data = home + "/cache/keras/datasets/" + QFileInfo(sample_).fileName();
        QVERIFY(QFileInfo(data + "/train").isDir());
        const FeatureStore store(FeatureStore::defaultDir());
        QCOMPARE(store.usage().entries, std::size_t{300});

        // The packed run names the installed data and folder, not the teacher's.
        const RunRecord run = RunRecord::read((home + "/runs/transfer/lesson-run").toStdString());
        const auto& spec = std::get<TransferExperimentSpec>(run.spec);
        QCOMPARE(QString::fromStdString(spec.data.string()), data);
        QCOMPARE(QString::fromStdString(spec.runDir.string()), home + "/runs/transfer/lesson-run");
        QVERIFY(run.finished());
        for (const auto& p : RunDirectory::open(run.folder).predictions())
            QVERIFY2(QString::fromStdString(p.item).startsWith(data), p.item.c_str());

        // The store's hit count: every input read, none computed, in prepare and in training.
        r = runCli(QStringList{"prepare"} + runOptions(data));
        QVERIFY2(r.out.contains("300 inputs were stored already, 0 computed now"),
                 qPrintable(r.out));
        r = runCli(QStringList{"train"} + runOptions(data) +
                   QStringList{"--epochs", "1", "--run-dir", home + "/runs/mine"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Feature store: 300 inputs' frozen features read"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("(cached features)"));
        QCOMPARE(store.usage().entries, std::size_t{300});

        // Installed twice: everything is there already, nothing is replaced.
        r = runCli({"pack", "install", pack_, "--runs-dir", home + "/runs"});
        QVERIFY2(r.code == 0 && r.out.contains("608 were installed already"), qPrintable(r.out));
    }

    void refusesADifferentFileThere() {
        const QString home = freshHome("conflict");
        const ScopedEnv h("HOME", home.toUtf8().constData());
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        writeBytes(home + "/runs/transfer/lesson-run/history.csv", "epoch,acc\n");
        const QStringList before = tree(home);
        const auto r = runCli({"pack", "install", pack_, "--runs-dir", home + "/runs"});
        QVERIFY(r.code == 1);
        QVERIFY2(r.err.contains("history.csv is already there and differs"), qPrintable(r.err));
        QCOMPARE(tree(home), before);
    }

    // A failure while publishing (here: the runs folder is a file, found after the weights,
    // data and features are in place) takes back everything published before it.
    void leavesNothingWhenPublishingFails() {
        const QString home = freshHome("unpublished");
        const ScopedEnv h("HOME", home.toUtf8().constData());
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        writeBytes(home + "/runs", "not a folder\n");
        const QStringList before = tree(home);
        const auto r = runCli({"pack", "install", pack_, "--runs-dir", home + "/runs"});
        QVERIFY2(r.code == 1 && r.err.contains("runs"), qPrintable(r.err));
        QCOMPARE(tree(home), before);
    }

    void refusesAFlippedByte() {
        QFile in(pack_);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        // In the middle of the pack: inside a stored (uncompressed) model file of the run.
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        const QString flipped = path("flipped.llpack");
        writeBytes(flipped, bytes);
        expectRefusedLeavingNothing(flipped, "damaged");
    }

    void refusesAMemberNotMatchingItsSha256() {
        const QString altered = path("altered.llpack");
        writeOneMemberPack(altered, "lessons/day.lesson", "lessons/day.lesson", "altered!",
                           "original");
        expectRefusedLeavingNothing(altered, "sha256");
    }

    void refusesZipSlip() {
        const QString slip = path("slip.llpack");
        writeOneMemberPack(slip, "lessons/../../evil.lesson", "lessons/../../evil.lesson", "x",
                           "x");
        expectRefusedLeavingNothing(slip, "outside");
        const QString unlisted = path("unlisted.llpack");
        writeOneMemberPack(unlisted, "lessons/day.lesson", "../../evil.sh", "x", "x");
        expectRefusedLeavingNothing(unlisted, "missing");
    }

    void refusesAnUnknownKind() {
        expectRefusedLeavingNothing(
            manifestOnlyPack("unknown.llpack", "{\"kind\":\"script\",\"name\":\"x.sh\"}"),
            "unknown kind 'script'");
    }

    // A run's task names the folder it is installed in: a path there would escape the runs.
    void refusesARunOfNoTask() {
        expectRefusedLeavingNothing(
            manifestOnlyPack("task.llpack", "{\"kind\":\"run\",\"name\":\"r\",\"task\":\"../..\"}"),
            "names no task");
    }

    void refusesATruncatedPack() {
        QFile in(pack_);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString truncated = path("truncated.llpack");
        writeBytes(truncated, in.read(in.size() / 2));
        expectRefusedLeavingNothing(truncated, "zip archive");
    }

    void completesAnInstallKilledWhilePublishing() {
        const QString home = freshHome("killed");
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        const QString staged = home + "/runs.llpack-staging/a/label.json";
        writeBytes(staged, "{}");
        const QString journal = QString::fromStdString(journalPath().string());
        writeBytes(journal, ("{\"state\":\"publishing\",\"staging\":[\"" + home +
                             "/runs.llpack-staging\"],\"made\":[],\"files\":[[\"" + staged +
                             "\",\"" + home + "/runs/a/label.json\"]]}")
                                .toUtf8());
        QVERIFY(!recoverInterruptedInstall().empty());
        QVERIFY(QFileInfo::exists(home + "/runs/a/label.json"));
        QVERIFY(!QFileInfo::exists(home + "/runs.llpack-staging"));
        QVERIFY(!QFileInfo::exists(journal));
    }

    void rollsBackAnInstallKilledWhileStaging() {
        const QString home = freshHome("killed-staging");
        const ScopedEnv c("LAYERLAB_CACHE_DIR", (home + "/cache").toUtf8().constData());
        const QStringList before = tree(home);
        writeBytes(home + "/keras/models.llpack-staging/w.h5", "half");
        const QString journal = QString::fromStdString(journalPath().string());
        writeBytes(journal, ("{\"state\":\"staging\",\"staging\":[\"" + home +
                             "/keras/models.llpack-staging\"],\"made\":[\"" + home + "/keras\",\"" +
                             home + "/keras/models.llpack-staging\"],\"files\":[]}")
                                .toUtf8());
        QVERIFY(!recoverInterruptedInstall().empty());
        QCOMPARE(tree(home), before);
    }
};

QTEST_GUILESS_MAIN(TestLessonPack)
#include "tst_lesson_pack.moc"
