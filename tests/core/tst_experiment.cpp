// The experiment layer the GUI and the CLI share: GUI settings travel as train arguments
// (augmentation included) and read back identically; fine-tuning stores its unfreezing so a
// resumed fine-tune rebuilds the same model; --freeze freezes head layers.
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "core/TestImages.h"
#include "experiment/ArgList.h"
#include "experiment/AugmentOptions.h"
#include "experiment/Experiment.h"

using namespace layerlab;

class TestExperiment : public QObject {
    Q_OBJECT
  private Q_SLOTS:
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
        const Say say = [&](const std::string& line) { lines.push_back(line); };
        auto experiment = Experiment::create({"--data",
                                              data,
                                              "--backbone",
                                              "mobilenet_v2",
                                              "--size",
                                              "32",
                                              "--head",
                                              "gap",
                                              "--weights",
                                              "none",
                                              "--no-augment",
                                              "--epochs",
                                              "1",
                                              "--steps-per-epoch",
                                              "1",
                                              "--validation-steps",
                                              "1",
                                              "--batch-size",
                                              "4",
                                              "--freeze",
                                              "dense",
                                              "--unfreeze",
                                              "block_16",
                                              "--run-dir",
                                              first},
                                             say);
        for (const auto& layer : experiment->network().layers()) {
            if (layer.name == "dense") QVERIFY(!layer.trainable);
            if (layer.name.rfind("block_16", 0) == 0) QVERIFY(layer.trainable);
        }
        TrainingControl control;
        experiment->train({}, control);
        QVERIFY(!experiment->run().predictions().empty());

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
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
