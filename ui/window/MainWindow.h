#pragma once

#include <QMainWindow>
#include <QRect>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace layerlab::ui {

class GetDataDialog;
class ImdbPage;
class LanguageManager;
class LessonFigures;
class LessonPanel;
class PagesArea;
class RecentFolders;
class Presentation;
class TrainingWorkspace;
class TransferPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    enum Page {
        DatasetPage,
        AugmentationPage,
        ModelPage,
        TrainingPage,
        ImdbReviewsPage,
        ImdbLengthsPage,
        ImdbModelPage,
        ImdbTrainingPage
    };

    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    TransferPage* transferPage() const { return transfer_; }
    ImdbPage* imdbPage() const { return imdb_; }
    LessonPanel* lessonPanel() const { return lesson_; }
    QDockWidget* lessonDock() const { return lessonDock_; }
    void showPage(Page page);
    // The lesson's figures, a page of their own while the lesson panel is open.
    void showLessonFigures();
    // Opens the last folder, or the built-in sample on first launch.
    void openInitialDataset();
    // A page is loading data on a worker thread (not training: see TrainingWorkspace).
    bool isLoading() const;
    // The "Get data" dialog (created on first use).
    GetDataDialog* showGetData();
    // On the very first launch: a short guide that offers the real data and says that the
    // built-in samples work offline. Shown once (remembered).
    void offerFirstRunGuide();

  protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void retranslate();
    void showStatus(const QString& message);
    void showPrepareFeatures();
    std::vector<TrainingWorkspace*> activeTrainings() const;
    // Closing while training: stop every run, keep the GUI turning, and close when the last
    // worker has finished (or after a bounded wait, should a step refuse to end).
    void closeWhenStopped();
    void saveWindowState();
    void restoreWindow();
    void keepOnScreen();
    void buildViewMenu();
    void buildLessonDock();
    void openLessonFile();
    void setPresentation(bool enabled);
    void applyPresentation();
    void fitTypeToScreen();
    void showPresentationState();

    LanguageManager* languages_;
    RecentFolders* recent_;
    QTabWidget* pages_;
    PagesArea* pagesArea_;
    TransferPage* transfer_;
    GetDataDialog* getData_ = nullptr;
    Presentation* presentation_;
    bool closing_ = false;      // Stop asked for on close; waiting for the workers
    bool closeAnyway_ = false;  // the bounded wait is over
    QRect normalGeometry_;      // the window's before it went full screen
    bool fitPending_ = false;   // a check that the type fits the screen is on its way

    ImdbPage* imdb_;
    QLabel* runtimeLabel_;
    QDockWidget* lessonDock_ = nullptr;
    LessonPanel* lesson_ = nullptr;
    LessonFigures* figures_ = nullptr;

    QMenu* fileMenu_;
    QMenu* recentMenu_;
    QMenu* viewMenu_;
    QMenu* languageMenu_;
    QMenu* helpMenu_;
    QAction* openAction_;
    QAction* sampleAction_;
    QAction* getDataAction_;
    QAction* exportRunAction_;
    QAction* prepareAction_;
    QAction* openLessonAction_;
    QAction* openPackAction_;
    QAction* lessonAction_;
    QAction* quitAction_;
    QAction* copyCodeAction_;
    QAction* presentationAction_;
    QAction* zoomInAction_;
    QAction* zoomOutAction_;
    QAction* zoomResetAction_;
    QAction* languageSystem_;
    QAction* languageEnglish_;
    QAction* languageKorean_;
    QAction* aboutAction_;
    QAction* aboutQtAction_;
};

}  // namespace layerlab::ui
