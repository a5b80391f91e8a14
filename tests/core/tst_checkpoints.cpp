// Checkpoints by time (issue #21): between checkpoints only history.csv is written; a pause, a
// stop, a failure and the end write the last whole epoch; a run killed between checkpoints
// resumes from the last one and trains the epochs after it again; and whatever the interval,
// the files a run ends with (checkpoint, model.pt, best_model.pt) hold exactly what a
// checkpoint after every epoch would have left.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <stdexcept>

#include "core/TestImages.h"
#include "experiment/ArgList.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentSpec.h"
#include "experiment/FitOptions.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "util/Checksum.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

const Say quiet = [](const Message&) {};

// A tiny MobileNetV2 run (random base, 32 px) whose val_loss goes up and down: a learning rate
// this high makes the best epoch one of the middle ones.
std::vector<std::string> runArgs(const std::string& data, const fs::path& runDir, int epochs,
                                 const std::string& every = "60s") {
    std::vector<std::string> args = splitList(
        "--backbone,mobilenet_v2,--size,32,--head,gap,--weights,none,--no-augment,"
        "--steps-per-epoch,2,--validation-steps,2,--batch-size,4,--learning-rate,0.05,--threads,1");
    args.insert(args.end(), {"--data", data, "--epochs", std::to_string(epochs),
                             "--checkpoint-every", every, "--run-dir", runDir.string()});
    return args;
}

std::string checksum(const fs::path& file) {
    return fnv64Hex(readFileBytes(file));
}

std::vector<double> valLosses(const RunDirectory& run) {
    std::vector<double> losses;
    for (const auto& row : run.history()) losses.push_back(row.valLoss);
    return losses;
}

}  // namespace

class TestCheckpoints : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path root_;
    std::string data_;

    std::unique_ptr<Experiment> create(const std::string& name, int epochs,
                                       const std::string& every = "60s") {
        return Experiment::create(parseExperimentSpec(runArgs(data_, root_ / name, epochs, every)),
                                  quiet);
    }

  private Q_SLOTS:
    void initTestCase() {
        root_ = dir_.path().toStdString();
        data_ = testimages::tinySampleDataset(root_ / "cache", 4, 4).string();
    }

    // A minute has not passed: epochs 1 and 2 leave their history rows and no checkpoint; the
    // end leaves epoch 3's, and model.pt is that very file.
    void betweenCheckpointsOnlyTheHistoryIsWritten() {
        auto run = create("by-time", 3);
        FitCallbacks callbacks;
        int early = 0;  // epochs 1 and 2 with their rows and no checkpoint
        callbacks.onEpoch = [&](const EpochMetrics& m) {
            early += m.epoch < 3 && run->run().history().size() == std::size_t(m.epoch) &&
                     !run->run().checkpointEpoch();
        };
        TrainingControl control;
        run->train(callbacks, control);
        QCOMPARE(early, 2);
        QCOMPARE(run->run().checkpointEpoch().value_or(0), 3);
        QVERIFY(fs::hard_link_count(root_ / "by-time" / "model.pt") >= 2);
    }

    // The same run checkpointed after every epoch and by time ends with the same model.pt and
    // best_model.pt, to the byte: that of a best epoch that had no checkpoint comes from the
    // weights kept for it. (The optimizer's archive names tensors by their address; the resume
    // tests show its state is the same.)
    void byTimeEndsWithWhatEveryEpochLeaves() {
        TrainingControl control;
        create("every-epoch", 5, "epoch")->train({}, control);
        create("by-time-5", 5)->train({}, control);
        const RunDirectory every = RunDirectory::open(root_ / "every-epoch");
        const RunDirectory byTime = RunDirectory::open(root_ / "by-time-5");
        QCOMPARE(valLosses(byTime), valLosses(every));
        const std::string best = readFileBytes(root_ / "every-epoch" / "best_epoch.txt");
        QCOMPARE(readFileBytes(root_ / "by-time-5" / "best_epoch.txt"), best);
        QVERIFY2(std::stoi(best) < 5, "the test needs a best epoch before the last");
        for (const char* file : {"best_model.pt", "model.pt"})
            QCOMPARE(checksum(root_ / "by-time-5" / file), checksum(root_ / "every-epoch" / file));
    }

    // Paused in epoch 2: epoch 1's checkpoint is on disk while the run waits, and the run
    // goes on as if never paused.
    void aPauseWritesTheLastWholeEpoch() {
        auto run = create("paused", 3);
        TrainingControl control;
        FitCallbacks callbacks;
        callbacks.onBatch = [&](const BatchMetrics& m) {
            if (m.epoch == 2 && m.step == 1) control.pause = true;
        };
        int pauses = 0;
        callbacks.onPause = [&] {
            ++pauses;
            QCOMPARE(run->run().checkpointEpoch().value_or(0), 1);
            control.pause = false;
        };
        run->train(callbacks, control);
        QCOMPARE(pauses, 1);
        TrainingControl go;
        create("unpaused", 3)->train({}, go);
        QCOMPARE(valLosses(run->run()), valLosses(RunDirectory::open(root_ / "unpaused")));
    }

    // A failure after epoch 2 (here the epoch callback throws): the run keeps epoch 2's
    // checkpoint and resumes from it.
    void aFailureWritesTheLastWholeEpoch() {
        auto run = create("failed", 3);
        FitCallbacks callbacks;
        callbacks.onEpoch = [](const EpochMetrics& m) {
            if (m.epoch == 2) throw std::runtime_error("the disk went away");
        };
        TrainingControl control;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, run->train(callbacks, control));
        QCOMPARE(run->run().checkpointEpoch().value_or(0), 2);
        run.reset();
        auto resumed = Experiment::resume(root_ / "failed", quiet);
        QCOMPARE(resumed->initialEpoch(), 2);
    }

    // Killed after epoch 3 with epoch 1's checkpoint (paused then): the resume starts from
    // epoch 1, says that epochs 2–3 are trained again, and ends as the run never killed.
    void aRunKilledBetweenCheckpointsResumesFromTheLast() {
        auto run = create("running", 4);
        const fs::path killed = root_ / "killed";
        TrainingControl control;
        FitCallbacks callbacks;
        callbacks.onBatch = [&](const BatchMetrics& m) {
            if (m.epoch == 2 && m.step == 1) control.pause = true;
        };
        callbacks.onPause = [&] { control.pause = false; };
        callbacks.onEpoch = [&](const EpochMetrics& m) {
            if (m.epoch == 3)  // what a kill now would leave on disk
                fs::copy(root_ / "running", killed, fs::copy_options::recursive);
        };
        run->train(callbacks, control);
        QCOMPARE(RunDirectory::open(killed).checkpointEpoch().value_or(0), 1);
        QCOMPARE(RunDirectory::open(killed).history().size(), std::size_t(3));
        std::vector<std::string> said;
        auto resumed =
            Experiment::resume(killed, [&](const Message& line) { said.push_back(englishText(line)); });
        QCOMPARE(resumed->initialEpoch(), 1);
        QVERIFY(std::any_of(said.begin(), said.end(), [](const std::string& line) {
            return line.find("resumed from epoch 1") != std::string::npos &&
                   line.find("epochs 2–3 are trained again") != std::string::npos;
        }));
        QCOMPARE(resumed->run().history().size(), std::size_t(1));
        TrainingControl go;
        resumed->train({}, go);
        QCOMPARE(valLosses(resumed->run()), valLosses(run->run()));
    }

    void theIntervalIsReadAndWritten() {
        QVERIFY(parseCheckpointInterval("epoch") == CheckpointInterval::everyEpoch());
        QCOMPARE(parseCheckpointInterval("90").seconds.count(), 90);
        QCOMPARE(parseCheckpointInterval("90s").seconds.count(), 90);
        QCOMPARE(parseCheckpointInterval("5m").seconds.count(), 300);
        QCOMPARE(parseCheckpointInterval("24h").seconds.count(), 24 * 3600);
        for (const char* bad : {"", "0s", "-5", "25h", "5d", "s", "90000s", "1.5m"})
            QVERIFY_THROWS_EXCEPTION(UsageError, parseCheckpointInterval(bad));
        // Kept in experiment.json's arguments only when it is not the default.
        const auto spec = parseExperimentSpec(runArgs(data_, root_ / "args", 1, "5m"));
        const auto args = experimentArgs(spec);
        QVERIFY(std::find(args.begin(), args.end(), "300s") != args.end());
        auto plain = runArgs(data_, root_ / "args", 1);
        plain.erase(plain.end() - 4, plain.end() - 2);  // --checkpoint-every 60s
        const auto defaults = experimentArgs(parseExperimentSpec(plain));
        QVERIFY(std::find(defaults.begin(), defaults.end(), "--checkpoint-every") ==
                defaults.end());
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
