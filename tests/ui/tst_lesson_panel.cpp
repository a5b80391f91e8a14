// The lesson inside the app, walked as a teacher gives it: F9 opens the panel, Page Down (a
// presenter's clicker) goes from step to step and Ctrl+Return performs each, in English and in
// Korean, on the built-in sample and on ../shared/data/ when it is there. The lesson's parameter
// counts must be reached through the steps, marked ✓; the sample's own numbers must never be.
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>
#include <map>

#include "FileDialogs.h"
#include "TestSettings.h"
#include "dataset/DatasetBrowser.h"
#include "imdb/ImdbPage.h"
#include "layers/LayerTreeModel.h"
#include "layers/ModelPanel.h"
#include "lesson/LessonFigures.h"
#include "lesson/LessonPanel.h"
#include "lesson/StrategiesFigure.h"
#include "transfer/TransferPage.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

using namespace layerlab::ui;

namespace {

const QString kSharedData = QStringLiteral(LAYERLAB_SHARED_DATA);

// Steps whose "Do it" would train VGG16 at 224 or ask where to save: walked past, not done.
bool trains(const layerlab::LessonStep& step) {
    for (const auto& action : step.actions)
        if (action.action == layerlab::LessonAction::Train ||
            action.action == layerlab::LessonAction::Export)
            return true;
    return false;
}

}  // namespace

class TestLessonPanel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_lesson_panel");
        testsettings::useEmptyHome(home_.path());
    }

    void init() {
        QSettings().clear();
        QSettings().setValue("runs/root", home_.filePath("runs"));
    }

    void walksTheLessonWithKeys_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("shared");
        QTest::newRow("en, built-in sample") << "en" << false;
        QTest::newRow("ko, built-in sample") << "ko" << false;
        QTest::newRow("en, shared data") << "en" << true;
        QTest::newRow("ko, shared data") << "ko" << true;
    }

    void walksTheLessonWithKeys() {
        QFETCH(QString, language);
        QFETCH(bool, shared);
        if (shared && !QDir(kSharedData + "/cats_and_dogs_filtered").exists())
            QSKIP("../shared/data/ is not here");
        if (shared) QSettings().setValue("dataset/lastFolder", kSharedData + "/cats_and_dogs_filtered");
        LanguageManager languages;
        languages.apply(language);
        MainWindow window(&languages);
        showActive(window);
        // The lesson, closed, leaves the pages alone: the class starts on the photos.
        QVERIFY(window.transferPage()->isVisible());
        window.openInitialDataset();
        window.imdbPage()->loadInitial();
        // The class waits for the photos and reviews to appear, as it would.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && !window.transferPage()->browser()->root().isEmpty(),
                                 60000);
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(window.lessonDock()->isVisible());
        LessonPanel* panel = window.lessonPanel();
        QCOMPARE(panel->step(), 0);

        std::map<std::string, QString> outputs;
        walk(window, panel, outputs);
        if (QTest::currentTestFailed()) return;
        // The counts, reached through the steps and marked as the lesson's.
        auto shows = [&](const std::string& step, const QString& value) {
            const QString text = outputs.at(step);
            return text.contains(value) && text.contains(QStringLiteral("✓"));
        };
        QVERIFY2(shows("vgg16-base", "14714688"), qPrintable(outputs.at("vgg16-base")));
        QVERIFY(shows("freeze-base", "14714688"));
        QVERIFY(shows("head", "27560769"));
        QVERIFY(shows("head", "12846081"));
        QVERIFY2(shows("fine-tune", "19925505"), qPrintable(outputs.at("fine-tune")));
        QVERIFY2(outputs.at("flow-from-directory").contains("Found"),
                 qPrintable(outputs.at("flow-from-directory") + panel->prerequisiteLabel()->text()));
        // The sample's numbers are its own, never ticked; the real photos are the lesson's.
        const QString found = outputs.at("flow-from-directory");
        QCOMPARE(found.contains(QStringLiteral("✓")), shared);
        if (shared) QVERIFY(found.contains("Found 2000 images belonging to 2 classes."));
        QVERIFY(!outputs.at("lengths").contains(QStringLiteral("✓")));  // not Keras's imdb.npz
        QVERIFY(outputs.at("pad").contains("x_train_seq.shape"));
        if (language == "ko") {
            QVERIFY2(outputs.at("lengths").contains(QStringLiteral("수업의 데이터가 아닙니다")),
                     qPrintable(outputs.at("lengths")));
        }
        // Where the class stopped is remembered.
        QCOMPARE(QSettings().value("lesson/step/builtin:day19").toInt(), panel->step());
    }

    // Choosing a quadrant of the four strategies applies its preset to the layer tree.
    void strategiesPictureFreezesTheTree() {
        QSettings settings;
        settings.setValue("model/backbone", "vgg16");
        settings.setValue("model/size", 224);
        settings.setValue("model/head", "lesson");
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        showActive(window);
        QTest::keyClick(&window, Qt::Key_F9);
        LessonPanel* panel = window.lessonPanel();
        while (!window.findChild<LessonFigures*>()->strategies()->isVisible() &&
               panel->step() < 5)
            QTest::keyClick(&window, Qt::Key_PageDown);
        StrategiesFigure* figure = window.findChild<LessonFigures*>()->strategies();
        QVERIFY(figure->isVisible());
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(panel->outputText().contains("Lesson figures"));
        QTest::keyClick(figure, Qt::Key_4);
        // What a step said no longer holds once the tree changed: it is taken back.
        QVERIFY2(panel->outputText().contains("Do it again"), qPrintable(panel->outputText()));  // the lesson's own case: little data, like ImageNet
        QCOMPARE(window.transferPage()->model()->layers()->totals().trainable, 12846081);
        QTest::keyClick(figure, Qt::Key_1);  // much data, unlike ImageNet: everything trains
        QCOMPARE(window.transferPage()->model()->layers()->totals().trainable, 27560769);
    }

    // File ▸ Open lesson… refuses a malformed lesson with its line, and keeps the lesson open.
    void malformedLessonIsRefusedWithItsLine() {
        const QString file = home_.filePath("broken.lesson");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("lesson broken\ntitle.en Broken\ntitle.ko 고장\n\nstep one\ntitle.en One\n"
                  "title.ko 하나\ntext.en x\ntext.ko x\ndo teleport where=moon\n");
        out.close();
        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        showActive(window);
        QString said;
        QSettings().setValue("lesson/lastFolder", home_.path());  // where the dialog opens
        QTimer::singleShot(0, [] { filedialogs::answerFileDialog("broken.lesson"); });
        QTimer boxes;
        connect(&boxes, &QTimer::timeout, this, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        boxes.start(50);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains("broken.lesson:10") && said.contains("teleport"), qPrintable(said));
        QCOMPARE(window.lessonPanel()->lesson().id, std::string("day19"));
    }

  private:
    // The window on the projector's screen, in front, as the class sees it.
    static void showActive(MainWindow& window) {
        window.resize(1024, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // Every step in order: Ctrl+Return where it computes, then Page Down to the next.
    void walk(MainWindow& window, LessonPanel* panel, std::map<std::string, QString>& outputs) {
        const auto& steps = panel->lesson().steps;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(panel->step(), int(i));
            if (!trains(steps[i])) {
                QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
                if (!panel->prerequisiteLabel()->isVisible())
                    QTRY_VERIFY2_WITH_TIMEOUT(!panel->outputText().isEmpty() &&
                                                  panel->outputText() != panel->tr("Working…"),
                                              qPrintable(QString::fromStdString(steps[i].id)),
                                              60000);
                outputs[steps[i].id] = panel->outputText();
            }
            // A figure with steps of its own (the unrolled review) takes Page Down first.
            for (int press = 0; press < 400 && panel->step() == int(i) && i + 1 < steps.size();
                 ++press)
                QTest::keyClick(&window, Qt::Key_PageDown);
        }
    }

    QTemporaryDir home_;
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lesson_panel.moc"
