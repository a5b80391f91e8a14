// Keras fit() semantics on a tiny generated dataset: the batch order, the feature cache
// giving the same history as no cache (a bank of augmented copies too), frozen layers
// untouched, Stop within one batch, resume after a simulated kill, the epoch line, early
// stopping, and the run directory's files.
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "data/ImageDecoder.h"
#include "data/SampleDataset.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "model/Network.h"
#include "model/SequenceModel.h"
#include "train/BatchOrder.h"
#include "train/EarlyStopping.h"
#include "train/Trainer.h"
#include "train/TrainingEta.h"
#include "util/NumpyRandom.h"
#include "util/UsageError.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

constexpr int kSize = 32;

ModelSpec tinyVgg() {
    ModelSpec spec;
    spec.inputSize = kSize;
    return spec;
}

FitConfig tinyFit() {
    FitConfig fit;
    fit.epochs = 3;
    fit.stepsPerEpoch = 3;
    fit.validationSteps = 2;
    fit.batchSize = 4;
    fit.learningRate = 1e-3;
    fit.seed = 5;
    fit.threads = 1;
    return fit;
}

float maxDifference(const std::vector<float>& a, const std::vector<float>& b) {
    float worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    DatasetSummary train_, validation_;

    std::vector<EpochMetrics> fitWith(Network& network, FitConfig fit, TrainingControl& control,
                                      const FitCallbacks& callbacks = {}, int initialEpoch = 0) {
        ImageInputConfig input;
        input.size = kSize;
        Trainer trainer(network, ImageSet(train_, input), ImageSet(validation_, input), fit);
        return trainer.fit(callbacks, control, initialEpoch);
    }

    std::vector<Image> probeImages() {
        return {decodeImageFile(train_.files.front().path, ImageSize{kSize, kSize}).image};
    }

  private Q_SLOTS:
    void initTestCase() {
        SampleDatasetSpec spec;
        spec.trainPerClass = 8;
        spec.validationPerClass = 4;
        spec.size = 40;
        const fs::path root = ensureSampleDataset(temp_.path().toStdString(), spec);
        train_ = scanImageFolder(root / "train");
        validation_ = scanImageFolder(root / "validation");
    }

    void batchOrderLikeKerasIterator() {
        BatchOrder order(10, 4, false, 0);
        QCOMPARE(order.next(), (std::vector<int>{0, 1, 2, 3}));
        QCOMPARE(order.next(), (std::vector<int>{4, 5, 6, 7}));
        QCOMPARE(order.next(), (std::vector<int>{8, 9}));  // the last batch of a pass is smaller
        QCOMPARE(order.next(), (std::vector<int>{0, 1, 2, 3}));  // then the data cycles
        BatchOrder a(10, 4, true, 3), b(10, 4, true, 3);
        a.startEpoch(2);
        b.startEpoch(2);
        QCOMPARE(a.next(), b.next());  // an epoch's order depends only on (seed, epoch)
        std::vector<int> seen;
        BatchOrder c(10, 10, true, 3);
        c.startEpoch(1);
        seen = c.next();
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    // flow_from_directory shuffles the validation generator too (DESIGN.md): one validation
    // step of 4 out of 8 images (4 per class) is a random sample that changes every epoch, and
    // a resumed run draws the very same samples.
    void validationIsARandomSampleEachEpochAndResumable() {
        FitConfig fit = tinyFit();
        fit.validationSteps = 1;
        fit.stepsPerEpoch = 1;
        ImageInputConfig input;
        input.size = kSize;
        auto sampleOfEachEpoch = [&](int initialEpoch) {
            Network network(tinyVgg(), 3);
            Trainer trainer(network, ImageSet(train_, input), ImageSet(validation_, input), fit);
            std::vector<std::vector<std::size_t>> samples;
            std::vector<std::set<std::int64_t>> classes;
            std::vector<std::string> lines;
            FitCallbacks callbacks;
            callbacks.log = [&](const Message& line) { lines.push_back(englishText(line)); };
            callbacks.onEpoch = [&](const EpochMetrics&) {
                std::vector<std::size_t> indices;
                std::set<std::int64_t> labels;
                for (const auto& p : trainer.lastValidationPredictions()) {
                    indices.push_back(p.index);
                    labels.insert(p.label);
                }
                samples.push_back(indices);
                classes.push_back(labels);
            };
            TrainingControl control;
            trainer.fit(callbacks, control, initialEpoch);
            return std::make_tuple(samples, classes, lines);
        };
        const auto [samples, classes, lines] = sampleOfEachEpoch(0);
        QCOMPARE(samples.size(), std::size_t(3));
        QCOMPARE(lines.front(),
                 std::string("Validation: 4 of 8 images each epoch, a new random sample every "
                             "epoch"));
        for (const auto& sample : samples) QCOMPARE(sample.size(), std::size_t(4));
        QVERIFY(samples[0] != samples[1] || samples[1] != samples[2]);
        bool bothClasses = false;
        for (const auto& labels : classes) bothClasses = bothClasses || labels.size() == 2;
        QVERIFY(bothClasses);  // not just the first files of the first class
        const auto resumed = std::get<0>(sampleOfEachEpoch(1));
        QCOMPARE(resumed.front(), samples[1]);
        QCOMPARE(resumed.back(), samples[2]);
    }

    void cacheGivesTheSameHistory() {
        TrainingControl control;
        Network cached(tinyVgg(), 1), uncached(tinyVgg(), 1);
        FitConfig fit = tinyFit();
        const auto withCache = fitWith(cached, fit, control);
        fit.cacheFrozenFeatures = false;
        const auto without = fitWith(uncached, fit, control);
        QCOMPARE(withCache.size(), std::size_t(3));
        QVERIFY(withCache[1].fromCache && !without[1].fromCache);
        for (std::size_t e = 0; e < withCache.size(); ++e) {
            QVERIFY(std::abs(withCache[e].loss - without[e].loss) < 1e-4);
            QVERIFY(std::abs(withCache[e].valLoss - without[e].valLoss) < 1e-4);
            QCOMPARE(withCache[e].accuracy, without[e].accuracy);
        }
    }

    void augmentedBankGivesTheSameHistory() {
        ImageInputConfig augmented, plain;
        augmented.size = plain.size = kSize;
        augmented.augment = AugmentParams::lesson();
        FitConfig fit = tinyFit();
        fit.augmentedCopies = 2;
        std::vector<EpochMetrics> history[2];
        for (bool cache : {false, true}) {
            fit.cacheFrozenFeatures = cache;
            Network network(tinyVgg(), 6);
            Trainer trainer(network, ImageSet(train_, augmented), ImageSet(validation_, plain),
                            fit);
            QCOMPARE(trainer.usesFeatureCache(), cache);
            TrainingControl control;
            history[cache] = trainer.fit({}, control);
        }
        // Epochs 1 and 2 fill the bank of two copies; epoch 3 draws copy 1 again (3 % 2), so
        // its cached features must be those of the images a run without the cache augments.
        const auto &cached = history[1], &fresh = history[0];
        QVERIFY(!cached[0].fromCache && !cached[1].fromCache && cached[2].fromCache);
        for (std::size_t e = 0; e < cached.size(); ++e) {
            QVERIFY(std::abs(cached[e].loss - fresh[e].loss) < 1e-4);
            QCOMPARE(cached[e].accuracy, fresh[e].accuracy);
        }
        // A fresh augmentation every epoch never repeats an input: nothing to cache.
        fit.augmentedCopies = 0;
        Network network(tinyVgg(), 6);
        QVERIFY(!Trainer(network, ImageSet(train_, augmented), ImageSet(validation_, plain), fit)
                     .usesFeatureCache());
    }

    void frozenLayersAreUntouched() {
        TrainingControl control;
        Network network(tinyVgg(), 2);
        network.setTrainable("block5", true);
        const auto images = probeImages();
        const auto frozenBefore = network.layerOutput(images, "block4_pool");
        const auto trainableBefore = network.layerOutput(images, "block5_conv1");
        const auto headBefore = network.predict(images);
        fitWith(network, tinyFit(), control);
        // Training switches to channels-last convolutions, which round differently: compare
        // with a tolerance far below what one Adam step at 1e-3 changes.
        QVERIFY(maxDifference(network.layerOutput(images, "block4_pool"), frozenBefore) < 1e-6f);
        QVERIFY(maxDifference(network.layerOutput(images, "block5_conv1"), trainableBefore) >
                1e-4f);
        QVERIFY(maxDifference(network.predict(images), headBefore) > 1e-4f);
    }

    void everythingFrozenIsAClearError() {
        Network network(tinyVgg(), 2);
        network.setTrainable("head", false);
        TrainingControl control;
        QVERIFY_THROWS_EXCEPTION(UsageError, fitWith(network, tinyFit(), control));
    }

    // Issue #20: the GUI's ETA and the CLI's progress bar come from one formula.
    void etaUsesTheLastEpochTime() {
        BatchMetrics m{/*epoch*/ 1,          /*step*/ 10,    /*steps*/ 100,
                       /*loss*/ 0,           /*accuracy*/ 0,
                       /*secondsInEpoch*/ 10};
        // 90 s left in this epoch, then 29 epochs: 100 s each, or the last epoch's 5 s.
        QCOMPARE(estimateRemainingSeconds(m, 30), 90.0 + 29 * 100.0);
        QCOMPARE(estimateRemainingSeconds(m, 30, 5), 90.0 + 29 * 5.0);
        // Keras's progress bar: this epoch's only.
        QCOMPARE(estimateRemainingSeconds(m, m.epoch, 5), 90.0);
        m.step = 0;  // nothing done yet: nothing known
        QVERIFY(estimateRemainingSeconds(m, 30) < 0);
    }

    void stopEndsWithinOneBatch() {
        Network network(tinyVgg(), 3);
        TrainingControl control;
        int batches = 0;
        FitCallbacks callbacks;
        callbacks.onBatch = [&](const BatchMetrics&) {
            ++batches;
            control.stop.cancel();
        };
        const auto history = fitWith(network, tinyFit(), control, callbacks);
        QCOMPARE(batches, 1);
        QVERIFY(history.empty());  // an unfinished epoch is not reported
    }

    void resumeAfterAKillContinuesExactly() {
        const FitConfig fit = tinyFit();
        TrainingControl control;
        Network straight(tinyVgg(), 4);
        const auto reference = fitWith(straight, fit, control);

        // First life: killed after epoch 2, with its checkpoint on disk.
        const fs::path runPath = fs::path(temp_.path().toStdString()) / "run";
        RunDirectory run = RunDirectory::create(runPath, "{}");
        ImageInputConfig input;
        input.size = kSize;
        {
            Network first(tinyVgg(), 4);
            Trainer trainer(first, ImageSet(train_, input), ImageSet(validation_, input), fit);
            TrainingControl firstControl;
            FitCallbacks callbacks;
            callbacks.onEpoch = [&](const EpochMetrics& m) {
                run.appendHistory(m);
                run.writeCheckpoint(m.epoch, trainer.saveModelState(),
                                    trainer.saveOptimizerState());
                if (m.epoch == 2) firstControl.stop.cancel();
            };
            trainer.fit(callbacks, firstControl);
        }
        QCOMPARE(run.checkpointEpoch().value_or(-1), 2);
        // Second life: a new process would build everything again from the run.
        Network second(tinyVgg(), 99);  // a different init: the checkpoint must overwrite it
        Trainer trainer(second, ImageSet(train_, input), ImageSet(validation_, input), fit);
        trainer.loadModelState(run.checkpointModel(), verbatim("checkpoint"));
        trainer.loadOptimizerState(run.checkpointOptimizer(), verbatim("checkpoint"));
        TrainingControl secondControl;
        const auto resumed = trainer.fit({}, secondControl, 2);
        QCOMPARE(resumed.size(), std::size_t(1));
        QCOMPARE(resumed[0].epoch, 3);
        QVERIFY(std::abs(resumed[0].loss - reference[2].loss) < 1e-5);
        QVERIFY(std::abs(resumed[0].valLoss - reference[2].valLoss) < 1e-5);
        const auto rows = run.history();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].loss, reference[1].loss);  // CSV round-trips doubles exactly
    }

    // A checkpoint's snapshot, serialised after training went on, still holds the moment it was
    // taken: the weights predict the same, and the optimizer continues the same.
    void snapshotsKeepTheirMoment() {
        ImageInputConfig input;
        input.size = kSize;
        Network network(tinyVgg(), 4);
        Trainer trainer(network, ImageSet(train_, input), ImageSet(validation_, input), tinyFit());
        std::optional<StateSnapshot> model, optimizer;
        std::string modelThen, optimizerThen;
        FitCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochMetrics& m) {
            if (m.epoch == 1) {
                model = trainer.snapshotModelState();
                optimizer = trainer.snapshotOptimizerState();
                modelThen = trainer.saveModelState();
                optimizerThen = trainer.saveOptimizerState();
            }
        };
        TrainingControl control;
        trainer.fit(callbacks, control);  // epochs 2 and 3 change what the snapshots copied
        QVERIFY(trainer.saveModelState() != modelThen);
        std::vector<std::vector<EpochMetrics>> continued;
        for (const auto& [weights, state] :
             {std::pair{model->bytes(), optimizer->bytes()}, std::pair{modelThen, optimizerThen}}) {
            Network again(tinyVgg(), 9);
            Trainer next(again, ImageSet(train_, input), ImageSet(validation_, input), tinyFit());
            next.loadModelState(weights, verbatim("the snapshot"));
            next.loadOptimizerState(state, verbatim("the snapshot"));
            TrainingControl nextControl;
            continued.push_back(next.fit({}, nextControl, 1));
        }
        QCOMPARE(continued[0].size(), std::size_t(2));
        for (std::size_t e = 0; e < 2; ++e) {
            QCOMPARE(continued[0][e].loss, continued[1][e].loss);
            QCOMPARE(continued[0][e].valLoss, continued[1][e].valLoss);
        }
    }

    void epochLineLikeKeras() {
        EpochMetrics m;
        m.loss = 0.69314, m.accuracy = 0.5, m.valLoss = 0.123456, m.valAccuracy = 0.875;
        m.seconds = 52.4;
        QCOMPARE(kerasEpochLine(m, 100, true),
                 std::string("100/100 - 52s - loss: 0.6931 - acc: 0.5000 - val_loss: 0.1235 - "
                             "val_acc: 0.8750"));
        m.fromCache = true;
        QCOMPARE(kerasEpochLine(m, 3, false),
                 std::string("3/3 - 52s - loss: 0.6931 - acc: 0.5000  (cached features)"));
    }

    void earlyStoppingWaitsPatienceEpochs() {
        int saved = 0;
        auto weights = [&] { return "weights " + std::to_string(++saved); };
        EarlyStopping stopping(2, true);
        QVERIFY(!stopping.stopAfter(0.5, weights));
        QVERIFY(!stopping.stopAfter(0.4, weights));   // the best: its weights are kept
        QVERIFY(!stopping.stopAfter(0.45, weights));  // one epoch without improvement
        QVERIFY(stopping.stopAfter(0.4, weights));    // equal is no improvement: two, stop
        QCOMPARE(stopping.epochsWithoutImprovement(), 2);
        QCOMPARE(stopping.bestWeights(), std::string("weights 2"));

        EarlyStopping keepLast(1, false);
        QVERIFY(!keepLast.stopAfter(0.5, weights));
        QVERIFY(keepLast.stopAfter(0.6, weights));
        QVERIFY(keepLast.bestWeights().empty());
        QCOMPARE(saved, 2);  // weights are only saved when they may be restored

        EarlyStopping off(0, true);
        for (int epoch = 0; epoch < 5; ++epoch) QVERIFY(!off.stopAfter(1.0 + epoch, weights));
    }

    void sequenceModelsLearn_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("oneHot");
        QTest::addColumn<bool>("bidirectional");
        QTest::newRow("SimpleRNN, one-hot") << int(RecurrentCell::SimpleRNN) << true << false;
        QTest::newRow("LSTM, embedding") << int(RecurrentCell::LSTM) << false << false;
        QTest::newRow("GRU, embedding, bidirectional") << int(RecurrentCell::GRU) << false << true;
    }
    void sequenceModelsLearn() {
        QFETCH(int, cell);
        QFETCH(bool, oneHot);
        QFETCH(bool, bidirectional);
        // Label: does token 7 occur? An RNN learns it in a few epochs.
        NumpyRandom random(3);
        std::vector<Sequence> reviews;
        SequenceSet all;
        for (int i = 0; i < 160; ++i) {
            Sequence review;
            for (int t = 0; t < 8; ++t) review.push_back(3 + static_cast<int>(random.below(27)));
            const bool positive = i % 2 == 0;
            review.erase(std::remove(review.begin(), review.end(), 7), review.end());
            while (review.size() < 8) review.push_back(9);
            if (positive) review[random.below(8)] = 7;
            reviews.push_back(review);
            all.y.push_back(positive ? 1 : 0);
        }
        all.x = padSequences(reviews, 8);
        auto [train, validation] = splitValidation(all, 0.25);
        QCOMPARE(train.size(), std::size_t(120));
        QCOMPARE(validation.y.front(), all.y[120]);  // Keras takes the last quarter

        SequenceModelSpec spec;
        spec.cell = static_cast<RecurrentCell>(cell);
        spec.input = oneHot ? SequenceInput::OneHot : SequenceInput::Embedding;
        spec.bidirectional = bidirectional;
        spec.numWords = 30;
        spec.maxlen = 8;
        Network network(buildSequenceLayers(spec), sequenceInputShape(spec), 1);
        FitConfig fit = tinyFit();
        fit.epochs = 25;
        fit.stepsPerEpoch = 0;  // one pass over the data per epoch
        fit.validationSteps = 0;
        fit.batchSize = 16;
        fit.learningRate = 1e-2;
        TrainingControl control;
        Trainer trainer(network, train, validation, fit);
        const auto history = trainer.fit({}, control);
        QCOMPARE(history.size(), std::size_t(25));
        // Chance is 0.5; every cell learns the rule well past it.
        QVERIFY2(history.back().valAccuracy >= 0.75,
                 qPrintable(QString::number(history.back().valAccuracy)));
    }

    void runDirectoryFiles() {
        const fs::path path = fs::path(temp_.path().toStdString()) / "runfiles";
        RunDirectory run = RunDirectory::create(path, "{\"x\": 1}");
        EpochMetrics m;
        m.epoch = 1, m.loss = 0.5, m.accuracy = 0.75, m.valLoss = 0.25, m.valAccuracy = 1;
        run.appendHistory(m);
        m.epoch = 2;
        m.marker = "fine-tune";
        run.appendHistory(m);
        QCOMPARE(readFileBytes(path / "history.csv"),
                 std::string("epoch,acc,loss,val_acc,val_loss,seconds,cached,marker\n"
                             "0,0.75,0.5,1,0.25,0,0,\n"
                             "1,0.75,0.5,1,0.25,0,0,fine-tune\n"));
        run.truncateHistory(1);
        QCOMPARE(run.history().size(), std::size_t(1));
        QVERIFY(!run.checkpointEpoch());
        QVERIFY_THROWS_EXCEPTION(FileError, RunDirectory::open(path / "nothing"));
        QVERIFY_THROWS_EXCEPTION(FileError, RunDirectory::create("/proc/layerlab-run", "{}"));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
