#include "transfer/TransferPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include "augment/AugmentPreview.h"
#include "dataset/DatasetBrowser.h"
#include "layers/ModelPanel.h"
#include "training/TrainingWorkspace.h"

namespace layerlab::ui {

TransferPage::TransferPage(RecentFolders* recent, QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      browser_(new DatasetBrowser(recent, this)),
      preview_(new AugmentPreview(this)),
      model_(new ModelPanel(this)),
      training_(new TrainingWorkspace(Task::Transfer, this)) {
    tabs_->addTab(browser_, QString());
    tabs_->addTab(preview_, QString());
    tabs_->addTab(model_, QString());
    tabs_->addTab(training_, QString());
    training_->setSpecProvider([this](QString* problem) { return experimentSpec(problem); });
    connect(browser_, &DatasetBrowser::datasetLoaded, this, [this] {
        if (const DatasetSummary* d = browser_->dataset()) {
            model_->setClassCount(static_cast<int>(d->classes.size()));
            training_->panel()->setClassCount(static_cast<int>(d->classes.size()));
        }
    });
    // The window shows the training workspace's messages; the model tab's go the same way.
    connect(model_, &ModelPanel::statusMessage, training_, &TrainingWorkspace::statusMessage);
    tabs_->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    connect(browser_, &DatasetBrowser::currentImageChanged, preview_,
            &AugmentPreview::setImagePath);
    auto showAugmentation = [this] {
        training_->panel()->setAugmentation(QString::fromStdString(kerasCode(preview_->params())));
    };
    connect(preview_, &AugmentPreview::paramsChanged, this, showAugmentation);
    connect(training_->panel(), &TrainingPanel::augmentationSettingsRequested, this,
            [this] { showTab(AugmentationTab); });
    showAugmentation();
    // Said on the Training tab before Start, not only in the log once the run trains.
    auto warnOfRandomBase = [this] {
        training_->panel()->setRandomBaseWarning(model_->randomBaseReason());
    };
    connect(model_, &ModelPanel::weightsChanged, this, warnOfRandomBase);
    warnOfRandomBase();
    retranslate();
}

void TransferPage::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

bool TransferPage::isLoading() const {
    return browser_->busy() || preview_->busy();
}

std::optional<ExperimentSpec> TransferPage::experimentSpec(QString* problem) const {
    if (browser_->root().isEmpty() || !browser_->dataset()) {
        *problem = tr("Open an image folder first (File → Open, or the built-in sample).");
        return std::nullopt;
    }
    TransferExperimentSpec spec;
    spec.data = browser_->root().toStdString();
    model_->applyTo(spec);
    spec.augment = preview_->params();  // the training panel drops it when unticked
    return spec;
}

void TransferPage::retranslate() {
    tabs_->setTabText(DatasetTab, tr("Dataset"));
    tabs_->setTabText(AugmentationTab, tr("Augmentation"));
    tabs_->setTabText(ModelTab, tr("Model && freezing"));
    tabs_->setTabText(TrainingTab, tr("Training"));
}

void TransferPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
