#include "window/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>

#include "augment/AugmentPreview.h"
#include "common/RecentFolders.h"
#include "dataset/DatasetBrowser.h"
#include "download/ResourceFiles.h"
#include "downloads/GetDataDialog.h"
#include "downloads/PackDialog.h"
#include "imdb/ImdbPage.h"
#include "layers/ModelPanel.h"
#include "lesson/LessonFigures.h"
#include "lesson/LessonPanel.h"
#include "lesson/LessonStage.h"
#include "text/FailureText.h"
#include "train/TorchRuntime.h"
#include "training/ClassFolderMenu.h"
#include "training/TrainingController.h"
#include "training/TrainingWorkspace.h"
#include "transfer/PrepareFeaturesDialog.h"
#include "transfer/TransferPage.h"
#include "window/AboutDialog.h"
#include "window/LanguageManager.h"
#include "window/PagesArea.h"
#include "window/Presentation.h"

namespace layerlab::ui {
namespace {

// How long closing waits for stopping runs: Stop is honoured within a batch or a preparing
// step, so this is only reached by a step that hangs (a stuck network drive, say).
constexpr int kStopWaitMs = 15000;

}  // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent),
      languages_(languages),
      recent_(new RecentFolders(this)),
      pages_(new QTabWidget(this)),
      transfer_(new TransferPage(recent_, this)),
      imdb_(new ImdbPage(this)),
      runtimeLabel_(new QLabel(this)) {
    pages_->addTab(transfer_, QString());
    pages_->addTab(imdb_, QString());
    setCentralWidget(pagesArea_ = new PagesArea(pages_, this));
    const auto torch = torchRuntimeInfo();
    runtimeLabel_->setText(QStringLiteral("LibTorch %1 · %2")
                               .arg(QString::fromStdString(torch.libtorchVersion),
                                    QString::fromStdString(torch.device)));
    statusBar()->addPermanentWidget(runtimeLabel_);
    presentation_ = new Presentation(this);
    buildLessonDock();
    buildMenus();
    retranslate();
    restoreWindow();
    applyPresentation();  // as remembered

    DatasetBrowser* browser = transfer_->browser();
    connect(browser, &DatasetBrowser::statusMessage, this, &MainWindow::showStatus);
    connect(transfer_->preview(), &AugmentPreview::statusMessage, this, &MainWindow::showStatus);
    for (TrainingWorkspace* training : {transfer_->training(), imdb_->training()})
        connect(training, &TrainingWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(browser, &DatasetBrowser::datasetLoaded, this, [this, browser] {
        if (!browser->isSample())
            QSettings().setValue("dataset/lastFolder", browser->root());
        else
            QSettings().remove("dataset/lastFolder");
        setWindowFilePath(browser->root());
    });
}

// ~QWidget hides the dock and the tabs after this window's members are gone: their signals
// must not reach the slots that use them.
MainWindow::~MainWindow() {
    disconnect(lessonDock_->toggleViewAction(), nullptr, this, nullptr);
    disconnect(pages_, nullptr, this, nullptr);
}

void MainWindow::restoreWindow() {
    QSettings settings;
    // 1280×760, or what the screen has room for (a 1024×768 projector): never larger.
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.95 : QSize(1280, 760);
    resize(QSize(1280, 760).boundedTo(room));
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    keepOnScreen();
    normalGeometry_ = geometry();
}

// A geometry saved on a larger or another screen, or in full screen by an earlier LayerLab,
// must not put the title bar out of reach: the window is shrunk and moved into the screen's
// free area.
void MainWindow::keepOnScreen() {
    if (isFullScreen() || isMaximized()) return;
    QScreen* target = QGuiApplication::screenAt(frameGeometry().center());
    if (!target) target = screen();
    if (!target) return;
    const QRect room = target->availableGeometry();
    if (room.contains(frameGeometry())) return;
    const QSize frame = frameGeometry().size() - size();  // title bar and borders
    resize(size().boundedTo(room.size() - frame));
    const QRect outer = frameGeometry();
    move(std::clamp(outer.x(), room.left(), room.right() + 1 - outer.width()),
         std::clamp(outer.y(), room.top(), room.bottom() + 1 - outer.height()));
}

// The lesson beside the pages (F9): the panel performs its steps on them, and its figures have
// a page of their own, as large as the pages (the panel is narrow, beside them on a projector).
void MainWindow::buildLessonDock() {
    lessonDock_ = new QDockWidget(this);
    lessonDock_->setObjectName(QStringLiteral("lessonDock"));  // saveState() keeps it by name
    figures_ = new LessonFigures(this);
    pages_->addTab(figures_, QString());
    lesson_ = new LessonPanel(new LessonStage(this), figures_, languages_, lessonDock_);
    lessonDock_->setWidget(lesson_);
    addDockWidget(Qt::RightDockWidgetArea, lessonDock_);
    lessonDock_->hide();  // until F9, or as the last session left it (restoreWindow)
    pages_->setTabVisible(pages_->indexOf(figures_), false);
    connect(pages_, &QTabWidget::currentChanged, this,
            [this] { pagesArea_->setFitToView(pages_->currentWidget() == figures_); });
    connect(lessonDock_->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        pages_->setTabVisible(pages_->indexOf(figures_), shown);
        pagesArea_->setSqueezable(shown);
        keepOnScreen();  // the window may have grown past the edge before the pages could give
        if (!shown) return;
        lesson_->showStep(lesson_->step());  // its figure, on the page just made visible
    });
    connect(lesson_, &LessonPanel::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::showLessonFigures() {
    // Only with the lesson on show: a hidden lesson (its tab hidden too) must not move the pages.
    if (lessonDock_->isVisible()) pages_->setCurrentWidget(figures_);
}

void MainWindow::openLessonFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open lesson"),
        QSettings().value("lesson/lastFolder", QDir::homePath()).toString(),
        tr("Lessons (*.lesson);;All files (*)"));
    if (path.isEmpty()) return;
    QSettings().setValue("lesson/lastFolder", QFileInfo(path).absolutePath());
    try {
        lesson_->openLessonFile(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Lesson not opened"), failureText(e));
        return;
    }
    lessonDock_->show();
}

void MainWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    openAction_ =
        fileMenu_->addAction(QString(), transfer_->browser(), &DatasetBrowser::chooseFolder);
    openAction_->setShortcut(QKeySequence::Open);
    recentMenu_ = fileMenu_->addMenu(QString());
    connect(recentMenu_, &QMenu::aboutToShow, this, [this] { recent_->populate(recentMenu_); });
    sampleAction_ =
        fileMenu_->addAction(QString(), transfer_->browser(), &DatasetBrowser::openSample);
    getDataAction_ = fileMenu_->addAction(QString(), this, [this] { showGetData(); });
    getDataAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // The run of the page on show: a transfer run, or an IMDB run on the IMDB page.
    exportRunAction_ = fileMenu_->addAction(QString(), this, [this] {
        (pages_->currentWidget() == imdb_ ? imdb_->training() : transfer_->training())
            ->exportKeras();
    });
    exportRunAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    prepareAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showPrepareFeatures);
    openLessonAction_ = fileMenu_->addAction(QString(), this, &MainWindow::openLessonFile);
    openLessonAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openPackAction_ = fileMenu_->addAction(QString(), this, [this] { PackDialog::chooseAndOpen(this); });
    fileMenu_->addSeparator();
    quitAction_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quitAction_->setShortcut(QKeySequence::Quit);

    // Runs ▸ Open class folder…: both pages' runs lists.
    menuBar()->addMenu(new ClassFolderMenu({transfer_->training(), imdb_->training()}, this));
    buildViewMenu();

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString(), this, [this] { showAboutDialog(this); });
    aboutQtAction_ = helpMenu_->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::buildViewMenu() {
    viewMenu_ = menuBar()->addMenu(QString());
    lessonAction_ = lessonDock_->toggleViewAction();
    lessonAction_->setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu_->addAction(lessonAction_);
    copyCodeAction_ =
        viewMenu_->addAction(QString(), transfer_->preview(), &AugmentPreview::copyKerasCode);
    languageMenu_ = viewMenu_->addMenu(QString());
    auto* group = new QActionGroup(this);
    languageSystem_ = languageMenu_->addAction(QString());
    languageEnglish_ = languageMenu_->addAction(QStringLiteral("English"));
    languageKorean_ = languageMenu_->addAction(QStringLiteral("한국어"));
    const std::pair<QAction*, QString> choices[] = {
        {languageSystem_, QString()}, {languageEnglish_, "en"}, {languageKorean_, "ko"}};
    for (const auto& [action, code] : choices) {
        action->setCheckable(true);
        action->setChecked(languages_->setting() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = code] { languages_->apply(code); });
    }
    viewMenu_->addSeparator();
    presentationAction_ = viewMenu_->addAction(QString(), this, &MainWindow::setPresentation);
    presentationAction_->setCheckable(true);
    presentationAction_->setChecked(presentation_->enabled());
    presentationAction_->setShortcut(QKeySequence(Qt::Key_F11));
    zoomInAction_ = viewMenu_->addAction(QString(), presentation_, &Presentation::zoomIn);
    zoomInAction_->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOutAction_ = viewMenu_->addAction(QString(), presentation_, &Presentation::zoomOut);
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    zoomResetAction_ = viewMenu_->addAction(QString(), presentation_, &Presentation::resetZoom);
    zoomResetAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(presentation_, &Presentation::scaleChanged, this, &MainWindow::applyPresentation);
    connect(presentation_, &Presentation::enabledChanged, presentationAction_,
            &QAction::setChecked);
}

// Large type in presentation mode, full screen; the charts and the big numbers follow. The
// type is fitted to the screen once the layouts have taken it in.
void MainWindow::applyPresentation() {
    for (TrainingWorkspace* training : {transfer_->training(), imdb_->training()})
        training->setPresentation(presentation_->enabled(), presentation_->scale());
    QTimer::singleShot(0, this, &MainWindow::fitTypeToScreen);
}

// Type larger than the screen has room for would push the window past its edges, the right
// chart and buttons cut off (a 1024×768 projector): a zoom that does not fit is taken back,
// presentation mode's type shrinks step by step, and only a window that fits goes full screen.
void MainWindow::fitTypeToScreen() {
    constexpr int kLayoutDepth = 24;  // deeper than the window's widget tree
    if (!screen()) return;
    // New type reaches the window's minimum size one layout level per round of posted
    // LayoutRequests; measured before all rounds, a zoom just taken back still looked too wide
    // and the type shrank below what fits. Each round delivers only what was posted before it.
    // The window's own request among them is this fit's, not a reason for another.
    fitPending_ = true;
    for (int level = 0; level < kLayoutDepth; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    layout()->activate();
    fitPending_ = false;
    // Full screen has no frame and covers the panels; a window has its frame in the free area.
    const QSize frame = frameGeometry().size() - size();
    const QSize room = presentation_->enabled() ? screen()->geometry().size()
                                                : screen()->availableGeometry().size() - frame;
    const QSize needed = minimumSizeHint();
    if (needed.width() > room.width() || needed.height() > room.height()) {
        if (presentation_->zoom() > 1) {
            showStatus(tr("That is the largest type that fits the screen."));
            presentation_->zoomOut();  // applies again
            return;
        }
        if (presentation_->shrinkToFit()) return;  // applies again
    }
    showPresentationState();
}

// F11: the window as it is now is the one to come back to (now and at the next launch), before
// larger type makes it grow.
void MainWindow::setPresentation(bool enabled) {
    if (enabled && !isFullScreen()) {
        normalGeometry_ = geometry();
        saveWindowState();
    }
    presentation_->setEnabled(enabled);
}

// Full screen in presentation mode; F11 again brings back the window as it was before.
void MainWindow::showPresentationState() {
    if (presentation_->enabled() && !isFullScreen()) {
        showFullScreen();
    } else if (!presentation_->enabled() && isFullScreen()) {
        showNormal();
        setGeometry(normalGeometry_);
    }
    // A full screen window that type too large had grown past the screen is put back on it.
    if (isFullScreen() && geometry() != screen()->geometry()) setGeometry(screen()->geometry());
    keepOnScreen();
}

void MainWindow::retranslate() {
    setWindowTitle(tr("LayerLab — transfer learning and RNN workbench"));
    pages_->setTabText(0, tr("Transfer learning"));
    pages_->setTabText(1, tr("IMDB RNN"));
    fileMenu_->setTitle(tr("&File"));
    openAction_->setText(tr("&Open dataset folder…"));
    recentMenu_->setTitle(tr("Open &recent"));
    sampleAction_->setText(tr("Use the built-in &sample dataset"));
    getDataAction_->setText(tr("&Get the lesson's data…"));
    exportRunAction_->setText(tr("&Export run as Keras model…"));
    prepareAction_->setText(tr("&Prepare features for class…"));
    openLessonAction_->setText(tr("Open &lesson…"));
    openPackAction_->setText(tr("Open lesson pac&k…"));
    lessonAction_->setText(tr("&Lesson"));
    lessonDock_->setWindowTitle(tr("Lesson"));
    pages_->setTabText(pages_->indexOf(figures_), tr("Lesson figures"));
    quitAction_->setText(tr("&Quit"));
    viewMenu_->setTitle(tr("&View"));
    presentationAction_->setText(tr("&Presentation mode"));
    zoomInAction_->setText(tr("Zoom &in"));
    zoomOutAction_->setText(tr("Zoom &out"));
    zoomResetAction_->setText(tr("&Actual size"));
    copyCodeAction_->setText(tr("Copy augmentation as &Keras code"));
    languageMenu_->setTitle(tr("&Language"));
    languageSystem_->setText(tr("System (%1)").arg(LanguageManager::systemLanguage()));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About LayerLab"));
    aboutQtAction_->setText(tr("About &Qt"));
    runtimeLabel_->setToolTip(tr("The compute device LayerLab trains on"));
}

bool MainWindow::event(QEvent* event) {
    // A page that grows with larger type (a long path, a run's texts) must not push the window
    // past the screen either: fitted again once, after the layouts have settled.
    if (event->type() == QEvent::LayoutRequest && presentation_->scale() > 1 && !fitPending_) {
        fitPending_ = true;
        QTimer::singleShot(0, this, [this] {
            fitPending_ = false;
            fitTypeToScreen();
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

std::vector<TrainingWorkspace*> MainWindow::activeTrainings() const {
    std::vector<TrainingWorkspace*> active;
    for (TrainingWorkspace* training : {transfer_->training(), imdb_->training()})
        if (training->isTraining()) active.push_back(training);
    return active;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (activeTrainings().empty() || closeAnyway_) {
        saveWindowState();
        event->accept();
        return;
    }
    event->ignore();
    if (closing_) return;  // already stopping
    // A run stopped now keeps every finished epoch on disk and can be resumed.
    if (QMessageBox::question(this, tr("Training is running"),
                              tr("Stop training and quit? Finished epochs stay on disk and "
                                 "the run can be resumed.")) == QMessageBox::Yes)
        closeWhenStopped();
}

void MainWindow::closeWhenStopped() {
    closing_ = true;
    centralWidget()->setEnabled(false);
    showStatus(tr("Stopping…"));
    for (TrainingWorkspace* training : activeTrainings()) {
        connect(training->controller(), &TrainingController::stateChanged, this,
                [this](TrainingController::State state) {
                    if (state == TrainingController::State::Idle && activeTrainings().empty())
                        close();
                });
        training->controller()->stop();
    }
    QTimer::singleShot(kStopWaitMs, this, [this] {
        closeAnyway_ = true;
        close();
    });
}

void MainWindow::saveWindowState() {
    QSettings settings;
    // The full screen is no window geometry: the one saved on entering it stays.
    if (!isFullScreen()) settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
}

void MainWindow::showPage(Page page) {
    if (page >= ImdbReviewsPage) {
        pages_->setCurrentWidget(imdb_);
        imdb_->showTab(static_cast<ImdbPage::Tab>(page - ImdbReviewsPage));
        return;
    }
    pages_->setCurrentWidget(transfer_);
    transfer_->showTab(static_cast<TransferPage::Tab>(page - DatasetPage));
}

void MainWindow::openInitialDataset() {
    const QString last = QSettings().value("dataset/lastFolder").toString();
    if (!last.isEmpty() && QDir(last).exists()) {
        transfer_->browser()->openFolder(last);
        return;
    }
    // The lesson's photos when this machine has them (a notebook's Keras cache or a download).
    const download::ResourceState cats =
        download::inspectResource(*download::findResource("cats_and_dogs"));
    if (cats.kind != download::ResourceState::Missing &&
        cats.kind != download::ResourceState::Corrupt && QFileInfo(cats.path).isDir()) {
        const QString origin =
            cats.kind == download::ResourceState::InKerasCache
                ? tr("Opened the lesson's photos from the Keras cache: %1").arg(cats.path)
                : tr("Opened the lesson's photos downloaded by LayerLab: %1").arg(cats.path);
        // Said after the browser's own "Found …" line, which would otherwise replace it.
        connect(
            transfer_->browser(), &DatasetBrowser::datasetLoaded, this,
            [this, origin] { showStatus(origin); }, Qt::SingleShotConnection);
        transfer_->browser()->openFolder(cats.path);
        return;
    }
    transfer_->browser()->openSample();
}

bool MainWindow::isLoading() const {
    return transfer_->isLoading() || imdb_->isLoading();
}

void MainWindow::offerFirstRunGuide() {
    QSettings settings;
    if (settings.value("guide/firstRunShown", false).toBool()) return;
    settings.setValue("guide/firstRunShown", true);
    QMessageBox guide(this);
    guide.setWindowTitle(tr("Welcome to LayerLab"));
    guide.setIcon(QMessageBox::Information);
    guide.setText(
        tr("LayerLab has opened its built-in samples: pictures of circles and squares, and "
           "generated short reviews. They work offline, so you can try everything now."));
    guide.setInformativeText(
        tr("The lesson's real data (cats and dogs photos, IMDB reviews, "
           "ImageNet weights) can be downloaded once — or is found in the Keras "
           "cache if you already ran the notebook. Get it now? (File → Get the "
           "lesson's data, Ctrl+D, at any time.)"));
    QPushButton* get = guide.addButton(tr("Get data…"), QMessageBox::AcceptRole);
    guide.addButton(tr("Use the samples"), QMessageBox::RejectRole);
    guide.exec();
    if (guide.clickedButton() == get) showGetData();
}

GetDataDialog* MainWindow::showGetData() {
    if (!getData_) {
        getData_ = new GetDataDialog(this);
        // What arrives is used at once: the weights status and the automatic review source.
        connect(getData_, &GetDataDialog::resourceReady, this,
                [this](const QString& name, const QString& path) {
                    transfer_->model()->updateWeightsStatus();
                    imdb_->reloadIfAutomatic();
                    if (name == QLatin1String("cats_and_dogs"))
                        transfer_->browser()->openFolder(path);
                });
    }
    getData_->show();
    getData_->raise();
    getData_->resources()->refresh();
    return getData_;
}

// The transfer page's experiment, as Start would run it, prepared into the feature store.
void MainWindow::showPrepareFeatures() {
    QString problem;
    const auto spec = transfer_->training()->experimentSpec(&problem);
    if (!spec) {
        showStatus(problem);
        return;
    }
    auto* dialog = new PrepareFeaturesDialog(std::get<TransferExperimentSpec>(*spec), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showStatus(const QString& message) {
    statusBar()->showMessage(message, 8000);
}

}  // namespace layerlab::ui
