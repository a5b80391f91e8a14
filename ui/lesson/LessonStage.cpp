#include "lesson/LessonStage.h"

#include <QDir>
#include <QSpinBox>
#include <algorithm>

#include "augment/AugmentControls.h"
#include "augment/AugmentPreview.h"
#include "dataset/DatasetBrowser.h"
#include "experiment/AugmentOptions.h"
#include "experiment/ArgList.h"
#include "imdb/ImdbPage.h"
#include "imdb/LengthsPanel.h"
#include "imdb/ReviewBrowser.h"
#include "layers/LayerTreeModel.h"
#include "layers/ModelPanel.h"
#include "text/FailureText.h"
#include "training/RunsModel.h"
#include "training/TrainingPanel.h"
#include "training/TrainingWorkspace.h"
#include "transfer/TransferPage.h"
#include "util/EnumNames.h"
#include "util/Text.h"
#include "window/MainWindow.h"

namespace layerlab::ui {
namespace {

constexpr int kClassTimeEpochs = 5;
constexpr int kClassTimeSteps = 10;

bool needsRun(LessonAction action) {
    return action == LessonAction::Plot || action == LessonAction::Export;
}

}  // namespace

LessonStage::LessonStage(MainWindow* window) : QObject(window), window_(window) {
    reset();
    // A page that loads on a worker thread: the step goes on once it holds what is needed.
    auto resume = [this] {
        if (!waiting_ || !waiting_()) return;
        waiting_ = {};
        proceed();
    };
    connect(window_->transferPage()->browser(), &DatasetBrowser::datasetLoaded, this, resume);
    ReviewBrowser* reviews = window_->imdbPage()->reviewBrowser();
    connect(reviews, &ReviewBrowser::loaded, this, [this, reviews, resume] {
        if (waiting_ && !reviews->bundle() && !reviews->isLoading()) {
            waiting_ = {};
            fail(tr("The reviews could not be loaded: the Reviews tab says why."));
            return;
        }
        resume();
    });
    auto changed = [this] {
        if (!performing_) Q_EMIT pagesChanged();
    };
    connect(window_->transferPage()->browser(), &DatasetBrowser::datasetLoaded, this, changed);
    connect(reviews, &ReviewBrowser::loaded, this, changed);
    connect(window_->transferPage()->model()->layers(), &LayerTreeModel::trainableChanged, this,
            changed);
}

void LessonStage::fail(const QString& message) {
    performing_ = false;
    Q_EMIT failed(message);
}

LessonStage::~LessonStage() = default;

void LessonStage::reset() {
    run_ = std::make_unique<LessonRun>(LessonData{});
    step_.reset();
    waiting_ = {};
}

LessonData LessonStage::data() const {
    LessonData data;
    data.images = window_->transferPage()->browser()->root().toStdString();
    if (const auto bundle = window_->imdbPage()->bundle()) {
        data.reviews = bundle->path.toStdString();
        data.reviewsAreKeras = bundle->isKerasImdb;
    }
    return data;
}

bool LessonStage::hasFinishedRun() const {
    return !window_->transferPage()->training()->currentRun().isEmpty();
}

// The lesson's layout, train/ and validation/: flow_from_directory reads both.
std::optional<LessonPrerequisite> LessonStage::imagesPrerequisite() const {
    TransferPage* transfer = window_->transferPage();
    const QDir root(transfer->browser()->root());
    if (root.exists(QStringLiteral("train")) && root.exists(QStringLiteral("validation")))
        return std::nullopt;
    return LessonPrerequisite{tr("This step reads a folder with train/ and validation/ in it, as "
                                 "cats_and_dogs_filtered has: open one first."),
                              tr("Open a folder…"),
                              [transfer] { transfer->browser()->chooseFolder(); },
                              {}};
}

std::optional<LessonPrerequisite> LessonStage::prerequisite(const LessonStep& step) const {
    for (const LessonActionLine& action : step.actions) {
        const bool images = action.action == LessonAction::OpenDataset ||
                            (action.action == LessonAction::Train &&
                             action.argument("task", "transfer") == "transfer");
        if (images && imagesPrerequisite()) return imagesPrerequisite();
        if (needsRun(action.action) && !hasFinishedRun())
            return LessonPrerequisite{tr("This step needs a run: train one first."),
                                      tr("Go to the training step"), {}, LessonAction::Train};
    }
    if (const auto missing = run_->missing(step)) {
        const bool reviews = *missing == LessonAction::LoadImdb;
        return LessonPrerequisite{
            reviews ? tr("This step works on the reviews: load them first.")
                    : tr("This step changes the model: build it first."),
            reviews ? tr("Go to the loading step") : tr("Go to the model step"), {}, *missing};
    }
    return std::nullopt;
}

void LessonStage::perform(const LessonStep& step) {
    step_ = step;
    next_ = 0;
    extra_ = {};
    waiting_ = {};
    performing_ = true;
    proceed();
}

void LessonStage::proceed() {
    try {
        while (next_ < step_->actions.size()) {
            act(step_->actions[next_++]);
            if (waiting_) return;  // a page is loading; the step goes on when it has
        }
        finish();
    } catch (const std::exception& e) {
        waiting_ = {};
        fail(failureText(e));
    }
}

void LessonStage::act(const LessonActionLine& action) {
    TransferPage* transfer = window_->transferPage();
    ImdbPage* imdb = window_->imdbPage();
    switch (action.action) {
        case LessonAction::Show:
            window_->showLessonFigures();  // the panel chose the step's figure
            extra_.lines.push_back(verbatim(
                action.argument("figure") == "rnn-structure"
                    ? tr("Page Down now reads the review word by word; the ▶ button goes on.")
                          .toStdString()
                    : tr("The figure is on the Lesson figures page.").toStdString()));
            return;
        case LessonAction::Augment:
            return augment(action);
        case LessonAction::OpenDataset:
            return openDataset();
        case LessonAction::SetModel:
            return setModel(action);
        case LessonAction::Freeze:
            return setTrainable(action, false);
        case LessonAction::Unfreeze:
            return setTrainable(action, true);
        case LessonAction::Train:
            return train(action);
        case LessonAction::Plot:
            window_->showPage(MainWindow::TrainingPage);
            return;
        case LessonAction::Export:
            window_->showPage(MainWindow::TrainingPage);
            return exportModel(action);
        case LessonAction::FineTune:
            return fineTune(action);
        case LessonAction::LoadImdb:
            return loadImdb(action);
        case LessonAction::Lengths:
            window_->showPage(MainWindow::ImdbLengthsPage);
            return;
        case LessonAction::Pad:
            imdb->lengths()->maxlenBox()->setValue(action.wholeArgument("maxlen", 100));
            window_->showPage(MainWindow::ImdbLengthsPage);
            return;
    }
}

void LessonStage::augment(const LessonActionLine& action) {
    // The lesson's arguments as the CLI's flags, read by the CLI's own parser.
    std::vector<std::string> flags = {"--preset", "none"};
    for (const auto& [key, value] : action.args) {
        std::string flag = "--" + key;
        std::replace(flag.begin(), flag.end(), '_', '-');
        flags.push_back(flag);
        flags.push_back(value);
    }
    ArgList args(flags);
    AugmentParams params = readAugmentOptions(args);
    params.rescale = 1.0 / 255;  // the lesson's train_datagen rescales
    window_->transferPage()->preview()->controls()->setParams(params);
    window_->showPage(MainWindow::AugmentationPage);
}

void LessonStage::openDataset() {
    DatasetBrowser* browser = window_->transferPage()->browser();
    window_->showPage(MainWindow::DatasetPage);
    if (browser->loading()) waiting_ = [browser] { return !browser->loading(); };
}

void LessonStage::setModel(const LessonActionLine& action) {
    const auto backbone = enumFromName(kBackbones, action.argument("backbone", "vgg16"));
    if (!backbone) throw UsageError(MessageId::OptionChoice, {"backbone", "vgg16 or mobilenet_v2",
                                                              action.argument("backbone")});
    ModelPanel* model = window_->transferPage()->model();
    model->setLessonModel(*backbone, action.wholeArgument("size", 224));
    window_->showPage(MainWindow::ModelPage);
}

// layers=base: every block of the backbone, as `model_base.trainable = …` does; else the
// layers or blocks named, as the lesson's loop over model_base.layers does.
void LessonStage::setTrainable(const LessonActionLine& action, bool trainable) {
    LayerTreeModel* tree = window_->transferPage()->model()->layers();
    const std::string names = action.argument("layers", "base");
    std::vector<std::string> targets;
    if (names == "base") {
        for (const LayerSpec& layer : tree->layers())
            if (layer.block != kHeadBlock &&
                std::find(targets.begin(), targets.end(), layer.block) == targets.end())
                targets.push_back(layer.block);
    } else {
        targets = splitList(names);
    }
    for (const std::string& target : targets) tree->setTrainable(target, trainable);
    window_->showPage(MainWindow::ModelPage);
}

// compile + fit on the transfer page, or (task=imdb) the RNN's on the IMDB page, with the
// lesson's settings.
void LessonStage::train(const LessonActionLine& action) {
    const bool imdb = action.argument("task", "transfer") == "imdb";
    TrainingWorkspace* training =
        imdb ? window_->imdbPage()->training() : window_->transferPage()->training();
    window_->showPage(imdb ? MainWindow::ImdbTrainingPage : MainWindow::TrainingPage);
    if (training->isTraining()) {
        extra_.lines.push_back(verbatim(
            tr("A run is already training: its curves are on the Training tab.").toStdString()));
        return;
    }
    QString problem;
    std::optional<ExperimentSpec> spec = training->experimentSpec(&problem);
    if (!spec) throw UsageError(problem.toStdString());
    FitConfig& fit = std::visit([](auto& s) -> FitConfig& { return s.fit; }, *spec);
    const auto optimizer = enumFromName(kOptimizers, action.argument("optimizer"));
    if (optimizer) fit.optimizer = *optimizer;
    fit.learningRate = action.numberArgument("learning_rate", fit.learningRate);
    fit.epochs = action.wholeArgument("epochs", fit.epochs);
    if (auto* transfer = std::get_if<TransferExperimentSpec>(&*spec))
        setImageSteps(action, *transfer);
    training->panel()->showSettings(*spec);
    training->startTraining();
    extra_.lines.push_back(verbatim(
        tr("Training started: %1 epochs. The curves grow on the Training tab.")
            .arg(fit.epochs)
            .toStdString()));
}

// steps_per_epoch and validation_steps; in class time a run that ends within the lesson: few
// short epochs, and no augmentation, so that the feature store serves the frozen base's features
// (computed once, by anyone).
void LessonStage::setImageSteps(const LessonActionLine& action,
                                TransferExperimentSpec& spec) const {
    FitConfig& fit = spec.fit;
    fit.stepsPerEpoch = action.wholeArgument("steps_per_epoch", fit.stepsPerEpoch);
    fit.validationSteps = action.wholeArgument("validation_steps", fit.validationSteps);
    if (!classTime_) return;
    fit.epochs = std::min(fit.epochs, kClassTimeEpochs);
    fit.stepsPerEpoch = std::min(fit.stepsPerEpoch, kClassTimeSteps);
    fit.validationSteps = std::min(fit.validationSteps, kClassTimeSteps);
    spec.augment.reset();
}

void LessonStage::fineTune(const LessonActionLine& action) {
    TrainingWorkspace* training = window_->transferPage()->training();
    if (training->isTraining()) {
        extra_.notPerformed = verbatim(tr("A run is training: fine-tune it once it has finished "
                                          "(the counts are the model's all the same).")
                                           .toStdString());
        return;
    }
    if (!hasFinishedRun()) {
        extra_.notPerformed = verbatim(tr("Fine-tuning continues a finished run: do the training "
                                          "step first (the counts are the model's all the same).")
                                           .toStdString());
        return;
    }
    FineTuneRequest request;
    request.learningRate = action.numberArgument("learning_rate", request.learningRate);
    request.epochs = action.wholeArgument("epochs", request.epochs);
    window_->showPage(MainWindow::TrainingPage);
    training->fineTuneRun(training->currentRun(), request);
    extra_.lines.push_back(verbatim(tr("Fine-tuning %1: %2 more epochs at learning rate %3.")
                                        .arg(QDir(training->currentRun()).dirName())
                                        .arg(request.epochs)
                                        .arg(request.learningRate)
                                        .toStdString()));
}

// model.save(FILE): the run asks where, proposing the lesson's file name, as Ctrl+E does.
void LessonStage::exportModel(const LessonActionLine& action) {
    TrainingWorkspace* training = window_->transferPage()->training();
    if (training->isTraining())
        throw UsageError(
            tr("A run is training: save its model once it has finished.").toStdString());
    const bool saving = training->exportKeras(QString::fromStdString(action.argument("file")));
    const QString said =
        saving ? tr("Saving the model; the status bar says when it is written.") : tr("Not saved.");
    extra_.lines.push_back(verbatim(said.toStdString()));
}

bool LessonStage::reviewsReady(int numWords) const {
    const ReviewBrowser* reviews = window_->imdbPage()->reviewBrowser();
    const auto bundle = reviews->bundle();
    return !reviews->isLoading() && bundle && bundle->options.numWords == numWords;
}

// imdb.load_data(num_words): the Reviews tab loads again when its num_words differs.
void LessonStage::loadImdb(const LessonActionLine& action) {
    ReviewBrowser* reviews = window_->imdbPage()->reviewBrowser();
    const int numWords = action.wholeArgument("num_words", 500);
    window_->showPage(MainWindow::ImdbReviewsPage);
    if (reviewsReady(numWords)) return;
    if (reviews->numWordsBox()->value() != numWords)
        reviews->numWordsBox()->setValue(numWords);  // loads again, after a short debounce
    else if (!reviews->isLoading())
        throw UsageError(tr("No reviews are loaded: choose where they come from on the Reviews "
                            "tab.").toStdString());
    waiting_ = [this, numWords] { return reviewsReady(numWords); };
}

// The values, from what the pages now hold.
void LessonStage::finish() {
    const LessonStep step = *step_;
    run_->setData(data());
    ModelPanel* model = window_->transferPage()->model();
    run_->useModel(model->spec(), model->layers()->layers());
    if (const auto bundle = window_->imdbPage()->bundle())
        run_->useReviews(std::shared_ptr<const ImdbData>(bundle, &bundle->data));
    StepOutcome outcome = run_->perform(step);
    outcome.lines.insert(outcome.lines.end(), extra_.lines.begin(), extra_.lines.end());
    outcome.notPerformed = extra_.notPerformed;
    performing_ = false;
    Q_EMIT performed(outcome);
}

}  // namespace layerlab::ui
