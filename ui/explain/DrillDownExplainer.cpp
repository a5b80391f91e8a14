#include "explain/DrillDownExplainer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>

#include "explain/ExplainDialog.h"
#include "explain/GradCamListModel.h"
#include "explain/RunExplainer.h"

namespace layerlab::ui {

DrillDownExplainer::DrillDownExplainer(QListView* view, QWidget* parent)
    : QWidget(parent),
      view_(view),
      plain_(view->model()),
      maps_(new GradCamListModel(96, this)),
      toggle_(new QPushButton(this)),
      explain_(new QPushButton(this)) {
    toggle_->setCheckable(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle_);
    layout->addWidget(explain_);
    layout->addStretch(1);
    connect(toggle_, &QPushButton::toggled, this, &DrillDownExplainer::showMaps);
    connect(explain_, &QPushButton::clicked, this,
            [this] { openDialog(std::max(0, view_->currentIndex().row())); });
    connect(view_, &QListView::activated, this,
            [this](const QModelIndex& index) { openDialog(index.row()); });
    retranslate();
    setEnabled(false);
}

DrillDownExplainer::~DrillDownExplainer() = default;

void DrillDownExplainer::setRun(const QString& runDir) {
    run_ = runDir;
    explainer_.reset();
    setEnabled(!run_.isEmpty());
}

void DrillDownExplainer::setSamples(QStringList files, QStringList captions) {
    files_ = std::move(files);
    captions_ = std::move(captions);
    explain_->setEnabled(!files_.isEmpty());
    if (toggle_->isChecked()) showMaps(true);
}

void DrillDownExplainer::showMaps(bool on) {
    if (!on || run_.isEmpty()) {
        view_->setModel(plain_);
        return;
    }
    if (!explainer_) explainer_ = std::make_shared<RunExplainer>(run_);
    maps_->setSamples(explainer_, files_, captions_);
    view_->setModel(maps_);
}

void DrillDownExplainer::openDialog(int row) {
    if (run_.isEmpty() || files_.isEmpty()) return;
    auto* dialog = new ExplainDialog(run_, files_, row, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DrillDownExplainer::retranslate() {
    toggle_->setText(tr("&Grad-CAM"));
    toggle_->setToolTip(tr("Lay over each image where the model looked to choose its class"));
    explain_->setText(tr("&Explain…"));
    explain_->setToolTip(
        tr("Grad-CAM for any class and layer, every channel of a layer, filter patterns"));
}

void DrillDownExplainer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
