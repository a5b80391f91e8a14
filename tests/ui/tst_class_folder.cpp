// A class's runs side by side (issue #23, part 3), through the window as a teacher uses it:
// Runs ▸ Open class folder… (Ctrl+Shift+R and the folder dialog), a run another machine writes
// appears and its epochs update, the list is a leaderboard (best val_acc first) that says who
// made each run, another's run is overlaid as one's own but not renamed, nor resumed unasked,
// and Runs ▸ My own runs goes back.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "FileDialogs.h"
#include "TestSettings.h"
#include "TinyRuns.h"
#include "experiment/Experiment.h"
#include "io/FileIO.h"
#include "training/HistoryChart.h"
#include "training/RunsModel.h"
#include "training/TrainingWorkspace.h"
#include "transfer/TransferPage.h"
#include "util/RunAuthor.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

using namespace layerlab;
using namespace layerlab::ui;
namespace fs = std::filesystem;

namespace {

// A copy of `run` as another machine would have written it: made by `who`, its learning rate
// `rate`, `done` of `planned` epochs with the val_acc `best` last, and a final model only when
// it has finished.
void writeRunAs(const fs::path& run, const fs::path& copy, const RunAuthor& who, double rate,
                int done, int planned, double best) {
    fs::create_directories(copy);
    auto experiment = nlohmann::json::parse(readFileBytes(run / "experiment.json"));
    experiment["made_by"] = {{"user", who.user}, {"host", who.host}};
    experiment["fit"]["learning_rate"] = rate;
    experiment["fit"]["epochs"] = planned;
    auto& args = experiment["args"];
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--epochs") args[i + 1] = std::to_string(planned);
    writeFileAtomically(copy / "experiment.json", experiment.dump(2));
    std::string history = "epoch,acc,loss,val_acc,val_loss,seconds,cached,marker\n";
    for (int epoch = 0; epoch < done; ++epoch)
        history += std::to_string(epoch) + ",0.5,0.7," + std::to_string(best) + ",0.69,1,0,\n";
    writeFileAtomically(copy / "history.csv", history);
    if (done == planned) fs::copy_file(run / "model.pt", copy / "model.pt");
}

int rowOf(RunsModel* runs, const QString& folderName) {
    for (int row = 0; row < runs->rowCount(); ++row)
        if (QDir(runs->run(row)->path).dirName() == folderName) return row;
    return -1;
}

QTableView* runsView(TrainingWorkspace* workspace) {
    for (auto* view : workspace->findChildren<QTableView*>())
        if (view->model() == workspace->runs()) return view;
    return nullptr;
}

// Every file of a run folder with its size and time: what a reader must leave as it was.
QStringList folderState(const QString& run) {
    QStringList state;
    for (const QFileInfo& file :
         QDir(run).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        state << QStringLiteral("%1 %2 %3")
                     .arg(file.fileName())
                     .arg(file.size())
                     .arg(file.lastModified().toMSecsSinceEpoch());
    return state;
}

QPushButton* button(QWidget* parent, const QString& text) {
    for (auto* button : parent->findChildren<QPushButton*>())
        if (button->text() == text) return button;
    return nullptr;
}

}  // namespace

class TestClassFolder : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;

  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_class_folder");
        testsettings::useEmptyHome(temp_.filePath("home"));
    }

    void aClassFolderSideBySide() {
        // One tiny run trained here, the template of the class's runs.
        const fs::path mine = temp_.filePath("mine").toStdString();
        const Say quiet = [](const Message&) {};
        TrainingControl control;
        const QString data = tinyruns::dataset(temp_);
        Experiment::create(tinyruns::transfer(data, QString::fromStdString(mine.string()), 1, 1),
                           quiet)
            ->train({}, control);
        // The share, in the folder the dialog opens at (home): typed by its name.
        const fs::path classFolder = temp_.filePath("home/class").toStdString();
        const fs::path elsewhere = temp_.filePath("elsewhere").toStdString();
        writeRunAs(mine, classFolder / "20261203-090000-000-pc01-me", thisAuthor(), 0.001, 1, 1,
                   0.6);
        writeRunAs(mine, elsewhere / "20261203-090100-000-pc07-kim", {"kim", "pc-07"}, 0.01, 2, 2,
                   0.9);
        writeRunAs(mine, classFolder / "20261203-090200-000-pc08-lee", {"lee", "pc-08"}, 0.1, 1, 3,
                   0.4);
        // One's own run that the CLI (or a second LayerLab) on this machine trains now.
        writeRunAs(mine, classFolder / "20261203-090300-000-pc01-me", thisAuthor(), 0.003, 1, 4,
                   0.5);

        LanguageManager languages;
        languages.apply("en");
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TrainingWorkspace* workspace = window.transferPage()->training();
        RunsModel* runs = workspace->runs();
        QAbstractItemModelTester tester(runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Ctrl+Shift+R, the folder typed into the dialog, Choose.
        const QString folder = QString::fromStdString(classFolder.string());
        QTimer::singleShot(0, [] { filedialogs::answerFileDialog("class"); });
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(workspace->classFolder(), folder);
        QCOMPARE(workspace->runsRoot(), folder);
        QCOMPARE(QSettings().value("runs/classFolder").toString(), folder);
        QCOMPARE(runs->rowCount(), 3);
        QVERIFY(!runsView(workspace)->isColumnHidden(RunsModel::MadeByColumn));

        // lee's run, being trained on pc-08: shown as training, its epochs updating.
        const int lee = rowOf(runs, "20261203-090200-000-pc08-lee");
        QCOMPARE(runs->index(lee, RunsModel::MadeByColumn).data().toString(), QString("lee@pc-08"));
        QCOMPARE(runs->index(lee, RunsModel::EpochsColumn).data().toString(),
                 QString("1 / 3 (training)"));
        writeRunAs(mine, classFolder / "20261203-090200-000-pc08-lee", {"lee", "pc-08"}, 0.1, 2, 3,
                   0.4);
        QTRY_COMPARE_WITH_TIMEOUT(
            runs->index(rowOf(runs, "20261203-090200-000-pc08-lee"), RunsModel::EpochsColumn)
                .data()
                .toString(),
            QString("2 / 3 (training)"), 10000);

        // One's own run that this window does not train is judged by reading, as another's.
        QCOMPARE(runs->index(rowOf(runs, "20261203-090300-000-pc01-me"), RunsModel::EpochsColumn)
                     .data()
                     .toString(),
                 QString("1 / 4 (training)"));

        // kim's run, written on pc-07, arrives in the share: it appears, at the top.
        fs::rename(elsewhere / "20261203-090100-000-pc07-kim",
                   classFolder / "20261203-090100-000-pc07-kim");
        QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 4, 10000);
        QStringList order;
        for (int row = 0; row < 4; ++row)
            order << runs->index(row, RunsModel::MadeByColumn).data().toString();
        const QString me = QString::fromStdString(authorText(thisAuthor()));
        QCOMPARE(order, (QStringList{"kim@pc-07", me, me, "lee@pc-08"}));
        QCOMPARE(runs->index(0, RunsModel::BestColumn).data().toString(), QString("0.9000"));
        // What sets the runs apart, not everything they share.
        QCOMPARE(runs->index(0, RunsModel::SettingsColumn).data().toString(),
                 QString("Epochs 2 · Learning rate 0.01"));

        // F2 on kim's run opens no editor: another's run is not renamed, its folder untouched.
        QTableView* view = runsView(workspace);
        window.showPage(MainWindow::TrainingPage);
        view->setFocus();
        view->setCurrentIndex(runs->index(0, RunsModel::NameColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QTest::qWait(100);
        QVERIFY(!view->findChild<QLineEdit*>());
        QVERIFY(!fs::exists(classFolder / "20261203-090100-000-pc07-kim" / "label.json"));
        // Space ticks kim's run: overlaid on the charts, as one's own runs are.
        const QString kim = runs->run(0)->path;
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(runs->overlaid().contains(kim));
        QTRY_VERIFY2(workspace->chart()->overlayLegendText().contains(runs->run(0)->name),
                     qPrintable(workspace->chart()->overlayLegendText()));
        // Resume on kim's run asks first; No leaves it as it was, unlocked.
        const auto before = folderState(kim);
        QString asked;  // the question, read while its box is open
        QTimer::singleShot(0, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        });
        QTest::mouseClick(button(workspace, "Resume"), Qt::LeftButton);
        QVERIFY2(asked.contains("made by kim@pc-07"), qPrintable(asked));
        QVERIFY(!workspace->isTraining());
        QCOMPARE(folderState(kim), before);
        // One's own run in the class folder is renamed as ever.
        const int own = rowOf(runs, "20261203-090000-000-pc01-me");
        view->setCurrentIndex(runs->index(own, RunsModel::NameColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(view->findChild<QLineEdit*>());

        // Runs ▸ My own runs, by the keyboard: the own runs folder again, remembered.
        QTest::keyClick(view->findChild<QLineEdit*>(), Qt::Key_Escape);
        QTest::keyClick(window.menuBar(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_M);
        QTRY_VERIFY(workspace->classFolder().isEmpty());
        QVERIFY(workspace->runsRoot() != folder);
        QVERIFY(runsView(workspace)->isColumnHidden(RunsModel::MadeByColumn));
        QCOMPARE(QSettings().value("runs/classFolder").toString(), QString());
    }
};

QTEST_MAIN(TestClassFolder)
#include "tst_class_folder.moc"
