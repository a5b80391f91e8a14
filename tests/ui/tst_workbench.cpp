// The workbench GUI driven as a user would: ticking a block's checkbox gives the core's
// trainable count; a tiny run trained from the GUI controller emits its epochs and finishes;
// Stop ends it with the run kept on disk; each item model passes QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QtTest>

#include <random>

#include "TinyRuns.h"
#include "core/TestImages.h"
#include "experiment/ArgList.h"
#include "experiment/Experiment.h"
#include "experiment/KerasFitCode.h"
#include "imdb/ImdbPage.h"
#include "imdb/LengthHistogram.h"
#include "imdb/LengthsPanel.h"
#include "imdb/ReviewBrowser.h"
#include "imdb/ReviewListModel.h"
#include "imdb/SequenceModelForm.h"
#include "io/RunDirectory.h"
#include "layers/LayerTreeModel.h"
#include "layers/ModelPanel.h"
#include "layers/SummaryDialog.h"
#include "model/KerasCode.h"
#include "model/ModelSpec.h"
#include "training/ConfusionMatrixModel.h"
#include "training/FineTuneDialog.h"
#include "training/HistoryChart.h"
#include "training/PhotoTryout.h"
#include "training/RunComparisonModel.h"
#include "training/RunsModel.h"
#include "training/TrainingController.h"
#include "training/TrainingWorkspace.h"
#include "transfer/PrepareFeaturesDialog.h"
#include "TestSettings.h"

using namespace layerlab;
using namespace layerlab::ui;

class TestWorkbench : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_workbench");
    }

    // DESIGN.md: VGG16 + the lesson's head at 224 px has 27,560,769 parameters, 12,846,081
    // trainable with the base frozen; unfreezing block5 adds its 7,079,424.
    void tickingBlock5GivesTheCoresTrainableCount() {
        LayerTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpec spec;
        model.setLayers(buildLayers(spec), Shape{224, 224, 3});
        QCOMPARE(model.totals().total, 27560769);
        QCOMPARE(model.totals().trainable, 12846081);
        const QModelIndex block5 = model.indexOfBlock("block5");
        QVERIFY(block5.isValid());
        QCOMPARE(model.rowCount(block5), 4);
        QCOMPARE(model.data(block5, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QSignalSpy changed(&model, &LayerTreeModel::trainableChanged);
        QVERIFY(model.setData(block5, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.totals().trainable, 19925505);
        QCOMPARE(model.totals().nonTrainable, 7635264);
        // One layer frozen again: the block is partly trainable.
        const QModelIndex conv3 = model.index(2, 0, block5);
        QCOMPARE(conv3.data().toString(), QString("block5_conv3"));
        QVERIFY(model.setData(conv3, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(block5, Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(model.totals().trainable, 19925505 - 2359808);
        // Frozen rows are greyed.
        QVERIFY(model.data(conv3, Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(0, 0, block5), Qt::ForegroundRole).isValid());
    }

    void strategyPresetFreezesTheBase() {
        LayerTreeModel model;
        ModelSpec spec;
        spec.inputSize = 150;
        model.setLayers(buildLayers(spec), Shape{150, 150, 3});
        QCOMPARE(model.totals().trainable, 4195329);  // the head at 150 px
        model.applyStrategy(Strategy::LargeDifferent);
        QCOMPARE(model.totals().trainable, model.totals().total);
        model.applyStrategy(Strategy::SmallSimilar);
        QCOMPARE(model.totals().trainable, 4195329);
    }

    // A preset chosen from the combo, then a box ticked by hand: the combo says Custom again.
    void tickingByHandLeavesThePreset() {
        ModelPanel panel;
        panel.show();
        panel.presetBox()->setFocus();
        QTest::keyClick(panel.presetBox(), Qt::Key_End);  // the lesson's: small, similar
        QCOMPARE(panel.presetBox()->currentIndex(), panel.presetBox()->count() - 1);
        const ParamTotals frozenBase = panel.layers()->totals();
        QCOMPARE(frozenBase.trainable, 12846081);
        const QModelIndex block5 = panel.layers()->indexOfBlock("block5");
        QVERIFY(panel.layers()->setData(block5, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(panel.presetBox()->currentIndex(), 0);
    }

    // The frozen base's precision: chosen with the keys, written into the run's arguments,
    // and remembered by the next panel.
    void frozenPrecisionIsChosenAndRemembered() {
        {
            ModelPanel panel;
            panel.show();
            QCOMPARE(panel.spec().frozenPrecision, FrozenPrecision::Fp32);
            panel.frozenPrecisionBox()->setFocus();
            QTest::keyClick(panel.frozenPrecisionBox(), Qt::Key_Down);
            QCOMPARE(panel.spec().frozenPrecision, FrozenPrecision::Bf16);
            TransferExperimentSpec spec;
            panel.applyTo(spec);
            const auto args = spec.toArgs();
            const auto at = std::find(args.begin(), args.end(), "--frozen-precision");
            QVERIFY(at != args.end() && *(at + 1) == "bf16");
        }
        ModelPanel again;
        again.show();
        QCOMPARE(again.spec().frozenPrecision, FrozenPrecision::Bf16);
        again.frozenPrecisionBox()->setFocus();
        QTest::keyClick(again.frozenPrecisionBox(), Qt::Key_Up);  // as the other tests expect
        QCOMPARE(again.spec().frozenPrecision, FrozenPrecision::Fp32);
    }

    // "Copy as Keras code" on the Model tabs and beside fit()'s settings: the notebook's cells
    // on the clipboard, said in the status bar; model.summary() nested as Keras prints it.
    void copyAsKerasCodeFillsTheClipboard() {
        ModelPanel panel;
        panel.show();
        panel.presetBox()->setFocus();
        QTest::keyClick(panel.presetBox(), Qt::Key_End);  // the lesson's: the base frozen
        QSignalSpy said(&panel, &ModelPanel::statusMessage);
        QTest::mouseClick(panel.copyCodeButton(), Qt::LeftButton);
        const QString model = QApplication::clipboard()->text();
        QCOMPARE(model.toStdString(), kerasModelCode(panel.spec(), panel.layers()->layers(), {}));
        QVERIFY(model.contains("input_shape=(224,224,3))\nmodel_base.trainable = False\n"));
        QCOMPARE(said.count(), 1);
        QString nested;
        QTimer::singleShot(0, [&nested] {
            auto* dialog = qobject_cast<SummaryDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            nested = dialog->nestedView()->toPlainText();
            QVERIFY(dialog->expandedView()->toPlainText().contains("block5_conv3 (Conv2D)"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::mouseClick(panel.summaryButton(), Qt::LeftButton);
        const QString row = " vgg16 (Functional)          (None, 7, 7, 512)         14714688\n";
        QVERIFY2(nested.contains(row) && nested.contains("Trainable params: 12,846,081\n"),
                 qPrintable(nested));

        TrainingPanel training(Task::Transfer);
        training.show();
        QTest::mouseClick(training.defaultsButton(), Qt::LeftButton);
        QTest::mouseClick(training.copyCodeButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().toStdString(),
                 kerasFitCode(TransferExperimentSpec()));

        SequenceModelForm form;
        form.show();
        QTest::mouseClick(form.copyCodeButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains("imdb.load_data(num_words=500)"));
    }

    void tinyRunFromTheGuiControllerEmitsEpochsAndFinishes() {
        QTemporaryDir dir;
        const QString data = tinyruns::dataset(dir);
        const QString runDir = dir.filePath("runs/transfer/first");
        TrainingController controller;
        QSignalSpy started(&controller, &TrainingController::runStarted);
        QSignalSpy batches(&controller, &TrainingController::batchProgress);
        QSignalSpy epochs(&controller, &TrainingController::epochFinished);
        QSignalSpy finished(&controller, &TrainingController::finished);
        TrainingRequest request;
        request.spec = tinyruns::transfer(data, runDir, 2, 3);
        QVERIFY(controller.start(request));
        QVERIFY(!controller.start(request));  // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const RunOutcome outcome = finished.at(0).at(0).value<RunOutcome>();
        QCOMPARE(outcome.error, QString());
        QVERIFY(outcome.kept);
        QCOMPARE(outcome.lastEpoch, 2);
        QCOMPARE(started.count(), 1);
        QCOMPARE(epochs.count(), 2);
        QVERIFY(batches.count() >= 2);  // throttled, but every epoch's last step arrives
        QCOMPARE(epochs.at(1).at(0).value<EpochMetrics>().epoch, 2);
        QCOMPARE(outcome.stopped, false);
        QCOMPARE(controller.state(), TrainingController::State::Idle);

        // The run is on disk: the runs list and the confusion matrix read it.
        RunsModel runs;
        QAbstractItemModelTester tester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        runs.setRoot(dir.filePath("runs/transfer"), layerlab::Task::Transfer);
        QCOMPARE(runs.rowCount(), 1);
        QCOMPARE(runs.run(0)->history.size(), std::size_t(2));
        QCOMPARE(runs.run(0)->classes, QStringList({"circles", "squares"}));
        QVERIFY(runs.setData(runs.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(runs.overlaid(), QStringList{runs.run(0)->path});
        const auto predictions = RunDirectory::open(runDir.toStdString()).predictions();
        QCOMPARE(predictions.size(), std::size_t(6));  // every validation image
        ConfusionMatrixModel matrix;
        QAbstractItemModelTester matrixTester(
            &matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setPredictions(runs.run(0)->classes, predictions);
        QCOMPARE(matrix.classes(), QStringList({"circles", "squares"}));
        int total = 0;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) total += matrix.count(r, c);
        QCOMPARE(total, 6);
        QCOMPARE(matrix.count(0, 0) + matrix.count(0, 1), 3);  // 3 circles
        for (const auto& p : matrix.samples(0, 1)) QCOMPARE(p.label, 0);
    }

    void stopEndsTheRunAndKeepsItOnDisk() {
        QTemporaryDir dir;
        const QString data = tinyruns::dataset(dir);
        const QString runDir = dir.filePath("runs/long");
        TrainingController controller;
        QSignalSpy epochs(&controller, &TrainingController::epochFinished);
        QSignalSpy finished(&controller, &TrainingController::finished);
        TrainingRequest request;
        request.spec = tinyruns::transfer(data, runDir, 1000, 4);
        QVERIFY(controller.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 1, 60000);
        controller.setPaused(true);
        QCOMPARE(controller.state(), TrainingController::State::Paused);
        controller.stop();
        QCOMPARE(controller.state(), TrainingController::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).value<RunOutcome>().stopped, true);
        const auto history = RunDirectory::open(runDir.toStdString()).history();
        QVERIFY(!history.empty());
        QVERIFY(history.size() < 1000);
        QCOMPARE(RunDirectory::open(runDir.toStdString()).checkpointEpoch().value_or(0),
                 history.back().epoch);
    }

    // Stop before the first epoch ended: core keeps the run (Resume trains it from epoch 1), so
    // the workspace shows it and says so, and the runs list reads "0 / 3 (stopped)".
    void stopBeforeTheFirstEpochKeepsTheRun() {
        QTemporaryDir dir;
        const QString data = tinyruns::dataset(dir);
        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir.filePath("runs"));
        workspace.setSpecProvider([data](QString*) {
            return std::optional<ExperimentSpec>(tinyruns::transfer(data, {}, 3, 100000));
        });
        workspace.panel()->epochsBox()->setValue(3);
        workspace.panel()->stepsBox()->setValue(100000);
        workspace.show();
        QSignalSpy started(workspace.controller(), &TrainingController::runStarted);
        QSignalSpy finished(workspace.controller(), &TrainingController::finished);
        QTest::mouseClick(workspace.panel()->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
        QTest::mouseClick(workspace.panel()->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString path = started.at(0).at(0).toString();
        QCOMPARE(workspace.currentRun(), path);
        QVERIFY2(workspace.panel()->statusLabel()->text().contains(
                     "the run is kept, and Resume trains it from epoch 1"),
                 qPrintable(workspace.panel()->statusLabel()->text()));
        QCOMPARE(workspace.runs()->rowCount(), 1);
        QCOMPARE(workspace.runs()->index(0, RunsModel::EpochsColumn).data().toString(),
                 QString("0 / 3 (stopped)"));
        QCOMPARE(workspace.runs()->index(0, RunsModel::BestColumn).data().toString(), QString("–"));
        QSettings().remove("training");
    }

    // "Try a photo": a validation image dropped on the tab of a finished run gets the
    // probability that run's last validation pass gave it.
    void droppedPhotoIsPredictedByTheRunOnScreen() {
        QTemporaryDir dir;
        const QString runDir = dir.filePath("runs/transfer/tiny");
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        TrainingRequest request;
        request.spec = tinyruns::transfer(tinyruns::dataset(dir), runDir, 1, 2);
        QVERIFY(controller.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto predictions = RunDirectory::open(runDir.toStdString()).predictions();
        QVERIFY(!predictions.empty());

        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir.filePath("runs"));
        workspace.show();
        workspace.showRun(runDir);
        PhotoTryout* photo = workspace.photoTryout();
        QVERIFY(photo);
        const auto& expected = predictions.front();
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(QString::fromStdString(expected.item))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(photo, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(photo, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(!photo->predictionLabel()->text().isEmpty(), 60000);
        QCOMPARE(photo->bars().size(), std::size_t(2));
        const int shown = photo->bars()[std::size_t(expected.predicted)]->value();
        QVERIFY2(std::abs(shown - 1000 * expected.probability) <= 1,
                 qPrintable(QString("%1 vs %2").arg(shown).arg(expected.probability)));
        delete mime;
    }

    // File ▸ Prepare features…: Prepare fills the store with every image's frozen features,
    // a second Prepare finds them all there, and the dialog says what the store holds.
    void prepareFeaturesFillsTheStoreOnce() {
        QTemporaryDir dir;
        ExperimentSpec spec = tinyruns::transfer(tinyruns::dataset(dir), {}, 1, 2);
        auto& transfer = std::get<TransferExperimentSpec>(spec);
        transfer.featureStore = std::filesystem::path(dir.filePath("store").toStdString());
        PrepareFeaturesDialog dialog(transfer);
        dialog.show();
        QVERIFY(dialog.usage()->text().contains("0 entries"));
        QTest::mouseClick(dialog.prepareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 60000);
        QVERIFY2(dialog.status()->text().contains("0 images were stored already, 18 computed"),
                 qPrintable(dialog.status()->text()));
        QVERIFY2(dialog.usage()->text().contains("18 entries"), qPrintable(dialog.usage()->text()));
        QTest::mouseClick(dialog.prepareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 60000);
        QVERIFY2(dialog.status()->text().contains("18 images were stored already, 0 computed"),
                 qPrintable(dialog.status()->text()));
    }

    // Three runs ticked and compared: settings by their readable names, the learning rate that
    // differs highlighted, the backbone they share not, and a run stopped early reads
    // "1 / 3 (stopped)" (and "epoch 1/3" in presentation mode's header).
    void comparingTickedRunsHighlightsWhatDiffers() {
        QTemporaryDir dir;
        const QString data = tinyruns::dataset(dir);
        const Say quiet = [](const Message&) {};
        for (const char* lr : {"0.001", "0.01", "0.1"}) {
            ExperimentSpec spec =
                tinyruns::transfer(data, dir.filePath(QString("runs/transfer/lr") + lr), 1, 1);
            auto& transfer = std::get<TransferExperimentSpec>(spec);
            transfer.fit.learningRate = std::stod(lr);
            if (std::string(lr) == "0.1") transfer.fit.epochs = 3;
            TrainingControl control;
            FitCallbacks callbacks;
            // Stop after one epoch.
            callbacks.onEpoch = [&control](const EpochMetrics&) { control.stop.cancel(); };
            Experiment::create(spec, quiet)->train(callbacks, control);
        }
        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir.filePath("runs"));
        workspace.show();
        RunsModel* runs = workspace.runs();
        QCOMPARE(runs->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY(runs->setData(runs->index(row, RunsModel::NameColumn), Qt::Checked,
                                  Qt::CheckStateRole));
        QPushButton* compare = nullptr;
        for (auto* button : workspace.findChildren<QPushButton*>())
            if (button->text() == "Compare ticked runs…") compare = button;
        QVERIFY(compare);
        QTest::mouseClick(compare, Qt::LeftButton);
        auto* table = workspace.findChild<QTableView*>("comparison");
        QVERIFY(table);
        auto* model = qobject_cast<RunComparisonModel*>(table->model());
        QCOMPARE(model->columnCount(), 3);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rowOf = [&](const QString& key) {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->headerData(row, Qt::Vertical, RunComparisonModel::KeyRole) == key)
                    return row;
            return -1;
        };
        const int lr = rowOf("fit.learning_rate"), backbone = rowOf("model.backbone");
        QVERIFY(lr >= 0 && backbone >= 0);
        QCOMPARE(model->headerData(lr, Qt::Vertical, Qt::DisplayRole).toString(),
                 QString("Learning rate"));
        QCOMPARE(model->headerData(lr, Qt::Vertical, Qt::ToolTipRole).toString(),
                 QString("fit.learning_rate"));
        QVERIFY(model->differs(lr));
        QVERIFY(model->index(lr, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->differs(backbone));
        QVERIFY(!model->index(backbone, 0).data(Qt::BackgroundRole).isValid());
        QStringList epochs;
        for (int column = 0; column < 3; ++column)
            epochs << model->index(rowOf("epochs"), column).data().toString();
        QVERIFY2(epochs.contains("1 / 3 (stopped)") && epochs.count("1") == 2,
                 qPrintable(epochs.join(" | ")));

        // Runs have names a class can tell apart, and can be renamed (F2); the overlay legend
        // lists them in full.
        const int oldest = runs->rowCount() - 1;
        QCOMPARE(runs->index(oldest, RunsModel::NameColumn).data().toString(),
                 QString("run 1 · mobilenet_v2 frozen lr 1e-3"));
        renameRun(workspace, oldest, "baseline with a long name for the legend");
        const QString path = runs->index(oldest, 0).data(RunsModel::PathRole).toString();
        QCOMPARE(RunDirectory::open(path.toStdString()).label().name,
                 std::string("baseline with a long name for the legend"));
        runsView(workspace)->setCurrentIndex(runs->index(0, RunsModel::NameColumn));
        QTest::mouseClick(button(workspace, "Show"), Qt::LeftButton);
        QTRY_VERIFY(workspace.chart()->overlayLegendText().contains(
            "baseline with a long name for the legend"));
        // The run on show stopped after 1 of its 3 epochs: presentation mode's header says so.
        QVERIFY2(workspace.bigNumbers()->text().startsWith("epoch 1/3 "),
                 qPrintable(workspace.bigNumbers()->text()));
        // Renamed while on show, the legend's solid lines are named anew.
        renameRun(workspace, 0, "the run on show");
        QTRY_VERIFY2(workspace.chart()->overlayLegendText().contains("Solid: the run on show."),
                     qPrintable(workspace.chart()->overlayLegendText()));
        fineTuneNamesTheNewRun(workspace, 1);
    }

    void badDataBecomesAMessageNotACrash() {
        QTemporaryDir dir;
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        TrainingRequest request;
        request.spec =
            tinyruns::transfer(dir.filePath("no such folder"), dir.filePath("run"), 1, 1);
        QVERIFY(controller.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const RunOutcome outcome = finished.at(0).at(0).value<RunOutcome>();
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(!outcome.kept);
    }

    // The fine-tune dialog offers the run's own blocks: the lesson's block5 for VGG16 (its
    // trainable count as in DESIGN.md), MobileNetV2's last block for a MobileNetV2 run (whose
    // block5_conv used to be proposed and failed), ticked with the keyboard.
    void fineTuneDialogOffersTheRunsOwnBlocks() {
        FineTuneDialog lesson(TransferExperimentSpec(), 2);
        QCOMPARE(lesson.request().unfreeze, std::vector<std::string>{"block5"});
        QCOMPARE(lesson.trainableLabel()->text(),
                 QString("Trainable params: 12,846,081 → 19,925,505"));
        QVERIFY(lesson.noteLabel()->text().contains("the lesson: block5"));

        TransferExperimentSpec mobile;
        mobile.model.backbone = Backbone::MobileNetV2;
        mobile.model.inputSize = 32;
        mobile.model.head = HeadKind::GlobalAveragePooling;
        mobile.unfreeze = {"block_16"};
        FineTuneDialog dialog(mobile, 2);
        dialog.show();
        QCOMPARE(dialog.request().unfreeze, std::vector<std::string>{"top"});
        QAbstractItemModel* blocks = dialog.blocksView()->model();
        QModelIndex block15, block16;
        for (int row = 0; row < blocks->rowCount(); ++row) {
            const QModelIndex index = blocks->index(row, 0);
            if (index.data().toString() == "block_15") block15 = index;
            if (index.data().toString() == "block_16") block16 = index;
        }
        QVERIFY(block15.isValid() && block16.isValid());
        // Trains already: ticked, and cannot be unticked.
        QCOMPARE(block16.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!(blocks->flags(block16) & Qt::ItemIsEnabled));
        const QString before = dialog.trainableLabel()->text();
        dialog.blocksView()->setFocus();
        dialog.blocksView()->setCurrentIndex(block15);
        QTest::keyClick(dialog.blocksView(), Qt::Key_Space);
        QCOMPARE(dialog.request().unfreeze, (std::vector<std::string>{"block_15", "top"}));
        QVERIFY(dialog.trainableLabel()->text() != before);
    }

    // An IMDB run's confusion cell lists its reviews with the model's P(positive), read-only.
    void imdbConfusionCellsSayPPositiveAndCannotBeEdited() {
        QTemporaryDir dir;
        const QString run = dir.filePath("runs/imdb/old");
        QVERIFY(QDir().mkpath(run + "/checkpoint"));
        const QString fixture = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/run_0.1_imdb";
        for (const QString& file : {"experiment.json", "history.csv", "predictions.csv"})
            QVERIFY(QFile::copy(fixture + "/" + file, run + "/" + file));
        TrainingWorkspace workspace(Task::Imdb);
        workspace.setRunsRoot(dir.filePath("runs"));
        workspace.showRun(run);
        QListView* samples = nullptr;
        for (auto* view : workspace.findChildren<QListView*>())
            if (qobject_cast<QStringListModel*>(view->model())) samples = view;
        QVERIFY(samples);
        QVERIFY(samples->model()->rowCount() > 0);  // the worst mistake is selected at first
        const QString first = samples->model()->index(0, 0).data().toString();
        QVERIFY2(first.contains(QRegularExpression(R"(x_train\[\d+\] · P\(positive\) = 0\.\d\d$)")),
                 qPrintable(first));
        QCOMPARE(samples->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    // Shift+F5 at random moments inside validation (the GUI's Stop): history.csv keeps whole
    // epochs only, each the uninterrupted run's to the number, and best_epoch.txt names one.
    void stopKeysDuringValidationKeepWholeEpochs() {
        QTemporaryDir dir;
        const QString data = tinyruns::dataset(dir);
        // One training batch and many validation batches, nothing cached: epoch 2 is mostly
        // validation, so a moment after its last training batch falls inside it.
        auto spec = [&](const QString& runDir) {
            ExperimentSpec s = tinyruns::transfer(data, runDir, 2, 1);
            auto& transfer = std::get<TransferExperimentSpec>(s);
            transfer.fit.validationSteps = 16;
            transfer.fit.cacheFrozenFeatures = false;
            return s;
        };
        const Say quiet = [](const Message&) {};
        TrainingControl go;
        auto whole = Experiment::create(spec(dir.filePath("runs/whole")), quiet);
        whole->train({}, go);
        const std::vector<EpochMetrics> reference = whole->run().history();
        whole.reset();
        std::mt19937 random(5);
        int stopped = 0;
        for (int trial = 0; trial < 3; ++trial) {
            const QString run = dir.filePath("runs/stopped-" + QString::number(trial));
            TrainingControl stopAtOnce;
            stopAtOnce.stop.cancel();  // a kept run with no epoch: the GUI resumes it from epoch 1
            Experiment::create(spec(run), quiet)->train({}, stopAtOnce);
            TrainingWorkspace workspace(Task::Transfer);
            workspace.setRunsRoot(dir.filePath("runs"));
            workspace.show();
            workspace.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&workspace));
            const int delay = static_cast<int>(random() % 15);  // validation lasts ~100 ms
            connect(workspace.controller(), &TrainingController::batchProgress, &workspace,
                    [&](const BatchMetrics& m) {
                        if (m.epoch == 2 && m.step == m.steps)
                            QTimer::singleShot(delay, &workspace, [&] {
                                QTest::keyClick(&workspace, Qt::Key_F5, Qt::ShiftModifier);
                            });
                    });
            QSignalSpy finished(workspace.controller(), &TrainingController::finished);
            workspace.resumeRun(run);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            stopped += finished.at(0).at(0).value<RunOutcome>().stopped;
            const auto history = RunDirectory::open(run.toStdString()).history();
            QVERIFY(!history.empty());
            for (std::size_t i = 0; i < history.size(); ++i) {
                QCOMPARE(history[i].valAccuracy, reference[i].valAccuracy);
                QCOMPARE(history[i].valLoss, reference[i].valLoss);
            }
            QFile best(run + "/best_epoch.txt");
            QVERIFY(best.open(QIODevice::ReadOnly));
            const int bestEpoch = best.readAll().trimmed().toInt();
            QVERIFY(bestEpoch >= 1 && bestEpoch <= history.back().epoch);
        }
        QVERIFY2(stopped > 0, "every Stop came after its run had ended");
    }

    // "Copy as CLI command" copies the run on screen; resuming a run shows its own settings.
    void copyAndResumeFollowTheRunOnScreen() {
        QTemporaryDir dir;
        const QString run = dir.filePath("runs/imdb/old");
        QVERIFY(QDir().mkpath(run + "/checkpoint"));
        const QString fixture = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/run_0.1_imdb";
        for (const QString& file : QDir(fixture).entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture + "/" + file, run + "/" + file));
        for (const QString& file : QDir(fixture + "/checkpoint").entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture + "/checkpoint/" + file, run + "/checkpoint/" + file));
        // LayerLab 0.1 wrote paths relative to where the run was made; a moved run needs them
        // absolute (core refuses to guess).
        QFile experiment(run + "/experiment.json");
        QVERIFY(experiment.open(QIODevice::ReadOnly));
        QByteArray json = experiment.readAll();
        experiment.close();
        json.replace("\"tests/data/tiny_imdb.npz\"",
                     "\"" + QByteArray(LAYERLAB_SOURCE_DIR) + "/tests/data/tiny_imdb.npz\"");
        json.replace("\"tests/data/run_0.1_imdb\"", "\"" + run.toUtf8() + "\"");
        QVERIFY(experiment.open(QIODevice::WriteOnly | QIODevice::Truncate));
        experiment.write(json);
        experiment.close();
        TrainingWorkspace workspace(Task::Imdb);
        workspace.setRunsRoot(dir.filePath("runs"));
        workspace.show();
        workspace.showRun(run);
        QPushButton* copy = nullptr;
        for (auto* button : workspace.findChildren<QPushButton*>())
            if (button->text() == "Copy as CLI command") copy = button;
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.contains("--maxlen 8") && command.contains("--batch-size 2") &&
                     command.endsWith("--run-dir RUN_DIR"),
                 qPrintable(command));
        workspace.panel()->batchBox()->setValue(64);
        QSignalSpy finished(workspace.controller(), &TrainingController::finished);
        workspace.resumeRun(run);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(workspace.panel()->batchBox()->value(), 2);  // the run's, not the panel's
        QCOMPARE(workspace.panel()->epochsBox()->value(), 2);
    }

    // Settings name their choices ("sgd"); LayerLab 0.1 stored the combo row, which still reads.
    void choicesAreStoredByNameAndOldRowsStillRead() {
        QSettings().setValue("training/imdb/epochs", 3);
        QSettings().setValue("training/imdb/optimizer", 2);  // 0.1's row of "sgd"
        TrainingPanel panel(Task::Imdb);
        ExperimentSpec spec = ImdbExperimentSpec();
        panel.applyTo(spec);
        QCOMPARE(std::get<ImdbExperimentSpec>(spec).fit.optimizer, OptimizerKind::SGD);
        QCOMPARE(std::get<ImdbExperimentSpec>(spec).fit.epochs, 3);
        panel.show();
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);  // Start saves the settings
        QCOMPARE(QSettings().value("training/imdb/optimizer").toString(), QString("sgd"));
        panel.epochsBox()->setValue(4);  // and so does any change, without Start
        QCOMPARE(QSettings().value("training/imdb/epochs").toInt(), 4);
        // "Book defaults" is the one table's IMDB fit.
        QTest::mouseClick(panel.defaultsButton(), Qt::LeftButton);
        panel.applyTo(spec);
        QCOMPARE(std::get<ImdbExperimentSpec>(spec).fit.optimizer, OptimizerKind::RMSprop);
        QCOMPARE(std::get<ImdbExperimentSpec>(spec).fit.epochs, 10);
        QSettings().remove("training/imdb");
    }

    // How often a run keeps a checkpoint (issue #21) is under "Advanced settings": 60 s unless
    // changed, typed in seconds, 0 reads "every epoch", and the choice is remembered (and then
    // shown, the section open).
    void theCheckpointIntervalIsAnAdvancedSetting() {
        QSettings().remove("training/transfer");
        ExperimentSpec spec = TransferExperimentSpec();
        {
            TrainingPanel panel(Task::Transfer);
            panel.show();
            QVERIFY(!panel.checkpointBox()->isVisible());
            QTest::mouseClick(panel.advancedToggle(), Qt::LeftButton);
            QVERIFY(panel.checkpointBox()->isVisible());
            QCOMPARE(panel.checkpointBox()->value(), 60);
            const auto typeInto = [&](const char* text) {
                QTest::keyClick(panel.checkpointBox(), Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(panel.checkpointBox(), text);
            };
            typeInto("300");
            panel.applyTo(spec);
            QCOMPARE(std::get<TransferExperimentSpec>(spec).fit.checkpointEvery.seconds.count(), 300);
            typeInto("0");
            QCOMPARE(panel.checkpointBox()->value(), 0);  // shown as "every epoch"
        }
        TrainingPanel again(Task::Transfer);
        again.show();
        // Not the default: the section it sits in opens by itself.
        QVERIFY(again.checkpointBox()->isVisible());
        again.applyTo(spec);
        QVERIFY(std::get<TransferExperimentSpec>(spec).fit.checkpointEvery.afterEveryEpoch());
        QSettings().remove("training/transfer");
    }

    void chartCoalescesRedrawsAndDecimates() {
        HistoryChart chart;
        chart.resize(800, 300);
        const int before = chart.redrawCount();
        for (int step = 1; step <= 5000; ++step)
            chart.addBatch({1 + step / 1000, step % 1000 + 1, 1000, 0.5, 0.5, 1.0});
        QCOMPARE(chart.redrawCount(), before);  // nothing drawn synchronously
        QTRY_COMPARE(chart.redrawCount(), before + 1);
        QVERIFY(chart.plottedBatchPoints() <= HistoryChart::kMaxBatchPoints + 1);
        // The key under both charts: "per batch" chosen with the keyboard (Tab to the third
        // entry, Return) hides that line in both; chosen again, shows it.
        auto* key = chart.findChild<QLabel*>("chartKey");
        QVERIFY(key && key->text().contains("per batch"));
        chart.show();
        for (bool shownAfter : {false, true}) {
            for (int entry = 0; entry < 3; ++entry) QTest::keyClick(key, Qt::Key_Tab);
            QVERIFY2(key->selectedText().contains("per batch"), qPrintable(key->selectedText()));
            QTest::keyClick(key, Qt::Key_Return);
            QTRY_COMPARE(chart.batchLineVisible(), shownAfter);
            QCOMPARE(key->text().contains("<s>per batch</s>"), !shownAfter);
        }
        // The end of a run reopens it: its per-batch line stays; another run has none.
        chart.setHistory(QString(), {});
        QTRY_COMPARE(chart.redrawCount(), before + 2);
        QVERIFY(chart.plottedBatchPoints() > 0);
        chart.setHistory("another run", {});
        QTRY_COMPARE(chart.redrawCount(), before + 3);
        QCOMPARE(chart.plottedBatchPoints(), 0);
        for (int step = 1; step <= 5000; ++step)
            chart.addBatch({1 + step / 1000, step % 1000 + 1, 1000, 0.5, 0.5, 1.0});
        QTemporaryDir dir;
        QVERIFY(chart.saveImage(dir.filePath("chart.png")));
        const QImage png(dir.filePath("chart.png"));  // twice the resolution, with a title
        QCOMPARE(png.width(), 2 * chart.width());
        QVERIFY(png.height() > 2 * chart.height());
        QVERIFY(chart.saveImage(dir.filePath("chart.svg")));
        QVERIFY(QFileInfo(dir.filePath("chart.svg")).size() > 1000);
    }

    void imdbPageBrowsesTheSampleAndCutsAtMaxlen() {
        ImdbPage page;
        page.resize(1200, 700);
        page.show();
        page.load({ImdbSource::Sample, {}});
        QTRY_VERIFY_WITH_TIMEOUT(page.bundle() != nullptr, 60000);
        QTRY_VERIFY(!page.isLoading());
        const auto bundle = page.bundle();
        QCOMPARE(bundle->data.train.x.size(), std::size_t(1000));
        QVERIFY(bundle->isSample);
        // Ratings follow load_data's shuffle: positive reviews are rated 7-10, negative 1-4.
        QCOMPARE(bundle->trainRatings.size(), bundle->data.train.y.size());
        for (std::size_t i = 0; i < bundle->trainRatings.size(); ++i)
            QCOMPARE(bundle->trainRatings[i] >= 7, bundle->data.train.y[i] == 1);
        QAbstractItemModelTester tester(page.reviewBrowser()->reviews(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.reviewBrowser()->reviews()->rowCount(), 1000);
        page.reviewBrowser()->reviews()->setFilter("not boring");
        QVERIFY(page.reviewBrowser()->reviews()->rowCount() > 0);
        QVERIFY(page.reviewBrowser()->reviews()->rowCount() < 1000);
        const int review = page.reviewBrowser()->reviews()->reviewAt(0);
        QVERIFY(bundle->trainText[std::size_t(review)].contains("not boring"));
        page.reviewBrowser()->reviews()->setFilter({});
        // A search that finds nothing says so, typed as the user types it.
        QLineEdit* search = nullptr;
        for (auto* edit : page.findChildren<QLineEdit*>())
            if (edit->placeholderText().startsWith("Search")) search = edit;
        QVERIFY(search);
        QTest::keyClicks(search, "zzqqxx");
        QTRY_VERIFY(page.findChild<QTextBrowser*>()->toPlainText().contains(
            "No review contains “zzqqxx”."));
        search->clear();
        QTRY_COMPARE(page.reviewBrowser()->reviews()->rowCount(), 1000);
        // The padded view follows pad_sequences('pre'): the review's last id ends the row.
        page.reviewBrowser()->selectReview(0);
        page.lengths()->maxlenBox()->setValue(10);
        const QString padded = page.lengths()->paddedText();
        const QString last = QString::number(bundle->data.train.x[0].back());
        QVERIFY2(padded.endsWith(last + "]"), qPrintable(padded));
        QCOMPARE(page.lengths()->histogram()->maxlen(), 10);
        const LengthStatistics stats = lengthStatistics(bundle->data.train.x);
        QVERIFY(page.lengths()->sharesLabel()->text().contains(
            QString::number(stats.truncatedFraction(10) * 100, 'f', 1)));
        // Training arguments carry the page's choices.
        QString problem;
        const auto spec = page.training()->experimentSpec(&problem);
        QVERIFY2(spec, qPrintable(problem));
        QCOMPARE(taskOf(*spec), Task::Imdb);
        const auto& imdb = std::get<ImdbExperimentSpec>(*spec);
        QCOMPARE(imdb.model.maxlen, 10);
        QCOMPARE(imdb.model.numWords, 500);
        QCOMPARE(imdb.fit.batchSize, 128);  // the book's fit()
        ArgList list(experimentArgs(*spec));
        QCOMPARE(list.valueOr("--task", ""), std::string("imdb"));
        QCOMPARE(list.valueOr("--maxlen", ""), std::string("10"));
    }

  private:
    static QTableView* runsView(TrainingWorkspace& workspace) {
        for (auto* view : workspace.findChildren<QTableView*>())
            if (view->model() == workspace.runs()) return view;
        return nullptr;
    }

    static QPushButton* button(QWidget& parent, const QString& text) {
        for (auto* button : parent.findChildren<QPushButton*>())
            if (button->text() == text) return button;
        return nullptr;
    }

    // F2 on the run's name, the new name typed, Return: as a class renames a run.
    static void renameRun(TrainingWorkspace& workspace, int row, const QString& name) {
        QTableView* view = runsView(workspace);
        QVERIFY(view);
        view->setFocus();
        view->setCurrentIndex(workspace.runs()->index(row, RunsModel::NameColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits on the next turn
        QTRY_COMPARE(workspace.runs()->index(row, RunsModel::NameColumn).data().toString(), name);
    }

    // "Fine-tune from this run…" on a MobileNetV2 run, the dialog accepted with Return: it names
    // MobileNetV2's blocks, not VGG16's block5, and while the fine-tune trains the legend's
    // solid lines are the new run's.
    static void fineTuneNamesTheNewRun(TrainingWorkspace& workspace, int row) {
        runsView(workspace)->setCurrentIndex(workspace.runs()->index(row, 0));
        QString note;
        QTimer::singleShot(0, [&note] {
            auto* dialog = qobject_cast<FineTuneDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            note = dialog->noteLabel()->text();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QSignalSpy started(workspace.controller(), &TrainingController::runStarted);
        QSignalSpy finished(workspace.controller(), &TrainingController::finished);
        QTest::mouseClick(button(workspace, "Fine-tune from this run…"), Qt::LeftButton);
        QVERIFY2(note.contains("MobileNetV2") && !note.contains("block5"), qPrintable(note));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
        QTest::mouseClick(workspace.panel()->pauseButton(), Qt::LeftButton);
        QTRY_VERIFY2(workspace.chart()->overlayLegendText().contains(" fine-tune lr 1e-5."),
                     qPrintable(workspace.chart()->overlayLegendText()));
        QTest::mouseClick(workspace.panel()->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
