// A class folder (issue #23, part 3): runs record who made them; thirty machines can make run
// folders in one folder at once without two getting the same; `layerlab-cli class` lists the
// leaderboard while two processes train into the folder, and neither locks nor changes a run.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include <mutex>
#include <set>
#include <thread>

#include "CliRun.h"
#include "data/SampleDataset.h"
#include "experiment/Leaderboard.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/NewRunFolder.h"
#include "util/RunAuthor.h"

namespace fs = std::filesystem;
using namespace layerlab;

namespace {

// Every file under `folder` with its bytes' hash and its modification time.
QMap<QString, QString> snapshot(const QString& folder) {
    QMap<QString, QString> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray hash =
            QCryptographicHash::hash(clirun::readAll(path), QCryptographicHash::Sha1).toHex();
        files[path] =
            hash + " " + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
    }
    return files;
}

// Whether another process could take the run's lock now (nobody holds it).
bool unlocked(const QString& run) {
    const int fd = ::open(run.toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

QStringList runLines(const QString& listing) {
    QStringList lines;
    for (const QString& line : listing.split('\n'))
        if (line.startsWith('#')) lines << line;
    return lines;
}

}  // namespace

class TestClassroom : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;

  private Q_SLOTS:
    // 8 threads × 25 folders, most in the same millisecond: every one its own.
    void newRunFoldersNeverCollide() {
        const fs::path parent = temp_.filePath("collide").toStdString();
        std::mutex mutex;
        std::set<fs::path> made;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    const fs::path folder = makeNewRunFolder(parent, "-pc07-kim");
                    const std::lock_guard<std::mutex> lock(mutex);
                    made.insert(folder);
                }
            });
        for (auto& thread : threads) thread.join();
        QCOMPARE(made.size(), std::size_t(200));
        const QString first = QString::fromStdString(made.begin()->filename().string());
        QVERIFY2(
            QRegularExpression("^\\d{8}-\\d{6}-\\d{3}-pc07-kim(-\\d+)?$").match(first).hasMatch(),
            qPrintable(first));
    }

    // A run of LayerLab 0.1 says nobody: it reads as the user's own. A run made elsewhere says
    // so and is another's.
    void runsSayWhoMadeThem() {
        const RunRecord old =
            RunRecord::read(fs::path(LAYERLAB_SOURCE_DIR) / "tests/data/run_0.1_imdb");
        QVERIFY(!old.madeBy);
        QVERIFY(!old.madeByOthers());

        const QString copy = temp_.filePath("elsewhere");
        QVERIFY(QDir().mkpath(copy));
        const fs::path source =
            fs::path(LAYERLAB_SOURCE_DIR) / "tests/data/run_0.1_imdb" / "experiment.json";
        auto experiment = nlohmann::json::parse(readFileBytes(source));
        experiment["made_by"] = {{"user", "kim"}, {"host", "pc-07"}};
        writeFileAtomically(copy.toStdString() + "/experiment.json", experiment.dump());
        const RunRecord other = RunRecord::read(copy.toStdString());
        QCOMPARE(authorText(*other.madeBy), std::string("kim@pc-07"));
        QVERIFY(other.madeByOthers());
        experiment["made_by"] = {{"user", thisAuthor().user}, {"host", thisAuthor().host}};
        writeFileAtomically(copy.toStdString() + "/experiment.json", experiment.dump());
        QVERIFY(!RunRecord::read(copy.toStdString()).madeByOthers());
    }

    // Two `layerlab-cli train --runs CLASS` at once while a third process lists the folder again
    // and again: both runs are complete and listed, best first, each with its maker, and the
    // listing neither locked nor changed a file.
    void twoWritersAndAReader() {
        SampleDatasetSpec sample;
        sample.trainPerClass = 6;
        sample.validationPerClass = 4;
        sample.size = 36;
        const QString data = QString::fromStdString(
            ensureSampleDataset(temp_.filePath("cache").toStdString(), sample).string());
        const QString folder = temp_.filePath("class");
        QVERIFY(QDir().mkpath(folder));  // the share the teacher made
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const char* rate : {"0.001", "0.01"}) {
            auto writer = std::make_unique<QProcess>();
            QStringList options = clirun::tinyTransferOptions();
            options[options.indexOf("--learning-rate") + 1] = rate;
            writer->start(
                LAYERLAB_CLI,
                QStringList{"train", "--data", data, "--epochs", "2", "--runs", folder} + options);
            writers.push_back(std::move(writer));
        }
        int listings = 0;
        const auto writing = [&] {
            return std::any_of(writers.begin(), writers.end(),
                               [](const auto& w) { return w->state() != QProcess::NotRunning; });
        };
        QElapsedTimer clock;
        clock.start();
        while (writing() && clock.elapsed() < 240000) {
            const clirun::Result listed = clirun::runCli({"class", folder});
            // A folder still empty, or a run half made, lists.
            QVERIFY2(listed.code == 0, qPrintable(listed.err));
            ++listings;
            for (const auto& writer : writers) writer->waitForFinished(50);
        }
        for (const auto& writer : writers) {
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(240000));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        }
        QVERIFY(listings > 0);

        const QMap<QString, QString> before = snapshot(folder);
        const clirun::Result listed = clirun::runCli({"class", folder});
        QCOMPARE(listed.code, 0);
        QCOMPARE(snapshot(folder), before);
        const QStringList lines = runLines(listed.out);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(listed.out.startsWith(folder + ": 2 run(s), 0 training"), qPrintable(listed.out));
        const QString who = QString::fromStdString(authorText(thisAuthor()));
        for (int rank = 1; rank <= 2; ++rank) {
            const QString line = lines[rank - 1];
            QVERIFY2(line.startsWith(QString("#%1  val_acc ").arg(rank)), qPrintable(line));
            QVERIFY2(line.contains("  epochs 2/2  " + who + "  "), qPrintable(line));
            // What differs between the two runs, and only that (not the shared data's path);
            // then, last, the run's folder.
            QVERIFY2(
                line.contains(QRegularExpression("  fit\\.learning_rate=0\\.0?01  " +
                                                 QRegularExpression::escape(folder) + "/[^ ]+$")),
                qPrintable(line));
        }
        // A folder that is not there is named as what it was given as: a class folder.
        const clirun::Result missing = clirun::runCli({"class", temp_.filePath("no-class")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("Cannot open class folder "), qPrintable(missing.err));
        const std::vector<RunRecord> runs = readRuns(folder.toStdString());
        QCOMPARE(runs.size(), std::size_t(2));
        QVERIFY(runs[0].folder != runs[1].folder);
        // Best first: the ranks follow the runs' best val_acc.
        const auto bestOf = [&](const QString& line) {
            for (const RunRecord& run : runs)
                if (line.contains(QString::fromStdString(run.folder.filename().string())))
                    return run.bestEpoch()->valAccuracy;
            return -1.0;
        };
        QVERIFY(bestOf(lines[1]) >= 0);
        QVERIFY(bestOf(lines[0]) >= bestOf(lines[1]));
        for (const RunRecord& run : runs) {
            QCOMPARE(run.epochsDone(), 2);
            QVERIFY(run.hasFinalModel);
            QVERIFY(!seemsTraining(run));
            QVERIFY(!run.madeByOthers());
            QVERIFY(unlocked(QString::fromStdString(run.folder.string())));
        }
    }

    // A run someone trains now (epochs to go, written a moment ago, no final model) reads as
    // training; the same run quiet for longer than a VGG16 epoch, as stopped.
    void aRunBeingWrittenReadsAsTraining() {
        const QString run = temp_.filePath("elsewhere");  // from runsSayWhoMadeThem
        const fs::path model = fs::path(run.toStdString()) / "model.pt";
        QVERIFY(!fs::exists(model));
        RunRecord record = RunRecord::read(run.toStdString());
        QVERIFY(!record.finished());
        QVERIFY(seemsTraining(record));
        QVERIFY(!seemsTraining(record, std::chrono::seconds(0)));
    }
};

QTEST_GUILESS_MAIN(TestClassroom)
#include "tst_classroom.moc"
