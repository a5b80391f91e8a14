#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <memory>

#include "explain/RunExplainer.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStringListModel;
class QTabWidget;

namespace layerlab::ui {

// "What did the model learn?" for one transfer run: where it looked (Grad-CAM over each
// image, for the predicted class or another), every channel of a layer's output, and the
// patterns its filters respond to most (computed with progress and Cancel, cached per run
// and layer). Work runs off the GUI thread; the dialog never blocks.
class ExplainDialog : public QDialog {
    Q_OBJECT
  public:
    ExplainDialog(const QString& runDir, const QStringList& images, int current,
                  QWidget* parent = nullptr);
    ~ExplainDialog() override;

    enum Tab { GradCamTab, ActivationsTab, FiltersTab };
    QTabWidget* tabs() const { return tabs_; }
    QCheckBox* showMap() const { return showMap_; }
    QComboBox* classChoice() const { return class_; }
    QLabel* gradCamCaption() const { return gradCamCaption_; }
    QLabel* activationsCaption() const { return activationsCaption_; }
    QLabel* filtersCaption() const { return filtersCaption_; }
    QPushButton* computeFilters() const { return compute_; }
    QPushButton* cancelFilters() const { return cancel_; }
    bool busy() const;

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    QWidget* buildGradCamTab();
    QWidget* buildActivationsTab();
    QWidget* buildFiltersTab();
    void connectSignals();
    void onModelLoaded();
    QString currentImage() const;
    void refresh();  // the open tab, for the current image and choices
    void showGradCam();
    void startFilters();
    void showFilterProgress();
    void showFilters();
    void addImages();
    void retranslate();

    std::unique_ptr<RunExplainer> explainer_;
    RunExplainer::Model model_;
    QStringList images_;
    QStringListModel* imageNames_;
    QListView* imageList_;
    QPushButton* addImages_;
    QTabWidget* tabs_;
    // Grad-CAM
    QComboBox* gradCamLayer_;
    QComboBox* class_;
    QCheckBox* showMap_;
    QLabel* gradCamImage_;
    QLabel* scale_;
    QLabel* scaleLow_;
    QLabel* scaleHigh_;
    QLabel* gradCamCaption_;
    QFutureWatcher<RunExplainer::Map> gradCamWatcher_;
    RunExplainer::Map map_;
    // Activations
    QComboBox* activationsLayer_;
    QLabel* activationsCaption_;
    QLabel* activationsImage_;
    QFutureWatcher<RunExplainer::Grid> activationsWatcher_;
    // Filters
    QComboBox* filtersLayer_;
    QSpinBox* filterCount_;
    QPushButton* compute_;
    QPushButton* cancel_;
    QProgressBar* filterProgress_;
    QLabel* filtersCaption_;
    QLabel* filtersImage_;
    QFutureWatcher<RunExplainer::Grid> filtersWatcher_;
    std::shared_ptr<RunExplainer::Progress> progress_;
    QTimer progressTimer_;
    QElapsedTimer filterClock_;
    QFutureWatcher<RunExplainer::Model> loadWatcher_;
    bool pending_ = false;  // a choice changed while a task ran: refresh when it ends
};

}  // namespace layerlab::ui
