#pragma once

#include <QWidget>
#include <functional>
#include <string>
#include <vector>

#include "experiment/Task.h"
#include "io/RunDirectory.h"

class QAbstractItemModel;
class QLabel;
class QListView;
class QStringListModel;
class QTableView;

namespace layerlab::ui {

class CaptionedSamples;
class ConfusionMatrixModel;
class DatasetListModel;
class DrillDownExplainer;
class ThumbnailCache;

// The Confusion matrix tab: a run's validation confusion matrix and, beside it, the samples of
// the clicked cell, most confident first: thumbnails of images (with Grad-CAM and Explain…),
// or review names with P(positive).
class ConfusionPanel : public QWidget {
    Q_OBJECT
  public:
    // A few words that say what a validation item is ("x_train[3313]" → the review's opening
    // words); empty when unknown.
    using ItemDescriber = std::function<QString(const std::string& item)>;

    ConfusionPanel(Task task, QWidget* parent = nullptr);

    void setItemDescriber(ItemDescriber describer) { describer_ = std::move(describer); }
    // The run whose images the drill-down explains (empty: none).
    void setRun(const QString& path);
    // A run's last validation pass; its worst mistake is selected to begin with.
    void showPredictions(const QString& runName, const QStringList& classes,
                         const std::vector<RunDirectory::Prediction>& predictions);
    void clearPredictions();
    // The samples of one cell (row = true class); (-1, -1) shows none.
    void showCell(int row, int column);

    ConfusionMatrixModel* matrix() const { return matrix_; }
    QListView* cellView() const { return cellView_; }
    DrillDownExplainer* drillDown() const { return drillDown_; }  // transfer runs only

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void setUpCellView();
    void showImages(const std::vector<RunDirectory::Prediction>& samples);
    void showReviews(const std::vector<RunDirectory::Prediction>& samples);
    void retranslate();
    void updateCellGrid();

    Task task_;
    ItemDescriber describer_;
    ConfusionMatrixModel* matrix_;
    ThumbnailCache* thumbnails_;
    DatasetListModel* cellImages_;
    CaptionedSamples* captions_ = nullptr;  // image captions with their probability
    QStringListModel* cellItems_;
    QLabel* caption_;
    QTableView* matrixView_;
    QListView* cellView_;
    DrillDownExplainer* drillDown_ = nullptr;
};

}  // namespace layerlab::ui
