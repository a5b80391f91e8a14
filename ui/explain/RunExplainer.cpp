#include "explain/RunExplainer.h"

#include <QtConcurrent>

#include "text/FailureText.h"
#include "common/ImageConversion.h"
#include "data/Heatmap.h"
#include "experiment/RunPredictor.h"
#include "model/GradCam.h"
#include "model/Network.h"
#include "train/TorchRuntime.h"

namespace layerlab::ui {
namespace {

// Runs `work` and turns any exception into the result's error sentence.
template <typename Result, typename Work>
Result guarded(Work&& work) {
    try {
        return work();
    } catch (const std::exception& e) {
        Result failed;
        failed.error = failureText(e);
        return failed;
    }
}

}  // namespace

RunExplainer::RunExplainer(QString runDir, QObject* parent)
    : QObject(parent), runDir_(std::move(runDir)) {
    pool_.setMaxThreadCount(1);
}

RunExplainer::~RunExplainer() {
    pool_.clear();
    pool_.waitForDone();
}

RunPredictor& RunExplainer::predictor() {
    useComputeThreads();  // every task starts here, on the explainer's thread
    if (!predictor_) predictor_ = std::make_shared<RunPredictor>(runDir_.toStdString());
    return *predictor_;
}

QFuture<RunExplainer::Model> RunExplainer::load() {
    return QtConcurrent::run(&pool_, [this] {
        return guarded<Model>([this] {
            Model model;
            RunPredictor& p = predictor();
            for (const auto& name : p.classes()) model.classes << QString::fromStdString(name);
            const Network& network = p.network();
            // Padding layers only pad the layer before them: nothing of their own to show.
            for (const LayerSpec& l : network.layers())
                if (network.featureMaps(l.name) && l.kind != LayerSpec::Kind::ZeroPadding2D)
                    model.spatialLayers << QString::fromStdString(l.name);
            model.defaultLayer = QString::fromStdString(defaultExplainLayer(network));
            return model;
        });
    });
}

QFuture<RunExplainer::Map> RunExplainer::gradCam(const QString& image, const QString& layer,
                                                 std::optional<int> targetClass) {
    return QtConcurrent::run(&pool_, [this, image, layer, targetClass] {
        return guarded<Map>([&] {
            RunPredictor& p = predictor();
            const Image input = p.readInput(image.toStdString());
            const std::string name =
                layer.isEmpty() ? defaultExplainLayer(p.network()) : layer.toStdString();
            const ClassActivationMap map = layerlab::gradCam(p.network(), input, name, targetClass);
            Map result;
            result.input = toQImage(input);
            result.overlay = toQImage(overlayHeatmap(input, {map.height, map.width, map.values}));
            result.mapHeight = map.height;
            result.mapWidth = map.width;
            result.targetClass = map.targetClass;
            result.probability = map.probability;
            result.peak = *std::max_element(map.values.begin(), map.values.end());
            return result;
        });
    });
}

QFuture<RunExplainer::Grid> RunExplainer::activations(const QString& image, const QString& layer,
                                                      int tile, int columns) {
    return QtConcurrent::run(&pool_, [this, image, layer, tile, columns] {
        return guarded<Grid>([&] {
            RunPredictor& p = predictor();
            Network& network = p.network();
            const std::string name = layer.toStdString();
            const FeatureMaps maps = network.requireFeatureMaps(name);
            const int h = maps.height, w = maps.width, c = maps.channels;
            const auto output = network.layerOutput({p.readInput(image.toStdString())}, name);
            Grid grid;
            grid.image = toQImage(featureMapGrid(output, h, w, c, columns, tile));
            grid.caption = tr("%1 channels of %2×%3").arg(c).arg(h).arg(w);
            return grid;
        });
    });
}

QFuture<RunExplainer::Grid> RunExplainer::filters(const FilterGridRequest& request,
                                                  std::shared_ptr<Progress> progress) {
    return QtConcurrent::run(&pool_, [this, request, progress] {
        return guarded<Grid>([&] {
            RunPredictor& p = predictor();
            RunModel& model = p.model();
            const auto grid = filterGrid(
                model, request,
                [progress](int done, int total) {
                    progress->done = done;
                    progress->total = total;
                },
                progress->cancel);
            Grid result;
            if (!grid) {
                result.cancelled = true;
                return result;
            }
            result.image = toQImage(grid->image);
            result.caption = grid->fromCache ? tr("%1 filters (from the cache)").arg(grid->filters)
                                             : tr("%1 filters").arg(grid->filters);
            return result;
        });
    });
}

}  // namespace layerlab::ui
