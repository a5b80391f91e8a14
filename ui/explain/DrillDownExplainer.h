#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QListView;
class QPushButton;

namespace layerlab::ui {

class GradCamListModel;
class RunExplainer;

// The bar above the confusion matrix's drill-down: a "Grad-CAM" toggle that shows each image
// of the cell with its map laid over it, and "Explain…" (or a double-click on an image) that
// opens the run's ExplainDialog on the cell's images.
class DrillDownExplainer : public QWidget {
    Q_OBJECT
  public:
    // `view` shows the drill-down; its own model (thumbnails) is what it shows with the
    // toggle off.
    DrillDownExplainer(QListView* view, QWidget* parent = nullptr);
    ~DrillDownExplainer() override;

    // The run on show (its weights may have changed: the model is loaded again when needed).
    void setRun(const QString& runDir);
    // The cell's images and their captions.
    void setSamples(QStringList files, QStringList captions);

    QPushButton* toggle() const { return toggle_; }
    QPushButton* explainButton() const { return explain_; }
    GradCamListModel* maps() const { return maps_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void showMaps(bool on);
    void openDialog(int row);
    void retranslate();

    QListView* view_;
    QAbstractItemModel* plain_;
    GradCamListModel* maps_;
    QPushButton* toggle_;
    QPushButton* explain_;
    QString run_;
    std::shared_ptr<RunExplainer> explainer_;
    QStringList files_, captions_;
};

}  // namespace layerlab::ui
