// In Korean, what goes wrong is said in Korean: ten different failures, each provoked as a
// student would (F5, the Runs tab's buttons, the export dialogs, the IMDB source box), and
// every message box, status bar message, log line and error label they produce must hold no
// English sentence. Keras's own log lines and file names are excepted.
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>

#include "FileDialogs.h"
#include "core/KerasH5Writer.h"
#include "core/TestImages.h"
#include "dataset/DatasetBrowser.h"
#include "imdb/ImdbPage.h"
#include "training/RunOutcome.h"
#include "training/TrainingController.h"
#include "training/TrainingPanel.h"
#include "training/TrainingWorkspace.h"
#include "transfer/TransferPage.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"
#include "TestSettings.h"

using namespace layerlab::ui;

namespace {

// Three or more plain English words in a row: a sentence that was not translated. Paths, file
// names, options and identifiers (anything with a digit, '/', '.', '_', '-' or '=') are no
// words; Keras's own log lines (epoch progress, parameter totals) are left out.
QString englishSentenceIn(const QString& text) {
    static const QRegularExpression keras(
        QStringLiteral("^(Epoch \\d+/\\d+|\\d+/\\d+ - .*|(Total|Trainable|Non-trainable) params: "
                       ".*|layerlab-cli .*)$"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (keras.match(line.trimmed()).hasMatch()) continue;
        QStringList run;
        for (QString token : line.split(QRegularExpression(QStringLiteral("\\s+")))) {
            token.remove(QRegularExpression(QStringLiteral("^[(\"'«]+|[)\"'»,.:;!?]+$")));
            if (word.match(token).hasMatch()) {
                run << token;
                if (run.size() >= 3) return line;
            } else {
                run.clear();
            }
        }
    }
    return {};
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

}  // namespace

class TestFailuresKo : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        testsettings::useOwnSettings("tst_failures_ko");
        testsettings::useEmptyHome(home_.path());
        ::signal(SIGXFSZ, SIG_IGN);  // a write past the file size limit fails with EFBIG
    }

    void elevenFailuresAreSaidInKorean() {
        const QString weights = home_.filePath("weights.h5");
        writeBytes(weights, "this is no HDF5 file");
        QSettings settings;
        settings.setValue("model/backbone", "vgg16");
        settings.setValue("model/size", 32);
        settings.setValue("model/head", "gap");
        settings.setValue("model/weights", "file");
        settings.setValue("model/weightsFile", weights);
        settings.setValue("runs/root", home_.filePath("runs"));
        LanguageManager languages;
        languages.apply("ko");
        MainWindow window(&languages);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [this](const QString& text) { said("status bar", text); });
        QTimer boxes;  // message boxes are read and closed as they come
        connect(&boxes, &QTimer::timeout, this, [this] { closeMessageBox(); });
        boxes.start(50);

        notAFolder(window);
        openDatasetWithAPipe(window);
        training_ = window.transferPage()->training();
        window.showPage(MainWindow::TrainingPage);
        training_->panel()->epochsBox()->setValue(1);
        training_->panel()->stepsBox()->setValue(1);
        training_->panel()->validationStepsBox()->setValue(1);

        // 1. A weights file that is no HDF5 file; 2. a skipped image said in the log.
        QVERIFY(startAndFail([&] { QTest::keyClick(&window, Qt::Key_F5); }));
        // A good run to provoke the rest with.
        testh5::writeVgg16NoTop(weights.toStdString());
        QVERIFY(QFile::copy(weights, weights + ".kept"));
        QSignalSpy finished(training_->controller(), &TrainingController::finished);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        readLog();
        const QString run = finished.at(0).at(0).value<RunOutcome>().runDir;
        QVERIFY(QFileInfo::exists(run + "/model.pt"));

        // 3. Message boxes: a Keras model, then a chart, into the run folder.
        exportIntoTheRunFolder(run, "keras", "layerlab::ui::RunsBrowser", "Export to Keras…");
        exportIntoTheRunFolder(run, "chart", "layerlab::ui::RunExports", "Save chart…");
        exportHistoryToAFullDisk(window);  // 4. a write that fails as on a full disk
        // 5. The weights file the run's frozen layers came from has changed.
        testh5::writeVgg16NoTop(weights.toStdString(), 0.02f);
        QVERIFY(resumeAndFail());
        // 6. It is missing.
        QVERIFY(QFile::remove(weights));
        QVERIFY(resumeAndFail());
        QVERIFY(QFile::copy(weights + ".kept", weights));
        // 7. Another process trains into the run folder (its lock is held).
        {
            const int fd = ::open(QFile::encodeName(run).constData(), O_RDONLY | O_DIRECTORY);
            QVERIFY(fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0);
            const bool failed = resumeAndFail();
            ::close(fd);
            QVERIFY(failed);
        }
        // 8. Resuming a run that has finished all its epochs says so.
        QSignalSpy again(training_->controller(), &TrainingController::finished);
        selectFirstRun();
        QTest::mouseClick(button(training_, "layerlab::ui::RunsBrowser", "Resume"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 120000);
        readLog();
        QVERIFY2(said_.last().contains(QString::fromUtf8("모두 마쳤습니다")), qPrintable(said_.last()));
        ++failures_;
        // 9. A damaged run: its checkpoint record names no epoch.
        writeBytes(run + "/checkpoint/epoch.txt", "none\n");
        QVERIFY(resumeAndFail());
        badNpz(window);  // 10. an imdb.npz that is no zip archive

        QCOMPARE(failures_, 11);
        QVERIFY2(english_.isEmpty(), qPrintable("English: " + english_.join("\n")));
        QVERIFY2(!said_.isEmpty(), "nothing was said");
        QSettings().clear();
    }

  private:
    void said(const QString& where, const QString& text) {
        if (text.isEmpty()) return;
        QString plain = text;
        plain.replace(home_.path(), QStringLiteral("HOME"));
        said_ << where + ": " + plain;
        if (const QString line = englishSentenceIn(plain); !line.isEmpty())
            english_ << where + ": " + line;
    }

    void closeMessageBox() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        said("message box", box->text() + "\n" + box->informativeText());
        ++failures_;
        QTest::keyClick(box, Qt::Key_Escape);
    }

    void readLog() {
        for (auto* log : training_->findChildren<QPlainTextEdit*>())
            said("log", log->toPlainText());
    }

    static QPushButton* button(QWidget* root, const char* context, const char* english) {
        const QString text = QCoreApplication::translate(context, english);
        for (auto* b : root->findChildren<QPushButton*>())
            if (b->text().remove(QLatin1Char('&')) == text) return b;
        qWarning("no button %s", english);
        return nullptr;
    }

    // Starts what `start` starts and waits for it to fail; the failure was said.
    template <typename Start>
    bool startAndFail(Start&& start) {
        QSignalSpy finished(training_->controller(), &TrainingController::finished);
        start();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 120000)) return false;
        if (finished.at(0).at(0).value<RunOutcome>().error.isEmpty()) return false;
        said("training panel", training_->panel()->statusLabel()->text());
        readLog();
        ++failures_;
        return true;
    }

    bool resumeAndFail() {
        selectFirstRun();
        QPushButton* resume = button(training_, "layerlab::ui::RunsBrowser", "Resume");
        return resume && startAndFail([resume] { QTest::mouseClick(resume, Qt::LeftButton); });
    }

    // The Runs tab, and a click on its one run.
    void selectFirstRun() {
        reveal(button(training_, "layerlab::ui::RunsBrowser", "Resume"));
        for (auto* view : training_->findChildren<QTableView*>()) {
            if (!view->isVisible() || view->model()->rowCount() == 0) continue;
            const QRect cell = view->visualRect(view->model()->index(0, 1));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        }
    }

    // Brings the tab that holds `widget` to the front, as a click on the tab would.
    static void reveal(QWidget* widget) {
        for (QWidget* page = widget; page && page->parentWidget(); page = page->parentWidget())
            if (auto* tabs = qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget());
                tabs && tabs->indexOf(page) >= 0)
                tabs->setCurrentWidget(page);
        QTest::qWait(20);
    }

    // 0. A "folder" that is a file.
    void notAFolder(MainWindow& window) {
        const QString file = home_.filePath("notes.txt");
        writeBytes(file, "x");
        window.transferPage()->browser()->openFolder(file);
        QTRY_VERIFY_WITH_TIMEOUT(!said_.filter("notes.txt").isEmpty(), 30000);
        ++failures_;
    }

    // The tiny data set with a pipe where an image should be: the scan skips it, and says why.
    void openDatasetWithAPipe(MainWindow& window) {
        const auto root = testimages::tinySampleDataset(home_.filePath("data").toStdString(), 4, 2);
        const QString pipe = QString::fromStdString((root / "train" / "circles" / "pipe.jpg").string());
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        DatasetBrowser* browser = window.transferPage()->browser();
        QSignalSpy loaded(browser, &DatasetBrowser::datasetLoaded);
        browser->openFolder(QString::fromStdString(root.string()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    }

    // An export into the run's own folder is refused in a message box, nothing written there
    // (a history saved over history.csv changed what the run list said). The dialog proposes
    // the folder the export last wrote to: here the run's own.
    void exportIntoTheRunFolder(const QString& run, const char* kind, const char* context,
                                const char* english) {
        QSettings().setValue(QStringLiteral("export/%1Folder").arg(QLatin1String(kind)), run);
        QTimer::singleShot(0, [] { filedialogs::answerFileDialog(); });
        const int before = failures_;
        const QStringList files = QDir(run).entryList(QDir::Files);
        QPushButton* exportButton = button(training_, context, english);
        reveal(exportButton);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failures_ == before + 1, 60000);
        QCOMPARE(QDir(run).entryList(QDir::Files), files);
    }

    // A file size limit stands in for a full disk (writes past it fail with EFBIG).
    void exportHistoryToAFullDisk(MainWindow& window) {
        rlimit old{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        QSettings().setValue("export/historyFolder", home_.path());
        QTimer::singleShot(0, [old] {
            const rlimit tiny{8, old.rlim_max};
            ::setrlimit(RLIMIT_FSIZE, &tiny);
            filedialogs::answerFileDialog();
        });
        QSignalSpy message(window.statusBar(), &QStatusBar::messageChanged);
        QPushButton* exportHistory = button(training_, "layerlab::ui::RunExports", "Export history CSV…");
        reveal(exportHistory);
        QTest::mouseClick(exportHistory, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 30000);
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(QDir(home_.path()).entryList({"*.csv"}).isEmpty());
        ++failures_;
    }

    void badNpz(MainWindow& window) {
        const QString npz = home_.filePath("broken.npz");
        writeBytes(npz, "PK this is no zip archive");
        window.showPage(MainWindow::ImdbReviewsPage);
        ImdbPage* page = window.imdbPage();
        QComboBox* source = nullptr;
        for (auto* combo : page->findChildren<QComboBox*>())
            if (combo->count() == 4) source = combo;  // auto, npz, aclImdb, sample
        QVERIFY(source);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 60000);
        source->setCurrentIndex(0);
        source->setFocus();
        QSettings().setValue("imdb/lastPath", npz);  // the dialog opens beside it
        QTimer::singleShot(0, [] { filedialogs::answerFileDialog("broken.npz"); });
        QTest::keyClick(source, Qt::Key_Down);  // "imdb.npz file…"
        const QString cannot = QCoreApplication::translate("layerlab::ui::ReviewBrowser", "Cannot load reviews: %1")
                                   .section(QLatin1String("%1"), 0, 0);
        QLabel* status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto* label : page->findChildren<QLabel*>())
                    if (label->text().startsWith(cannot) && label->text().contains("broken.npz"))
                        status = label;
                return status != nullptr;
            }(),
            60000);
        said("IMDB source", status->text());
        // The reviews listed before are not these: none are left to list or train on.
        QVERIFY(!page->bundle());
        ++failures_;
    }

    QTemporaryDir home_;
    TrainingWorkspace* training_ = nullptr;
    QStringList said_, english_;
    int failures_ = 0;
};

QTEST_MAIN(TestFailuresKo)
#include "tst_failures_ko.moc"
