// "What the model learned", driven with the mouse and keyboard: the confusion drill-down's
// Grad-CAM toggle and the Explain dialog (Grad-CAM for another class, activations, filter
// patterns with Cancel and the cache), Grad-CAM on Try a photo, the learning-rate finder
// putting its suggestion in the box, a review read token by token (stored and typed), and a
// run exported to a Keras file that LayerLab's importer reads back.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include "TinyRuns.h"
#include "common/LineChart.h"
#include "data/SampleReviews.h"
#include "experiment/Experiment.h"
#include "explain/DrillDownExplainer.h"
#include "explain/ExplainDialog.h"
#include "explain/GradCamListModel.h"
#include "imdb/HiddenStateMap.h"
#include "imdb/ImdbPage.h"
#include "imdb/ReviewBrowser.h"
#include "imdb/ReviewReadingDialog.h"
#include "io/KerasH5.h"
#include "model/Network.h"
#include "training/ConfusionPanel.h"
#include "training/LrFinderDialog.h"
#include "training/PhotoTryout.h"
#include "training/RunExporter.h"
#include "training/TrainingPanel.h"
#include "training/TrainingWorkspace.h"
#include "TestSettings.h"

using namespace layerlab;
using namespace layerlab::ui;

namespace {

template <typename Dialog>
Dialog* openDialog() {
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<Dialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

void train(const ExperimentSpec& spec) {
    TrainingControl control;
    Experiment::create(spec, [](const Message&) {})->train({}, control);
}

void clickTab(QTabWidget* tabs, int index) {
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

}  // namespace

class TestExplainUi : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString transferRun_, imdbRun_, reviews_;

  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_explain_ui");
        // A cache of its own: filter patterns cached by an earlier run of the test must not
        // answer for this one.
        qputenv("LAYERLAB_CACHE_DIR", dir_.filePath("cache").toUtf8());
        transferRun_ = dir_.filePath("runs/transfer/tiny");
        train(tinyruns::transfer(tinyruns::dataset(dir_), transferRun_, 1, 2));
        reviews_ = QString::fromStdString(
            ensureSampleReviews(dir_.filePath("cache").toStdString()).string());
        imdbRun_ = dir_.filePath("runs/imdb/tiny");
        train(tinyruns::imdb(reviews_, imdbRun_));
    }

    void drillDownShowsGradCamAndOpensTheExplainDialog() {
        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir_.filePath("runs"));
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        workspace.showRun(transferRun_);
        auto* tabs = workspace.findChild<QTabWidget*>();
        clickTab(tabs, 2);  // Confusion matrix: the worst cell's images are shown
        auto* confusion = workspace.findChild<ConfusionPanel*>();
        QVERIFY(confusion);
        QListView* cells = confusion->cellView();
        QVERIFY(cells->model()->rowCount() > 0);
        DrillDownExplainer* drillDown = confusion->drillDown();
        QTest::mouseClick(drillDown->toggle(), Qt::LeftButton);
        QCOMPARE(cells->model(), static_cast<QAbstractItemModel*>(drillDown->maps()));
        QAbstractItemModelTester tester(drillDown->maps());
        const int rows = drillDown->maps()->rowCount();
        QTRY_COMPARE_WITH_TIMEOUT(drillDown->maps()->mapsReady(), rows, 60000);
        const auto icon = drillDown->maps()->index(0).data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(icon.width(), 96);

        cells->setFocus();
        cells->setCurrentIndex(drillDown->maps()->index(0));
        QTest::keyClick(cells, Qt::Key_Return);
        ExplainDialog* dialog = nullptr;
        QTRY_VERIFY(dialog = openDialog<ExplainDialog>());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->gradCamCaption()->text().contains("%"), 60000);
        const QString predicted = dialog->gradCamCaption()->text();

        // The other class, chosen with the keyboard: its own evidence, its own probability.
        dialog->classChoice()->setFocus();
        QTest::keyClick(dialog->classChoice(), Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy() && dialog->gradCamCaption()->text() != predicted,
                                 60000);
        QTest::mouseClick(dialog->showMap(), Qt::LeftButton);
        QVERIFY(!dialog->showMap()->isChecked());

        clickTab(dialog->tabs(), ExplainDialog::ActivationsTab);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->activationsCaption()->text().contains("channels"), 60000);

        clickTab(dialog->tabs(), ExplainDialog::FiltersTab);
        QTest::mouseClick(dialog->computeFilters(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->computeFilters()->isEnabled(), 120000);
        QVERIFY2(dialog->filtersCaption()->text().contains("filters"),
                 qPrintable(dialog->filtersCaption()->text()));
        QVERIFY(!dialog->filtersCaption()->text().contains("cache"));
        QTest::mouseClick(dialog->computeFilters(), Qt::LeftButton);  // the same again: cached
        QTRY_VERIFY_WITH_TIMEOUT(dialog->filtersCaption()->text().contains("cache"), 10000);

        // Cancel stops an ascent in progress (more filters than cached: a new computation).
        auto* count = dialog->findChild<QSpinBox*>();
        count->setValue(64);
        QTest::mouseClick(dialog->computeFilters(), Qt::LeftButton);
        QVERIFY(dialog->cancelFilters()->isEnabled());
        QTest::mouseClick(dialog->cancelFilters(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->computeFilters()->isEnabled(), 30000);
        QVERIFY2(dialog->filtersCaption()->text().contains("Cancelled") ||
                     dialog->filtersCaption()->text().contains("filters"),
                 qPrintable(dialog->filtersCaption()->text()));
        dialog->close();
    }

    void tryAPhotoLaysGradCamOverIt() {
        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir_.filePath("runs"));
        workspace.show();
        workspace.showRun(transferRun_);
        PhotoTryout* photo = workspace.photoTryout();
        clickTab(workspace.findChild<QTabWidget*>(), 3);
        QTest::mouseClick(photo->gradCamToggle(), Qt::LeftButton);
        QVERIFY(photo->gradCamToggle()->isChecked());
        const auto predictions = RunDirectory::open(transferRun_.toStdString()).predictions();
        photo->tryPhoto(QString::fromStdString(predictions.front().item));
        QTRY_VERIFY_WITH_TIMEOUT(!photo->gradCamImage().isNull(), 60000);
        QCOMPARE(photo->gradCamImage().size(), QSize(32, 32));  // the model's input size
    }

    void lrFinderPutsItsSuggestionInTheLearningRateBox() {
        TrainingWorkspace workspace(Task::Imdb);
        workspace.setRunsRoot(dir_.filePath("runs"));
        // A model whose loss falls within the sweep's hundred batches: embeddings and a GRU.
        const ExperimentSpec spec =
            tinyruns::imdb(reviews_, {},
                           {"--input", "embedding", "--cell", "gru", "--units", "8",
                            "--embedding-dim", "16", "--batch-size", "32", "--optimizer", "adam"});
        workspace.setSpecProvider([spec](QString*) { return std::optional<ExperimentSpec>(spec); });
        workspace.show();
        QTest::mouseClick(workspace.panel()->findLearningRateButton(), Qt::LeftButton);
        LrFinderDialog* dialog = workspace.lrFinder();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy(), 120000);
        QVERIFY2(dialog->suggestion(), qPrintable(dialog->status()->text()));
        QVERIFY(dialog->chart()->pointCount() > 10);
        QVERIFY(dialog->chart()->marker());
        QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
        const double box = workspace.panel()->learningRateBox()->value();
        const double expected = std::clamp(*dialog->suggestion(), 1e-6, 1.0);
        QVERIFY2(std::abs(box - expected) <= 1e-6,
                 qPrintable(QString("%1 vs %2").arg(box).arg(expected)));
    }

    void reviewIsReadTokenByToken() {
        ImdbPage page;
        page.show();
        page.load({ImdbSource::AclFolder, reviews_});
        QTRY_VERIFY_WITH_TIMEOUT(page.bundle() && !page.isLoading(), 60000);
        page.training()->setRunsRoot(dir_.filePath("runs"));
        page.training()->showRun(imdbRun_);
        page.reviewBrowser()->selectReview(3);
        QTest::mouseClick(page.reviewBrowser()->readWithRunButton(), Qt::LeftButton);
        ReviewReadingDialog* dialog = nullptr;
        QTRY_VERIFY(dialog = openDialog<ReviewReadingDialog>());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy() && dialog->chart()->pointCount() > 0, 60000);
        QCOMPARE(dialog->reviewBox()->value(), 3);
        QCOMPARE(dialog->chart()->pointCount(), 40);  // one point per token, maxlen 40
        QCOMPARE(dialog->states()->image().width(), 40);
        QVERIFY(dialog->caption()->text().contains("'pre'"));

        dialog->textBox()->setFocus();
        QTest::keyClicks(dialog->textBox(), "not good zzzunknownword");
        QTest::keyClick(dialog->textBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog->busy() && dialog->tokensView()->toPlainText().contains("zzzunknownword"),
            60000);
        QVERIFY(dialog->tokensView()->toHtml().contains("underline"));  // the OOV word is marked
        dialog->close();
    }

    void exportButtonWritesAKerasFileTheImporterReads() {
        TrainingWorkspace workspace(Task::Transfer);
        workspace.setRunsRoot(dir_.filePath("runs"));
        workspace.show();
        workspace.showRun(transferRun_);
        const QString file = dir_.filePath("exported.h5");
        auto* exporter = workspace.findChild<RunExporter*>();
        QVERIFY(exporter);
        QSignalSpy finished(exporter, &RunExporter::finished);
        QTimer::singleShot(200, [&] {  // answer the save dialog as the user would
            auto* save = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(save);
            auto* name = save->findChild<QLineEdit*>("fileNameEdit");
            QVERIFY(name);
            name->setText(file);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QPushButton* button = nullptr;
        for (auto* b : workspace.findChildren<QPushButton*>())
            if (b->text() == "Export to Keras…") button = b;
        QVERIFY(button);
        clickTab(workspace.findChild<QTabWidget*>(), 1);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.front().at(1).toBool(), qPrintable(finished.front().at(0).toString()));
        const KerasWeights weights = readKerasH5(file.toStdString());
        QVERIFY(weights.fullModel);
        QVERIFY(weights.byLayer.count("Conv1"));
    }
};

QTEST_MAIN(TestExplainUi)
#include "tst_explain_ui.moc"
