#pragma once

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

#include "experiment/FilterGrid.h"
#include "util/CancelToken.h"

namespace layerlab {
class RunPredictor;
}

namespace layerlab::ui {

// One transfer run's model, explained off the GUI thread: Grad-CAM, activation grids and
// filter patterns. The model is loaded once; every task runs on the explainer's own thread,
// one after another (a LibTorch module is not to be used by two threads at once), so the
// GUI only ever waits on futures.
class RunExplainer : public QObject {
    Q_OBJECT
  public:
    explicit RunExplainer(QString runDir, QObject* parent = nullptr);
    ~RunExplainer() override;  // waits for the task in progress

    QString runDir() const { return runDir_; }

    struct Model {
        QStringList classes;
        QStringList spatialLayers;  // layers with feature maps, input to output
        QString defaultLayer;       // the base's last conv layer
        QString error;
    };
    QFuture<Model> load();

    struct Map {
        QImage input;    // the image as the model saw it
        QImage overlay;  // the map upsampled over it
        int mapHeight = 0, mapWidth = 0;
        int targetClass = 0;
        float probability = 0;
        float peak = 0;  // the map's largest value: 0 when nothing speaks for the class
        QString error;
    };
    // `layer` empty: the base's last conv layer; `targetClass` none: the predicted class.
    QFuture<Map> gradCam(const QString& image, const QString& layer = {},
                         std::optional<int> targetClass = std::nullopt);

    struct Grid {
        QImage image;
        QString caption;  // "48 channels of 112×112", "16 filters (from the cache)"
        QString error;
        bool cancelled = false;
    };
    QFuture<Grid> activations(const QString& image, const QString& layer, int tile, int columns);

    // Progress: steps done and in all, updated from the explainer's thread; `cancel` stops it.
    struct Progress {
        std::atomic<int> done{0}, total{0};
        CancelToken cancel;
    };
    QFuture<Grid> filters(const FilterGridRequest& request, std::shared_ptr<Progress> progress);

  private:
    // The model on the explainer's thread; throws what loading throws.
    RunPredictor& predictor();

    QString runDir_;
    QThreadPool pool_;
    std::shared_ptr<RunPredictor> predictor_;  // touched only on pool_'s thread
};

}  // namespace layerlab::ui
