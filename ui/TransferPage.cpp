#include "TransferPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include "AugmentPreview.h"
#include "DatasetBrowser.h"
#include "ModelPanel.h"
#include "TrainingWorkspace.h"
#include "experiment/AugmentOptions.h"

namespace layerlab::ui {

TransferPage::TransferPage(RecentFolders* recent, QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      browser_(new DatasetBrowser(recent, this)),
      preview_(new AugmentPreview(this)),
      model_(new ModelPanel(this)),
      training_(new TrainingWorkspace(TrainingPanel::Task::Transfer, this)) {
    tabs_->addTab(browser_, QString());
    tabs_->addTab(preview_, QString());
    tabs_->addTab(model_, QString());
    tabs_->addTab(training_, QString());
    training_->setArgsProvider([this](QString* problem) { return trainArgs(problem); });
    connect(browser_, &DatasetBrowser::datasetLoaded, this, [this] {
        if (const DatasetSummary* d = browser_->dataset())
            model_->setClassCount(static_cast<int>(d->classes.size()));
    });
    tabs_->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    connect(browser_, &DatasetBrowser::currentImageChanged, preview_,
            &AugmentPreview::setImagePath);
    retranslate();
}

void TransferPage::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

bool TransferPage::busy() const {
    return browser_->busy() || preview_->busy();
}

std::vector<std::string> TransferPage::trainArgs(QString* problem) const {
    if (browser_->root().isEmpty() || !browser_->dataset()) {
        *problem = tr("Open an image folder first (File → Open, or the built-in sample).");
        return {};
    }
    std::vector<std::string> args = {"--task", "transfer", "--data",
                                     browser_->root().toStdString()};
    const auto model = model_->modelArgs();
    args.insert(args.end(), model.begin(), model.end());
    if (training_->panel()->augmentationEnabled()) {
        const auto augment = augmentOptionArgs(preview_->params());
        args.insert(args.end(), augment.begin(), augment.end());
    }
    return args;
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
