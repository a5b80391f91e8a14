#pragma once

#include <QWidget>
#include <optional>

#include "experiment/ExperimentSpec.h"

class QTabWidget;

namespace layerlab::ui {

class AugmentPreview;
class DatasetBrowser;
class ModelPanel;
class TrainingWorkspace;
class RecentFolders;

// The transfer-learning experiment: dataset, augmentation, model (freezing) and training.
class TransferPage : public QWidget {
    Q_OBJECT
  public:
    enum Tab { DatasetTab, AugmentationTab, ModelTab, TrainingTab };

    explicit TransferPage(RecentFolders* recent, QWidget* parent = nullptr);

    DatasetBrowser* browser() const { return browser_; }
    AugmentPreview* preview() const { return preview_; }
    ModelPanel* model() const { return model_; }
    TrainingWorkspace* training() const { return training_; }
    void showTab(Tab tab);
    // The dataset or the augmentation preview is being loaded on a worker thread.
    bool isLoading() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    std::optional<ExperimentSpec> experimentSpec(QString* problem) const;

    QTabWidget* tabs_;
    DatasetBrowser* browser_;
    AugmentPreview* preview_;
    ModelPanel* model_;
    TrainingWorkspace* training_;
};

}  // namespace layerlab::ui
