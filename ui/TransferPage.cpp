#include "TransferPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include "AugmentPreview.h"
#include "DatasetBrowser.h"

namespace layerlab::ui {

TransferPage::TransferPage(RecentFolders* recent, QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      browser_(new DatasetBrowser(recent, this)),
      preview_(new AugmentPreview(this)) {
    tabs_->addTab(browser_, QString());
    tabs_->addTab(preview_, QString());
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

void TransferPage::retranslate() {
    tabs_->setTabText(DatasetTab, tr("Dataset"));
    tabs_->setTabText(AugmentationTab, tr("Augmentation"));
}

void TransferPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
