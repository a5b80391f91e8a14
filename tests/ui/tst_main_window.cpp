// The application shell: first launch opens the built-in sample offline, the language
// switch retranslates live and is remembered, window state is remembered.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include "FileDialogs.h"
#include "core/KerasH5Writer.h"
#include "core/TestImages.h"
#include "dataset/DatasetBrowser.h"
#include "downloads/GetDataDialog.h"
#include "layers/LayerTreeModel.h"
#include "layers/ModelPanel.h"
#include "training/TrainingController.h"
#include "training/TrainingPanel.h"
#include "training/TrainingWorkspace.h"
#include "transfer/TransferPage.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"
#include "TestSettings.h"

using namespace layerlab::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_main_window");
        testsettings::useEmptyHome(home_.path());
    }

    void firstLaunchOpensTheSample() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        window.openInitialDataset();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(browser->isSample());
        QCOMPARE(browser->dataset()->classes, (std::vector<std::string>{"circles", "squares"}));
        QCOMPARE(QString::fromStdString(browser->dataset()->foundLine()),
                 QString("Found 200 images belonging to 2 classes."));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    }

    // A notebook's Keras cache holds the lesson's photos: the first launch opens them.
    void firstLaunchUsesTheKerasCacheWhenThePhotosAreThere() {
        QTemporaryDir keras;
        const QString root = keras.filePath("datasets/cats_and_dogs_filtered");
        for (const char* file : {"train/cats/cat.0.jpg", "train/dogs/dog.0.jpg",
                                 "validation/cats/cat.2000.jpg", "validation/dogs/dog.2000.jpg"})
            testimages::writeImage((root + "/" + file).toStdString());
        qputenv("KERAS_HOME", keras.path().toUtf8());
        QSettings().remove("dataset/lastFolder");
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        window.openInitialDataset();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(!browser->isSample());
        QCOMPARE(browser->root(), root);
        QVERIFY(window.statusBar()->currentMessage().contains("Keras cache"));
        qunsetenv("KERAS_HOME");
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    }

    void languageSwitchRetranslatesAndIsRemembered() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        auto* tabs = window.findChild<QTabWidget*>();
        QCOMPARE(tabs->tabText(0), QString("Transfer learning"));
        languages.apply("ko");
        QTRY_COMPARE(tabs->tabText(0), QString::fromUtf8("전이 학습"));  // LanguageChange is posted
        QCOMPARE(window.menuBar()->actions().first()->text(), QString::fromUtf8("파일(&F)"));
        QCOMPARE(QSettings().value("ui/language").toString(), QString("ko"));
        LanguageManager again;
        again.applySaved();
        QCOMPARE(again.current(), QString("ko"));
        languages.apply("en");
        QTRY_COMPARE(tabs->tabText(0), QString("Transfer learning"));
    }

    // The first launch offers the real data once and says the samples work offline.
    void firstRunGuideIsOfferedOnce() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QSettings().remove("guide/firstRunShown");
        QString text;
        QTimer::singleShot(100, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text() + " " + box->informativeText();
            const QString shots = qEnvironmentVariable("LAYERLAB_SCREENSHOT_DIR");
            if (!shots.isEmpty()) box->grab().save(shots + "/first_run_en.png");
            for (QAbstractButton* button : box->buttons())
                if (button->text() == "Use the samples") button->click();
        });
        window.offerFirstRunGuide();
        QVERIFY2(text.contains("offline"), qPrintable(text));
        QVERIFY(text.contains("Keras cache"));
        QVERIFY(QSettings().value("guide/firstRunShown").toBool());
        window.offerFirstRunGuide();  // returns at once: nothing modal any more
        QVERIFY(!QApplication::activeModalWidget());
    }

    // The keys the buttons name work through real key events: F5 starts, F6 pauses and
    // resumes, Shift+F5 stops (on the page on show only); Ctrl+R reshuffles the preview. A pause
    // shows on the progress bar and the status, and the ETA leaves it out.
    void trainingShortcutsStartPauseAndStop() {
        QSettings().setValue("model/backbone", "mobilenet_v2");
        QSettings().setValue("model/size", 32);
        QSettings().setValue("model/head", "gap");
        QSettings().setValue("runs/root", home_.filePath("runs"));
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openTinyDataset(window, "keys");

        window.showPage(MainWindow::AugmentationPage);
        QPushButton* reshuffle = nullptr;
        for (auto* button : window.findChildren<QPushButton*>())
            if (button->text() == "Reshuffle") reshuffle = button;
        QVERIFY(reshuffle);
        QSignalSpy reshuffled(reshuffle, &QPushButton::clicked);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(reshuffled.count(), 1);

        window.showPage(MainWindow::TrainingPage);
        TrainingWorkspace* training = window.transferPage()->training();
        TrainingController* controller = training->controller();
        TrainingPanel* panel = training->panel();
        panel->epochsBox()->setValue(1000);
        panel->stepsBox()->setValue(2);
        panel->validationStepsBox()->setValue(1);
        QSignalSpy finished(controller, &TrainingController::finished);
        QSignalSpy epochs(controller, &TrainingController::epochFinished);
        QSignalSpy progress(controller, &TrainingController::batchProgress);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(controller->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::Running, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 2, 60000);  // an epoch's time to go by
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(controller->state(), TrainingController::State::Paused);
        const int pausedAfter = int(epochs.count());
        constexpr double pause = 3;       // seconds
        QTest::qWait(int(pause * 1000));  // the batch under way reports meanwhile: "Paused" stays
        QVERIFY2(panel->progressBar()->text().startsWith("Paused"),
                 qPrintable(panel->progressBar()->text()));
        QVERIFY2(panel->statusLabel()->text().startsWith("Paused"),
                 qPrintable(panel->statusLabel()->text()));
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(controller->state(), TrainingController::State::Running);
        QVERIFY(!panel->progressBar()->text().startsWith("Paused"));
        // The epoch the pause fell in took 3 s longer; the ETA of the epoch after it counts an
        // epoch's training time, not the pause (half of it allows for a busy machine).
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= pausedAfter + 3, 60000);
        // The pause fell in the epoch under way at F6 (or, with a signal still queued, a
        // neighbour): the longest of those, not of all epochs (on a busy machine another
        // epoch can take as long as a pause).
        layerlab::EpochMetrics paused;
        for (int i = std::max(0, pausedAfter - 1); i <= pausedAfter + 1; ++i) {
            const auto m = epochs.at(i).at(0).value<layerlab::EpochMetrics>();
            if (m.seconds > paused.seconds) paused = m;
        }
        QVERIFY(paused.seconds >= pause);
        int checked = 0;
        for (const auto& signal : progress) {
            const auto m = signal.at(0).value<layerlab::BatchMetrics>();
            if (m.epoch != paused.epoch + 1) continue;
            const double perEpoch = signal.at(1).toDouble() / (1000 - m.epoch);
            QVERIFY2(perEpoch < paused.seconds - pause / 2,
                     qPrintable(QString("ETA per epoch %1 s; the paused epoch took %2 s")
                                    .arg(perEpoch)
                                    .arg(paused.seconds)));
            ++checked;
        }
        QVERIFY(checked > 0);
        QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.at(0).at(0).value<RunOutcome>().stopped);
        QSettings().remove("model");
    }

    // Model tab ▸ Weights ▸ "Keras .h5 file…", chosen with the keys, is what the next window
    // trains with; a remembered file that is gone is said on the Model tab; and a run about to
    // train a randomly initialised base says so on the Training tab before F5, as the choice
    // changes.
    void weightsChoiceIsRememberedAndARandomBaseIsSaid() {
        QSettings().remove("model");
        // In the home folder, where the file dialog opens while there is no Keras cache (a later
        // test makes one).
        const QString file = home_.filePath("classweights.h5");
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::WriteOnly));
        bytes.close();
        LanguageManager languages;
        languages.apply("en");
        {
            MainWindow window(&languages);
            window.show();
            window.showPage(MainWindow::ModelPage);
            ModelPanel* model = window.transferPage()->model();
            QLabel* warning = window.transferPage()->training()->panel()->randomBaseWarning();
            QVERIFY2(warning->text().contains("is not in the Keras cache"),  // HOME has none
                     qPrintable(warning->text()));
            QTimer::singleShot(0, [] { filedialogs::answerFileDialog("classweights.h5"); });
            model->weightsBox()->setFocus();
            QTest::keyClick(model->weightsBox(), Qt::Key_Down);  // "Keras .h5 file…"
            QCOMPARE(model->weightsFile(), file);
            QVERIFY(warning->isHidden());
        }
        {
            MainWindow window(&languages);
            QCOMPARE(window.transferPage()->model()->weightsBox()->currentText(),
                     QString("Keras .h5 file…"));
            QCOMPARE(window.transferPage()->model()->weightsFile(), file);
        }
        QVERIFY(QFile::remove(file));
        MainWindow window(&languages);
        window.show();
        ModelPanel* model = window.transferPage()->model();
        QVERIFY2(model->weightsStatus()->text().contains("no longer exists"),
                 qPrintable(model->weightsStatus()->text()));
        window.showPage(MainWindow::TrainingPage);
        QLabel* warning = window.transferPage()->training()->panel()->randomBaseWarning();
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith("This run will train on a randomly initialised base") &&
                     warning->text().contains("classweights.h5 no longer exists"),
                 qPrintable(warning->text()));
        window.showPage(MainWindow::ModelPage);
        QTest::keyClick(model->weightsBox(), Qt::Key_Down);  // None
        QVERIFY2(warning->text().contains("set to None"), qPrintable(warning->text()));
        QTest::keyClick(model->weightsBox(), Qt::Key_Home);  // the Keras cache (empty here)
        QVERIFY2(warning->text().contains("is not in the Keras cache"),
                 qPrintable(warning->text()));
        QSettings().remove("model");
    }

    // On the 1024×768 projector the Model tab shows every choice whole, the weights' long file
    // name wraps, and the layer tree keeps its Trainable column in view when a block of long
    // layer names is expanded with the keyboard.
    void modelTabFitsTheProjector() {
        QSettings().remove("model");
        QSettings().setValue("model/backbone", "mobilenet_v2");
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::ModelPage);
        ModelPanel* model = window.transferPage()->model();
        QTreeView* tree = model->layerView();
        const QModelIndex block = model->layers()->indexOfBlock("block_16");
        tree->setFocus();
        tree->setCurrentIndex(block);
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(block));
        QHeaderView* header = tree->header();
        QTRY_VERIFY2(
            header->sectionViewportPosition(LayerTreeModel::TrainableColumn) +
                    header->sectionSize(LayerTreeModel::TrainableColumn) <=
                tree->viewport()->width(),
            qPrintable(QString("Trainable ends at %1 of %2")
                           .arg(header->sectionViewportPosition(LayerTreeModel::TrainableColumn) +
                                header->sectionSize(LayerTreeModel::TrainableColumn))
                           .arg(tree->viewport()->width())));
        for (QComboBox* combo : model->findChildren<QComboBox*>())
            QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(combo->currentText()));
        QLabel* weights = model->weightsStatus();
        QVERIFY2(weights->minimumSizeHint().width() <= weights->width(),
                 qPrintable(weights->text()));
        QSettings().remove("model");
    }

    // The Training tab's Runs list and its buttons fit the 1024×768 projector: showing it, with a
    // click on its tab, does not make the window wider than the screen.
    void runsTabFitsTheProjector() {
        QSettings().remove("view");
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::TrainingPage);
        QTabBar* bar = nullptr;
        for (auto* tabs : window.transferPage()->training()->findChildren<QTabWidget*>())
            if (tabs->tabText(1) == "Runs") bar = tabs->tabBar();
        QVERIFY(bar);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QCOMPARE(bar->currentIndex(), 1);
        QTRY_VERIFY(fitsScreen(window));
        QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
    }

    // The Training tab says which augmentation training applies, and that unticking it leaves
    // the images only rescaled.
    void trainingTabSaysWhichAugmentationApplies() {
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        window.showPage(MainWindow::TrainingPage);
        TrainingPanel* panel = window.transferPage()->training()->panel();
        QVERIFY2(panel->augmentSummary()->text().contains("rotation_range=30"),
                 qPrintable(panel->augmentSummary()->text()));
        panel->augmentBox()->setChecked(true);
        QTest::mouseClick(panel->augmentBox(), Qt::LeftButton, {},
                          QPoint(4, panel->augmentBox()->height() / 2));
        QVERIFY(!panel->augmentBox()->isChecked());
        QVERIFY(panel->augmentSummary()->text().contains("only rescaled"));
        QTest::mouseClick(panel->augmentBox(), Qt::LeftButton, {},
                          QPoint(4, panel->augmentBox()->height() / 2));
    }

    // F11: presentation mode — real full screen, larger type (1.5 times as large where the
    // screen has room, as large as fits where not: this test's screen is a 1024×768 projector),
    // the big numbers shown; Ctrl++ only as far as the window still fits the screen, Ctrl+0 back;
    // remembered; F11 again gives the window back as it was.
    void presentationModeAndZoomWithTheKeyboard() {
        QSettings().remove("view");
        QSettings().remove("window");
        LanguageManager languages;
        languages.apply("en");
        const qreal base = QApplication::font().pointSizeF();
        {
            MainWindow window(&languages);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            const QRect normal = window.geometry();
            TrainingWorkspace* training = window.transferPage()->training();
            window.showPage(MainWindow::TrainingPage);
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(window.isFullScreen());
            const qreal presented = QApplication::font().pointSizeF();
            QVERIFY2(presented > base && presented <= base * 1.5,
                     qPrintable(QString::number(presented)));
            QVERIFY(fitsScreen(window));
            QCOMPARE(window.geometry(), window.screen()->geometry());
            QVERIFY(training->bigNumbers()->isVisible());
            // Zooming in goes only as far as the window still fits the screen, and says so.
            for (int i = 0; i < 12 && !window.statusBar()->currentMessage().contains("largest");
                 ++i) {
                QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
                QTest::qWait(20);  // the type is fitted once the layouts have taken it in
            }
            QTRY_VERIFY(fitsScreen(window));
            QTRY_COMPARE(window.geometry(), window.screen()->geometry());
            QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::font().pointSizeF(), presented);
            QVERIFY(QSettings().value("view/presentation").toBool());
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(!window.isFullScreen());
            QCOMPARE(QApplication::font().pointSizeF(), base);
            QVERIFY(!training->bigNumbers()->isVisible());
            QTRY_COMPARE(window.geometry(), normal);
        }
        QSettings().remove("view");
    }

    // Quitting in full screen keeps the window geometry from before it: the next launch's F11
    // brings back that window, not the full screen's; and a geometry saved beyond the screen
    // (another monitor, a larger projector) opens on this screen, title bar within reach.
    void fullScreenIsNeverSavedAsTheWindowGeometry() {
        QSettings().remove("view");
        QSettings().remove("window");
        LanguageManager languages;
        languages.apply("en");
        QRect normal;  // the window's before F11
        {
            MainWindow window(&languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            normal = window.geometry();
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(window.isFullScreen());
            window.close();
        }
        {
            MainWindow window(&languages);  // presentation mode is remembered
            window.show();
            QTRY_VERIFY(window.isFullScreen());
            QTest::keyClick(&window, Qt::Key_F11);
            QTRY_VERIFY(!window.isFullScreen());
            QTRY_COMPARE(window.size(), normal.size());
            QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
            window.move(-2000, -1500);  // dragged off by a window manager, or another monitor
            window.resize(3000, 2000);
            window.close();
        }
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY2(window.screen()->availableGeometry().contains(window.frameGeometry()),
                     qPrintable(QString("%1,%2 %3×%4")
                                    .arg(window.frameGeometry().x())
                                    .arg(window.frameGeometry().y())
                                    .arg(window.frameGeometry().width())
                                    .arg(window.frameGeometry().height())));
        QSettings().remove("window");
    }

    // In Korean, every page and dialog shows no English word but proper names, file names,
    // Keras identifiers and the class's own data (folder and class names).
    void koreanWalkShowsNoStrayEnglish() {
        LanguageManager languages;
        languages.apply("ko");
        MainWindow window(&languages);
        window.show();
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        browser->openSample();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QStringList stray;
        for (int page = MainWindow::DatasetPage; page <= MainWindow::ImdbTrainingPage; ++page) {
            window.showPage(MainWindow::Page(page));
            QTest::qWait(50);
            stray << strayEnglish(&window);
        }
        GetDataDialog* getData = window.showGetData();
        stray << strayEnglish(getData);
        getData->close();
        stray.removeDuplicates();
        QVERIFY2(stray.isEmpty(), qPrintable("English on screen: " + stray.join(" | ")));
        languages.apply("en");
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    }

    // Closing while a run is still preparing (here: loading 59 MB of VGG16 weights from the
    // Keras cache) must not block the GUI: the window says "Stopping…", the event loop keeps
    // turning, and the window goes once the worker has honoured Stop.
    void closingWhileLoadingWeightsKeepsTheGuiResponsive() {
        testh5::writeVgg16NoTop(
            home_.filePath(".keras/models/vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5")
                .toStdString());
        QSettings().remove("model");  // VGG16 from the Keras cache, the lesson's
        QSettings().setValue("runs/root", home_.filePath("closing"));
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        openTinyDataset(window, "tiny");
        window.showPage(MainWindow::TrainingPage);
        TrainingWorkspace* training = window.transferPage()->training();
        QTest::mouseClick(training->panel()->startButton(), Qt::LeftButton);
        QCOMPARE(training->controller()->state(), TrainingController::State::Preparing);

        // Every 10 ms tick records how late it came: a blocked event loop shows as a gap.
        QElapsedTimer clock;
        qint64 last = 0, worstGapMs = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worstGapMs = std::max(worstGapMs, now - last);
            last = now;
        });
        QTimer::singleShot(50, [] {  // answer "Stop training and quit?" as the user would
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QSignalSpy stateChanged(training->controller(), &TrainingController::stateChanged);
        clock.start();
        ticker.start();
        window.close();  // returns with the window still open: the runs are stopping
        QVERIFY(window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60000);
        ticker.stop();
        qInfo("closed after %lld ms; the longest gap between ticks: %lld ms", clock.elapsed(),
              worstGapMs);
        QCOMPARE(training->controller()->state(), TrainingController::State::Idle);
        QVERIFY(!stateChanged.isEmpty());
        // Sanitizers slow every allocation several times over: only a real block counts there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        const qint64 allowedGapMs = 1000;
#else
        const qint64 allowedGapMs = 100;
#endif
        QVERIFY2(worstGapMs < allowedGapMs,
                 qPrintable(QString("the event loop stalled %1 ms").arg(worstGapMs)));
        // Stopped before training began: no half-made run folder is left behind.
        QVERIFY(QDir(home_.filePath("closing/transfer"))
                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

  private:
    // The window needs no more room than its screen has: nothing is cut off at the edges.
    static bool fitsScreen(const QWidget& window) {
        const QSize room = window.screen()->availableGeometry().size();
        const QSize needed = window.minimumSizeHint();
        return needed.width() <= room.width() && needed.height() <= room.height();
    }

    // Opens a tiny two-class image folder in the dataset browser, as File ▸ Open does.
    void openTinyDataset(MainWindow& window, const QString& name) {
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        browser->openFolder(QString::fromStdString(
            testimages::tinySampleDataset(home_.filePath(name).toStdString(), 4, 2).string()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    }

    // Visible text of `root` and its visible children that holds English words other than the
    // names LayerLab may show as they are: Keras identifiers and layer names, file names and
    // paths, proper names, units and the data's own names. Each finding says where it was.
    static QStringList strayEnglish(QWidget* root) {
        static const QStringList words =
            QStringLiteral(
                "LayerLab Keras LibTorch CPU GPU IMDB RNN VGG MobileNetV ImageNet SimpleRNN LSTM "
                "GRU "
                "Embedding Dense Flatten Dropout GlobalAveragePooling ReLU Conv BatchNormalization "
                "DepthwiseConv ZeroPadding MaxPooling None adam rmsprop sgd lr px MB ETA CLI PNG "
                "SVG "
                "CSV HDF npz aclImdb loss acc val pre post nearest bilinear area constant reflect "
                "wrap rescale caffe tf gap lesson block stem top head circles squares circle "
                "square "
                "jpg png train validation test Found images belonging to classes Qt Shift Ctrl num "
                "maxlen seed padding truncating OOV oov start x p P positive negative "
                "ImageDataGenerator True False fill mode mobilenet v vgg lesson's layers Layers "
                "sigmoid softmax per epoch zoom shear rotation range width height shift horizontal "
                "vertical flip brightness cval interpolation target size alpha keras cache "
                "datasets "
                "models notop ordering kernels weights dim Mbps MB/s Bidirectional embedding "
                "hot "
                "units simple rnn lstm gru InputLayer Input Model model summary Sequential Found "
                "cats dogs filtered word index json tx ty zx zy int fp bf")
                .split(QLatin1Char(' '));
        static const QSet<QString> allowed(words.begin(), words.end());
        QStringList found;
        auto check = [&](const QString& where, QString text) {
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>|&\\w+;")));        // rich text
            text.remove(QRegularExpression(QStringLiteral(R"(\S*[/\\.=_(\[]\S*)")));  // paths, code
            static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z']+"));
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w = it.next().captured();
                if (!allowed.contains(w)) found << QStringLiteral("%1: %2").arg(where, w);
            }
        };
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets << root;
        for (QWidget* w : widgets) {
            if (!w->isVisible()) continue;
            const QString where = QString::fromLatin1(w->metaObject()->className());
            if (auto* label = qobject_cast<QLabel*>(w)) check(where, label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(w)) check(where, button->text());
            if (auto* tabs = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < tabs->count(); ++i) check(where, tabs->tabText(i));
            if (auto* combo = qobject_cast<QComboBox*>(w)) check(where, combo->currentText());
            if (auto* edit = qobject_cast<QLineEdit*>(w)) check(where, edit->placeholderText());
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    check(where, view->model()->headerData(c, Qt::Horizontal).toString());
        }
        return found;
    }

    QTemporaryDir home_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
