// The experiment layer the GUI and the CLI share: one typed spec per task whose defaults are
// the lesson's and the book's, written as train arguments and read back identically (older
// spellings too, so runs of LayerLab 0.1 still open); fine-tuning stores its unfreezing so a
// resumed fine-tune rebuilds the same model; --freeze freezes head layers; compile() and
// fit() as Keras code.
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>
#include <nlohmann/json.hpp>

#include "core/PythonSyntax.h"
#include "core/TestImages.h"
#include "experiment/ArgList.h"
#include "experiment/AugmentOptions.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentSpec.h"
#include "experiment/KerasFitCode.h"
#include "experiment/RunModel.h"
#include "experiment/RunPredictor.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "model/KerasExport.h"
#include "train/NetworkWeights.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

// A tiny MobileNetV2 run on the built-in sample, its base frozen, from a Keras weights file.
std::vector<std::string> tinyRunArgs(const std::string& data, const fs::path& weights,
                                     const fs::path& runDir, int epochs) {
    return {"--data",
            data,
            "--backbone",
            "mobilenet_v2",
            "--size",
            "32",
            "--head",
            "gap",
            "--weights",
            weights.string(),
            "--no-augment",
            "--epochs",
            std::to_string(epochs),
            "--steps-per-epoch",
            "1",
            "--validation-steps",
            "1",
            "--batch-size",
            "4",
            "--run-dir",
            runDir.string()};
}

// A Keras file of MobileNetV2 α 0.35 at 32 px with weights drawn from `seed`.
fs::path writeWeightsFile(const fs::path& path, unsigned seed) {
    ModelSpec spec;
    spec.backbone = Backbone::MobileNetV2;
    spec.alpha = 0.35;
    spec.inputSize = 32;
    spec.head = HeadKind::GlobalAveragePooling;
    Network network(spec, seed);
    writeFileAtomically(path, kerasModelFile(network, {"circles", "squares"}));
    return path;
}

// What the old full-size checkpoint of LayerLab 0.2 looked like: every weight, epoch.txt a
// bare number, checkpoint/model.pt and optimizer.pt.
void rewriteAsOldCheckpoint(const fs::path& runDir) {
    RunDirectory run = RunDirectory::open(runDir);
    RunModel model = loadRunModel(runDir);
    const std::string optimizer = run.checkpointOptimizer();
    const int epoch = *run.checkpointEpoch();
    fs::remove_all(runDir / "checkpoint");
    fs::create_directory(runDir / "checkpoint");
    writeFileAtomically(runDir / "checkpoint" / "model.pt", saveAllNetworkWeights(*model.network));
    writeFileAtomically(runDir / "checkpoint" / "optimizer.pt", optimizer);
    writeFileAtomically(runDir / "checkpoint" / "epoch.txt", std::to_string(epoch) + "\n");
}

std::uintmax_t folderBytes(const fs::path& folder) {
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) bytes += entry.file_size();
    return bytes;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // DESIGN.md / the seed: fit(steps_per_epoch=100, epochs=30, validation_steps=50), batch 20,
    // Adam 1e-4 at 224 px; load_data(num_words=500), pad_sequences(maxlen=100); the book's RNN
    // fit: RMSprop 1e-3, 10 epochs, batch 128, validation_split 0.2; fine-tune block5_conv, 1e-5.
    void defaultsAreTheLessonsAndTheBooks() {
        const TransferExperimentSpec transfer;
        QCOMPARE(transfer.fit.epochs, 30);
        QCOMPARE(transfer.fit.stepsPerEpoch, 100);
        QCOMPARE(transfer.fit.validationSteps, 50);
        QCOMPARE(transfer.fit.batchSize, 20);
        QCOMPARE(transfer.fit.optimizer, OptimizerKind::Adam);
        QCOMPARE(transfer.fit.learningRate, 1e-4);
        QCOMPARE(transfer.model.inputSize, 224);
        QVERIFY(transfer.augment && transfer.augment->rotation_range == 30);
        const ImdbExperimentSpec imdb;
        QCOMPARE(imdb.model.numWords, 500);
        QCOMPARE(imdb.model.maxlen, 100);
        QCOMPARE(imdb.loadSeed, 113u);
        QCOMPARE(imdb.fit.optimizer, OptimizerKind::RMSprop);
        QCOMPARE(imdb.fit.learningRate, 1e-3);
        QCOMPARE(imdb.fit.epochs, 10);
        QCOMPARE(imdb.fit.batchSize, 128);
        QCOMPARE(imdb.fit.stepsPerEpoch, 0);
        QCOMPARE(imdb.validationSplit, 0.2);
        const FineTuneRequest fineTune;
        QCOMPARE(fineTune.unfreeze, std::vector<std::string>{"block5_conv"});
        QCOMPARE(fineTune.learningRate, 1e-5);
        // A bare command line is the defaults.
        const auto parsed = std::get<ImdbExperimentSpec>(
            parseExperimentSpec({"--task", "imdb", "--data", "imdb.npz"}));
        QCOMPARE(experimentArgs(parsed), experimentArgs([] {
                     ImdbExperimentSpec s;
                     s.data = "imdb.npz";
                     return s;
                 }()));
    }

    void transferSpecReadsBackExactly() {
        TransferExperimentSpec s;
        s.data = "photos";
        s.validationData = "held out";
        s.model.backbone = Backbone::MobileNetV2;
        s.model.alpha = 0.5;
        s.model.inputSize = 96;
        s.model.head = HeadKind::GlobalAveragePooling;
        s.model.preprocessing = Preprocessing::Caffe;
        s.weights = {WeightsSource::Kind::File, "my weights.h5"};
        s.interpolation = Interpolation::Bilinear;
        s.augment->shear_range = 0.3;
        s.fit.epochs = 3;
        s.fit.stepsPerEpoch = 7;
        s.fit.validationSteps = 2;
        s.fit.optimizer = OptimizerKind::SGD;
        s.fit.learningRate = 0.00123;
        s.fit.seed = 9;
        s.fit.threads = 2;
        s.fit.earlyStoppingPatience = 3;
        s.fit.restoreBestWeights = true;
        s.fit.cacheFrozenFeatures = false;
        s.fit.augmentedCopies = 4;
        s.fit.channelsLast = false;
        s.strategy = "small-similar";
        s.freeze = {"dense"};
        s.unfreeze = {"block_16", "Conv_1"};
        s.runDir = "runs/a";
        const auto args = experimentArgs(s);
        const auto back = std::get<TransferExperimentSpec>(parseExperimentSpec(args));
        QCOMPARE(experimentArgs(back), args);
        QCOMPARE(back.fit.learningRate, 0.00123);
        QCOMPARE(back.weights.file.string(), std::string("my weights.h5"));
        QCOMPARE(back.augment->shear_range, 0.3);
        QCOMPARE(back.unfreeze, s.unfreeze);
        s.augment.reset();
        QVERIFY(!std::get<TransferExperimentSpec>(parseExperimentSpec(experimentArgs(s))).augment);
    }

    void imdbSpecReadsBackExactlyAndOldSpellingsStillWork() {
        ImdbExperimentSpec s;
        s.data = "aclImdb";
        s.skipTop = 5;
        s.loadSeed = 7;
        s.padding = Side::Post;
        s.model.cell = RecurrentCell::GRU;
        s.model.input = SequenceInput::OneHot;
        s.model.maxlen = 42;
        s.model.bidirectional = true;
        s.model.dropout = 0.25;
        s.validationSplit = 0.1;
        const auto args = experimentArgs(s);
        QCOMPARE(experimentArgs(parseExperimentSpec(args)), args);
        // LayerLab 0.1 wrote pad_sequences' maxlen as --pad-maxlen.
        const auto old = std::get<ImdbExperimentSpec>(
            parseExperimentSpec({"--task", "imdb", "--data", "x.npz", "--pad-maxlen", "42"}));
        QCOMPARE(old.model.maxlen, 42);
    }

    void badValuesNameTheirOption() {
        auto message = [](const std::vector<std::string>& args) {
            try {
                parseExperimentSpec(args);
            } catch (const UsageError& e) {
                return std::string(e.what());
            }
            return std::string("accepted");
        };
        QVERIFY(message({"--task", "images"}).find("--task") != std::string::npos);
        QVERIFY(message({"--data", "d", "--epochs", "0"}).find("--epochs") != std::string::npos);
        QVERIFY(message({"--task", "imdb", "--data", "d", "--maxlen", "0"}).find("--maxlen") !=
                std::string::npos);
        QVERIFY(message({"--data", "d", "--cache", "maybe"}).find("--cache") != std::string::npos);
        QVERIFY(message({"--data", "d", "--bogus"}).find("--bogus") != std::string::npos);
        QVERIFY(message({"--epochs", "3"}).find("--data") != std::string::npos);
    }

    // tests/data/run_0.1_imdb was written by LayerLab 0.1 (see tests/data/README.md): its
    // experiment.json keeps the arguments as that version spelled them, and its paths as typed
    // (relative). It still opens and resumes where it was made, from any current folder; moved
    // elsewhere it opens, but resuming it is refused rather than read from another folder.
    void aRunOfTheOldFormatStillOpensAndResumes() {
        QTemporaryDir dir;
        const QString source = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/run_0.1_imdb";
        // Laid out as when it was made: tests/data/ beside the run, the data in it.
        const QString copy = dir.filePath("tests/data/run_0.1_imdb");
        QVERIFY(QDir().mkpath(copy + "/checkpoint"));
        QVERIFY(QFile::copy(QString(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz",
                            dir.filePath("tests/data/tiny_imdb.npz")));
        for (const QString& file : QDir(source).entryList(QDir::Files))
            QVERIFY(QFile::copy(source + "/" + file, copy + "/" + file));
        for (const QString& file : QDir(source + "/checkpoint").entryList(QDir::Files))
            QVERIFY(QFile::copy(source + "/checkpoint/" + file, copy + "/checkpoint/" + file));
        RunDirectory run = RunDirectory::open(copy.toStdString());
        QCOMPARE(run.history().size(), std::size_t(2));
        QVERIFY(!run.predictions().empty());
        const auto stored = nlohmann::json::parse(run.experimentJson());
        const auto spec = std::get<ImdbExperimentSpec>(
            parseExperimentSpec(stored.at("args").get<std::vector<std::string>>()));
        QCOMPARE(spec.model.maxlen, 8);  // from --pad-maxlen 8
        const auto resolved = std::get<ImdbExperimentSpec>(RunRecord::read(run).spec);
        QCOMPARE(resolved.data, fs::path(dir.filePath("tests/data/tiny_imdb.npz").toStdString()));
        QVERIFY(QDir::setCurrent(QDir::tempPath()));  // not the folder it was made in
        const Say quiet = [](const Message&) {};
        auto resumed = Experiment::resume(copy.toStdString(), quiet);
        QCOMPARE(resumed->initialEpoch(), 2);
        QCOMPARE(resumed->task(), Task::Imdb);
        resumed.reset();
        const QString moved = dir.filePath("moved");
        QVERIFY(QDir().rename(copy, moved));
        try {
            Experiment::resume(moved.toStdString(), quiet);
            QFAIL("a moved run's relative --data was read from another folder");
        } catch (const FileError& error) {
            QVERIFY2(std::string(error.what()).find("by a relative path") != std::string::npos,
                     error.what());
        }
    }

    // Keras accepts validation_split=0: no validation, and no val_ numbers made up.
    void validationSplitZeroTrainsWithoutValidation() {
        QTemporaryDir dir;
        const std::string npz = std::string(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz";
        std::vector<std::string> lines;
        auto experiment = Experiment::create(
            parseExperimentSpec({"--task", "imdb", "--data", npz, "--num-words", "20", "--maxlen",
                                 "8", "--epochs", "1", "--batch-size", "2", "--validation-split",
                                 "0", "--run-dir", dir.filePath("run").toStdString()}),
            [&](const Message& line) { lines.push_back(englishText(line)); });
        TrainingControl control;
        FitCallbacks callbacks;
        callbacks.log = [&](const Message& line) { lines.push_back(englishText(line)); };
        experiment->train(callbacks, control);
        const auto history = experiment->run().history();
        QCOMPARE(history.size(), std::size_t(1));
        QVERIFY(std::isnan(history.front().valLoss) && std::isnan(history.front().valAccuracy));
        QVERIFY(experiment->run().predictions().empty());
        for (const auto& line : lines)
            QVERIFY2(line.find("val_loss") == std::string::npos, line.c_str());
    }

    void augmentArgsReadBackExactly() {
        AugmentParams p = AugmentParams::lesson();
        p.width_shift_range = {3, true};  // whole pixels stay ints
        p.brightness_lo = 0.8;
        p.brightness_hi = 1.25;
        p.fill_mode = FillMode::Reflect;
        p.vertical_flip = true;
        ArgList args(augmentOptionArgs(p));
        const AugmentParams back = readAugmentOptions(args);
        QVERIFY(args.positionals().empty());
        QCOMPARE(back.rotation_range, p.rotation_range);
        QCOMPARE(back.width_shift_range.value, 3.0);
        QVERIFY(back.width_shift_range.integer);
        QCOMPARE(back.height_shift_range.value, p.height_shift_range.value);
        QVERIFY(!back.height_shift_range.integer);
        QCOMPARE(back.shear_range, p.shear_range);
        QCOMPARE(back.zoom_lo, p.zoom_lo);
        QCOMPARE(back.zoom_hi, p.zoom_hi);
        QCOMPARE(*back.brightness_lo, 0.8);
        QCOMPARE(back.brightness_hi, 1.25);
        QCOMPARE(back.fill_mode, FillMode::Reflect);
        QVERIFY(back.horizontal_flip && back.vertical_flip);
        QCOMPARE(back.rescale, p.rescale);
    }

    void freezeAndFineTuneAreStoredAndRebuilt() {
        QTemporaryDir dir;
        const std::string data =
            testimages::tinySampleDataset(dir.filePath("cache").toStdString(), 4, 2).string();
        const std::string first = dir.filePath("first").toStdString();
        std::vector<std::string> lines;
        const Say say = [&](const Message& line) { lines.push_back(englishText(line)); };
        std::vector<std::string> firstArgs = tinyRunArgs(data, "none", first, 1);
        firstArgs.insert(firstArgs.end(), {"--freeze", "dense", "--unfreeze", "block_16"});
        auto experiment = Experiment::create(parseExperimentSpec(firstArgs), say);
        for (const auto& layer : experiment->network().layers()) {
            if (layer.name == "dense") QVERIFY(!layer.trainable);
            if (layer.name.rfind("block_16", 0) == 0) QVERIFY(layer.trainable);
        }
        TrainingControl control;
        experiment->train({}, control);
        QVERIFY(!experiment->run().predictions().empty());
        // "Try your own photo" gives a validation image the probability the run's last
        // validation pass gave it.
        RunPredictor predictor(first);
        QCOMPARE(predictor.classes(), (std::vector<std::string>{"circles", "squares"}));
        for (const auto& p : experiment->run().predictions()) {
            const auto photo = predictor.predict(p.item);
            QCOMPARE(photo.predicted, p.predicted);
            QVERIFY(std::abs(photo.probabilities[std::size_t(p.predicted)] - p.probability) < 1e-4);
            QCOMPARE(photo.input.height, 32);
        }
        // training.log starts as the live log did: the Found lines and the parameter counts.
        const std::string log = readFileBytes(experiment->run().path() / "training.log");
        QVERIFY2(log.find("Found 8 images belonging to 2 classes.") == 0, log.c_str());
        QVERIFY(log.find("Trainable params:") != std::string::npos);

        FineTuneRequest request;
        request.from = first;
        request.unfreeze = {"block_15"};
        request.epochs = 1;
        request.runDir = dir.filePath("second").toStdString();
        auto tuned = Experiment::fineTune(request, say);
        QCOMPARE(tuned->initialEpoch(), 1);
        QCOMPARE(tuned->epochs(), 2);
        const auto stored = nlohmann::json::parse(tuned->run().experimentJson());
        ArgList args(stored.at("args").get<std::vector<std::string>>());
        QCOMPARE(args.valueOr("--unfreeze", ""), std::string("block_16,block_15"));
        QCOMPARE(stored.at("fine_tune_after_epoch").get<int>(), 1);
        // Resumed before any fine-tune epoch finished: the source's model and freezing.
        tuned.reset();
        auto resumed = Experiment::resume(request.runDir, say);
        QCOMPARE(resumed->initialEpoch(), 1);
        for (const auto& layer : resumed->network().layers())
            if (layer.name.rfind("block_15", 0) == 0) QVERIFY(layer.trainable);
        resumed->train({}, control);
        const auto history = resumed->run().history();
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history.back().marker, std::string("fine-tune"));
    }

    // Lean run folders: the frozen base is named by its weights file, not copied; the final
    // model is the last checkpoint's file; old full-size runs still resume; a missing or
    // changed weights file is named.
    // A run stopped before its first epoch ended is kept, with no epoch, and resumes from its
    // first (the teacher expects Stop to keep the run).
    void aRunStoppedBeforeItsFirstEpochIsKeptAndResumes() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string data = testimages::tinySampleDataset(root / "cache", 4, 2).string();
        const Say quiet = [](const Message&) {};
        auto experiment = Experiment::create(
            parseExperimentSpec(tinyRunArgs(data, "none", root / "stopped", 2)), quiet);
        TrainingControl control;
        control.stop.cancel();
        experiment->train({}, control);
        QVERIFY(fs::exists(root / "stopped" / "experiment.json"));
        QVERIFY(experiment->run().history().empty());
        QVERIFY(!fs::exists(root / "stopped" / "model.pt"));  // nothing trained, nothing final
        experiment.reset();
        auto resumed = Experiment::resume(root / "stopped", quiet);
        QCOMPARE(resumed->initialEpoch(), 0);
        TrainingControl go;
        resumed->train({}, go);
        QCOMPARE(resumed->run().history().size(), std::size_t(2));
    }

    // Stop pressed at random moments inside validation, 20 times: history.csv never holds a
    // partial epoch (every row is the uninterrupted run's, to the number), best_epoch.txt names
    // a whole one, and the resumed run ends as the uninterrupted one.
    void aStopDuringValidationWritesNothingOfThatEpoch() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string data = testimages::tinySampleDataset(root / "cache", 8, 8).string();
        const Say quiet = [](const Message&) {};
        // One training batch, many validation batches, nothing cached: an epoch is mostly
        // validation, so a random moment after the last training batch falls inside it.
        auto args = [&](const fs::path& runDir) {
            auto a = tinyRunArgs(data, "none", runDir, 2);
            a.insert(a.end(), {"--validation-steps", "12", "--cache", "off", "--threads", "1"});
            return a;
        };
        auto reference = Experiment::create(parseExperimentSpec(args(root / "whole")), quiet);
        TrainingControl go;
        reference->train({}, go);
        const std::vector<EpochMetrics> whole = reference->run().history();
        QCOMPARE(whole.size(), std::size_t(2));
        reference.reset();
        std::mt19937 random(19);
        for (int trial = 0; trial < 20; ++trial) {
            const fs::path runDir = root / ("stopped-" + std::to_string(trial));
            auto experiment = Experiment::create(parseExperimentSpec(args(runDir)), quiet);
            TrainingControl control;
            const int stopEpoch = 1 + trial % 2;
            const auto delay = std::chrono::microseconds(random() % 40000);
            std::thread stopper;
            std::atomic<bool> stopped{false};
            FitCallbacks callbacks;
            callbacks.onBatch = [&](const BatchMetrics& m) {
                if (m.epoch == stopEpoch && m.step == m.steps)  // validation comes next
                    stopper = std::thread([&control, &stopped, delay] {
                        std::this_thread::sleep_for(delay);
                        control.stop.cancel();
                        stopped = true;
                    });
                // An epoch can now end within the delay: the Stop must fall in or right after
                // stopEpoch, never let a whole later epoch go by first.
                while (m.epoch > stopEpoch && !stopped) std::this_thread::yield();
            };
            experiment->train(callbacks, control);
            stopper.join();
            const auto history = experiment->run().history();
            QVERIFY2(history.size() <= std::size_t(stopEpoch), "the stopped epoch was written");
            for (std::size_t i = 0; i < history.size(); ++i) {
                QCOMPARE(history[i].valAccuracy, whole[i].valAccuracy);
                QCOMPARE(history[i].valLoss, whole[i].valLoss);
            }
            const std::string best = fs::exists(runDir / "best_epoch.txt")
                                         ? readFileBytes(runDir / "best_epoch.txt")
                                         : std::string();
            QVERIFY(history.empty() == best.empty());
            if (!history.empty()) QVERIFY(std::stoi(best) <= history.back().epoch);
            experiment.reset();
            if (trial % 5 != 0) continue;  // resuming a few is enough: it is the same path
            auto resumed = Experiment::resume(runDir, quiet);
            resumed->train({}, go);
            const auto finished = resumed->run().history();
            QCOMPARE(finished.size(), whole.size());
            QCOMPARE(finished.back().valAccuracy, whole.back().valAccuracy);
            QVERIFY(std::abs(finished.back().loss - whole.back().loss) < 1e-6);
        }
    }

    // experiment.json keeps absolute paths: resumed from another folder, a run reads its own
    // data. A run that kept relative ones (earlier builds) is refused, not read elsewhere.
    void runsKeepAbsolutePathsAndRefuseRelativeOnes() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string data =
            fs::relative(testimages::tinySampleDataset(root / "cache", 4, 2), root).string();
        const fs::path before = fs::current_path();
        fs::current_path(root);
        const Say quiet = [](const Message&) {};
        auto experiment =
            Experiment::create(parseExperimentSpec(tinyRunArgs(data, "none", "run", 1)), quiet);
        fs::current_path(before);
        const ExperimentSpec stored = RunRecord::read(root / "run").spec;
        const auto& transfer = std::get<TransferExperimentSpec>(stored);
        QCOMPARE(transfer.data, root / data);
        QCOMPARE(transfer.runDir, root / "run");
        QVERIFY(!firstRelativePath(stored));
        experiment.reset();
        // An old run's relative --data, its --run-dir not saying where it was made: one
        // sentence naming experiment.json.
        auto json = nlohmann::json::parse(readFileBytes(root / "run" / "experiment.json"));
        auto& args = json["args"];
        for (std::size_t i = 0; i + 1 < args.size(); ++i) {
            if (args[i] == "--data") args[i + 1] = data;
            if (args[i] == "--run-dir") args[i + 1] = "elsewhere/run";
        }
        writeFileAtomically(root / "run" / "experiment.json", json.dump());
        try {
            Experiment::resume(root / "run", quiet);
            QFAIL("a relative --data was resumed against the current folder");
        } catch (const FileError& error) {
            QVERIFY2(std::string(error.what()).find("experiment.json names " + data +
                                                    " by a relative path") != std::string::npos,
                     error.what());
        }
    }

    void leanRunsReferToTheirWeightsFile() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string data = testimages::tinySampleDataset(root / "cache", 4, 2).string();
        const fs::path weights = writeWeightsFile(root / "base.h5", 7);
        const fs::path runDir = root / "lean";
        const Say quiet = [](const Message&) {};
        auto experiment =
            Experiment::create(parseExperimentSpec(tinyRunArgs(data, weights, runDir, 2)), quiet);
        TrainingControl control;
        experiment->train({}, control);
        const std::uintmax_t full = saveAllNetworkWeights(experiment->network()).size();
        const std::uintmax_t lean = fs::file_size(runDir / "model.pt");
        QVERIFY2(lean * 10 < full, qPrintable(QString("%1 vs %2").arg(lean).arg(full)));
        QVERIFY(fs::hard_link_count(runDir / "model.pt") >= 2);  // the checkpoint's file
        QVERIFY(folderBytes(runDir) < full);
        // Loaded elsewhere, the model re-reads the file and predicts what the run did.
        RunPredictor predictor(runDir);
        for (const auto& p : experiment->run().predictions())
            QVERIFY(std::abs(predictor.predict(p.item).probabilities[std::size_t(p.predicted)] -
                             p.probability) < 1e-4);
        experiment.reset();
        // Exporting over the weights file it reads would break the run: refused.
        RunModel model = loadRunModel(runDir);
        const std::string weightsBytes = readFileBytes(weights);
        QVERIFY_THROWS_EXCEPTION(UsageError, writeKerasModel(model, weights));
        QVERIFY(readFileBytes(weights) == weightsBytes);
        // Fine-tuned with the lesson's defaults, a MobileNetV2 run unfreezes its base's last block
        // (VGG16's block5_conv has no counterpart by that name).
        FineTuneRequest tune;
        tune.from = runDir;
        tune.epochs = 1;
        tune.runDir = root / "tuned";
        auto tuned = Experiment::fineTune(tune, quiet);
        const std::string lastBlock = backboneBlocks(tuned->network().layers()).back();
        for (const auto& layer : tuned->network().layers())
            if (layer.block == lastBlock) QVERIFY2(layer.trainable, layer.name.c_str());
        tuned.reset();
        // Resuming the finished run trains nothing and leaves no temporary link behind.
        auto finished = Experiment::resume(runDir, quiet);
        TrainingControl more;
        finished->train({}, more);
        finished.reset();
        QVERIFY(!fs::exists(runDir / "model.pt.tmp-link"));
        QVERIFY(fs::hard_link_count(runDir / "model.pt") >= 2);

        // An old full-size checkpoint resumes, and the run saves lean from then on.
        const fs::path old = root / "old";
        auto stopped =
            Experiment::create(parseExperimentSpec(tinyRunArgs(data, weights, old, 2)), quiet);
        FitCallbacks stopAfterOne;
        stopAfterOne.onEpoch = [&control](const EpochMetrics&) { control.stop.cancel(); };
        stopped->train(stopAfterOne, control);
        stopped.reset();
        rewriteAsOldCheckpoint(old);
        QVERIFY(fs::file_size(old / "checkpoint" / "model.pt") * 10 > full);
        auto resumed = Experiment::resume(old, quiet);
        QCOMPARE(resumed->initialEpoch(), 1);
        TrainingControl again;  // the first one was told to stop
        resumed->train({}, again);
        QCOMPARE(resumed->run().history().size(), std::size_t(2));
        QVERIFY(fs::file_size(old / "model.pt") * 10 < full);
        resumed.reset();

        // Without its weights file a lean run names the file; with another file there, too.
        auto failureOf = [&] {
            try {
                loadRunModel(runDir);
            } catch (const ModelStateError& e) {
                return std::string(e.what());
            }
            return std::string("it loaded");
        };
        fs::rename(weights, root / "moved.h5");
        std::string failure = failureOf();
        QVERIFY2(failure.find("base.h5, which is missing") != std::string::npos, failure.c_str());
        writeWeightsFile(weights, 8);
        failure = failureOf();
        QVERIFY2(failure.find("base.h5, which has changed") != std::string::npos, failure.c_str());
    }

    // The seed's compile and fit cells for the lesson's settings, the book's for IMDB; what
    // the generators or Keras's callbacks hold is said where it goes.
    void fitIsTheSeedsCell() {
        TransferExperimentSpec lesson;
        const std::string cell = kerasFitCode(lesson);
        QCOMPARE(QString::fromStdString(cell),
                 QString("from tensorflow.keras.optimizers import Adam\n"
                         "\n"
                         "model.compile(optimizer=Adam(learning_rate=1e-4),\n"
                         "              loss='binary_crossentropy',\n"
                         "              metrics=['acc'])\n"
                         "history = model.fit(train_generator,\n"
                         "                    steps_per_epoch=100,\n"
                         "                    epochs=30,\n"
                         "                    validation_data=validation_generator,\n"
                         "                    validation_steps=50,\n"
                         "                    verbose=1)\n"));
        QCOMPARE(QString::fromStdString(kerasFitCode(ImdbExperimentSpec())),
                 QString("from tensorflow.keras.optimizers import RMSprop\n"
                         "\n"
                         "model.compile(optimizer=RMSprop(learning_rate=0.001),\n"
                         "              loss='binary_crossentropy',\n"
                         "              metrics=['acc'])\n"
                         "history = model.fit(x_data_train_seq, t_data_train,\n"
                         "                    epochs=10,\n"
                         "                    batch_size=128,\n"
                         "                    validation_split=0.2,\n"
                         "                    verbose=1)\n"
                         "model.evaluate(x_data_test_seq, t_data_test)\n"));
        lesson.fit.learningRate = 1e-5;
        lesson.fit.stepsPerEpoch = 0;
        lesson.fit.batchSize = 32;
        lesson.fit.earlyStoppingPatience = 3;
        lesson.fit.restoreBestWeights = true;
        lesson.fit.augmentedCopies = 4;
        lesson.model.numClasses = 3;
        const std::string tuned = kerasFitCode(lesson);
        for (const char* part :
             {"from tensorflow.keras.callbacks import EarlyStopping\n", "Adam(learning_rate=1e-5)",
              "loss='sparse_categorical_crossentropy'", "class_mode='sparse'", "batch_size=32",
              "a bank of 4 augmented copies",
              "callbacks=[EarlyStopping(monitor='val_loss', patience=3, "
              "restore_best_weights=True)],\n"})
            QVERIFY2(tuned.find(part) != std::string::npos, part);
        QVERIFY(tuned.find("steps_per_epoch") == std::string::npos);  // one pass
        for (const std::string& code : {cell, tuned}) {
            const QString error = pythonsyntax::error(code);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
