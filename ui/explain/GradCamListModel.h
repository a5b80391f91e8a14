#pragma once

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPixmap>
#include <memory>
#include <vector>

#include "explain/RunExplainer.h"

namespace layerlab::ui {

// The confusion matrix's drill-down with Grad-CAM on: each image of the cell shown with the
// map of the class the model predicted laid over it, computed one after another off the GUI
// thread (a row shows its caption at once and its picture when its map is ready).
class GradCamListModel : public QAbstractListModel {
    Q_OBJECT
  public:
    explicit GradCamListModel(int iconSize, QObject* parent = nullptr);
    ~GradCamListModel() override;

    // The run's explainer (shared with whoever else explains that run) and the cell's images
    // with their captions. Maps start computing at once.
    void setSamples(std::shared_ptr<RunExplainer> explainer, QStringList files,
                    QStringList captions);
    bool busy() const { return watcher_.isRunning(); }
    int mapsReady() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

  private:
    void computeNext();

    int iconSize_;
    QPixmap placeholder_;
    std::shared_ptr<RunExplainer> explainer_;
    QStringList files_, captions_;
    std::vector<QPixmap> maps_;
    std::vector<QString> errors_;
    int next_ = 0;
    QFutureWatcher<RunExplainer::Map> watcher_;
};

}  // namespace layerlab::ui
