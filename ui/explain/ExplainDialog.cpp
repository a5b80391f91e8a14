#include "explain/ExplainDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "common/Duration.h"
#include "common/ImageConversion.h"
#include "data/Heatmap.h"

namespace layerlab::ui {
namespace {

constexpr int kActivationTile = 64;

QScrollArea* scrolling(QLabel* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    content->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setWidget(content);
    area->setWidgetResizable(true);
    return area;
}

// Fills a layer choice, keeping the user's pick when the new list has it.
void fillLayers(QComboBox* box, const QStringList& layers, const QString& preferred) {
    const QSignalBlocker block(box);
    box->clear();
    box->addItems(layers);
    box->setCurrentIndex(std::max(0, static_cast<int>(layers.indexOf(preferred))));
}

void appendFileNames(const QStringList& paths, QStringList* names) {
    for (const QString& path : paths) *names << QFileInfo(path).fileName();
}

// As many tiles per row as the scroll area shows without scrolling sideways.
int columnsFor(const QLabel* content, int tile) {
    const QWidget* viewport = content->parentWidget();
    const int width = viewport ? viewport->width() : 600;
    return std::max(1, (width - 4) / (tile + 2));
}

}  // namespace

ExplainDialog::ExplainDialog(const QString& runDir, const QStringList& images, int current,
                             QWidget* parent)
    : QDialog(parent),
      explainer_(std::make_unique<RunExplainer>(runDir)),
      images_(images),
      imageNames_(new QStringListModel(this)),
      imageList_(new QListView(this)),
      addImages_(new QPushButton(this)),
      tabs_(new QTabWidget(this)),
      gradCamLayer_(new QComboBox(this)),
      class_(new QComboBox(this)),
      showMap_(new QCheckBox(this)),
      gradCamImage_(new QLabel(this)),
      scale_(new QLabel(this)),
      scaleLow_(new QLabel(this)),
      scaleHigh_(new QLabel(this)),
      gradCamCaption_(new QLabel(this)),
      activationsLayer_(new QComboBox(this)),
      activationsCaption_(new QLabel(this)),
      activationsImage_(new QLabel),
      filtersLayer_(new QComboBox(this)),
      filterCount_(new QSpinBox(this)),
      compute_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      filterProgress_(new QProgressBar(this)),
      filtersCaption_(new QLabel(this)),
      filtersImage_(new QLabel) {
    QStringList names;
    appendFileNames(images_, &names);
    imageNames_->setStringList(names);
    imageList_->setModel(imageNames_);
    imageList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    imageList_->setCurrentIndex(imageNames_->index(std::clamp(current, 0, int(names.size()) - 1)));
    auto* left = new QVBoxLayout;
    left->addWidget(imageList_, 1);
    left->addWidget(addImages_);
    tabs_->addTab(buildGradCamTab(), QString());
    tabs_->addTab(buildActivationsTab(), QString());
    tabs_->addTab(buildFiltersTab(), QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(tabs_, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connectSignals();
    retranslate();
    resize(1000, 700);
    loadWatcher_.setFuture(explainer_->load());
}

void ExplainDialog::connectSignals() {
    for (QComboBox* box : {gradCamLayer_, class_, activationsLayer_})
        connect(box, &QComboBox::currentIndexChanged, this, &ExplainDialog::refresh);
    connect(imageList_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExplainDialog::refresh);
    connect(tabs_, &QTabWidget::currentChanged, this, &ExplainDialog::refresh);
    connect(showMap_, &QCheckBox::toggled, this, &ExplainDialog::showGradCam);
    connect(addImages_, &QPushButton::clicked, this, &ExplainDialog::addImages);
    connect(&gradCamWatcher_, &QFutureWatcher<RunExplainer::Map>::finished, this, [this] {
        map_ = gradCamWatcher_.result();
        showGradCam();
        if (std::exchange(pending_, false)) refresh();
    });
    connect(&activationsWatcher_, &QFutureWatcher<RunExplainer::Grid>::finished, this, [this] {
        const auto grid = activationsWatcher_.result();
        activationsCaption_->setText(grid.error.isEmpty() ? grid.caption : grid.error);
        activationsImage_->setPixmap(QPixmap::fromImage(grid.image));
        if (std::exchange(pending_, false)) refresh();
    });
    connect(&loadWatcher_, &QFutureWatcher<RunExplainer::Model>::finished, this,
            &ExplainDialog::onModelLoaded);
}

ExplainDialog::~ExplainDialog() {
    if (progress_) progress_->cancel.cancel();
    // The explainer waits for the task in progress; a cancelled ascent ends within one step.
}

bool ExplainDialog::busy() const {
    return loadWatcher_.isRunning() || gradCamWatcher_.isRunning() ||
           activationsWatcher_.isRunning() || filtersWatcher_.isRunning();
}

QWidget* ExplainDialog::buildGradCamTab() {
    auto* page = new QWidget(this);
    auto* choices = new QHBoxLayout;
    choices->addWidget(gradCamLayer_, 1);
    choices->addWidget(class_, 1);
    choices->addWidget(showMap_);
    showMap_->setChecked(true);
    gradCamImage_->setAlignment(Qt::AlignCenter);
    gradCamImage_->setMinimumSize(224, 224);
    gradCamImage_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    scale_->setPixmap(QPixmap::fromImage(toQImage(colourScale(12, 240))));
    auto* legend = new QHBoxLayout;
    legend->addStretch(1);
    legend->addWidget(scaleLow_);
    legend->addWidget(scale_);
    legend->addWidget(scaleHigh_);
    legend->addStretch(1);
    gradCamCaption_->setWordWrap(true);
    gradCamCaption_->setAlignment(Qt::AlignCenter);
    QFont big = gradCamCaption_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    gradCamCaption_->setFont(big);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(choices);
    layout->addWidget(gradCamImage_, 1);
    layout->addLayout(legend);
    layout->addWidget(gradCamCaption_);
    return page;
}

QWidget* ExplainDialog::buildActivationsTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(activationsLayer_);
    layout->addWidget(activationsCaption_);
    layout->addWidget(scrolling(activationsImage_, page), 1);
    return page;
}

QWidget* ExplainDialog::buildFiltersTab() {
    auto* page = new QWidget(this);
    filterCount_->setRange(8, 64);
    filterCount_->setSingleStep(8);
    filterCount_->setValue(QSettings().value("explain/filterCount", 16).toInt());
    cancel_->setEnabled(false);
    filterProgress_->setVisible(false);
    auto* choices = new QHBoxLayout;
    choices->addWidget(filtersLayer_, 1);
    choices->addWidget(filterCount_);
    choices->addWidget(compute_);
    choices->addWidget(cancel_);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(choices);
    layout->addWidget(filterProgress_);
    layout->addWidget(filtersCaption_);
    layout->addWidget(scrolling(filtersImage_, page), 1);
    connect(compute_, &QPushButton::clicked, this, &ExplainDialog::startFilters);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (progress_) progress_->cancel.cancel();
    });
    connect(&filtersWatcher_, &QFutureWatcher<RunExplainer::Grid>::finished, this,
            &ExplainDialog::showFilters);
    connect(&progressTimer_, &QTimer::timeout, this, &ExplainDialog::showFilterProgress);
    return page;
}

void ExplainDialog::onModelLoaded() {
    model_ = loadWatcher_.result();
    if (!model_.error.isEmpty()) {
        gradCamCaption_->setText(model_.error);
        return;
    }
    for (QComboBox* box : {gradCamLayer_, activationsLayer_, filtersLayer_})
        fillLayers(box, model_.spatialLayers, model_.defaultLayer);
    // Activations start where the book starts: an early layer, where maps still look like
    // the picture.
    fillLayers(activationsLayer_, model_.spatialLayers, model_.spatialLayers.value(0));
    // Filters a third of the way in: past the edge detectors, before the abstract ones
    // (block3_conv1 for VGG16).
    fillLayers(filtersLayer_, model_.spatialLayers,
               model_.spatialLayers.value(static_cast<int>(model_.spatialLayers.size()) / 3));
    retranslate();  // the class choice names the run's classes
    refresh();
}

QString ExplainDialog::currentImage() const {
    return images_.value(imageList_->currentIndex().row());
}

void ExplainDialog::refresh() {
    if (!model_.error.isEmpty() || model_.spatialLayers.isEmpty()) return;
    const QString image = currentImage();
    if (image.isEmpty() && tabs_->currentIndex() != FiltersTab) {
        const QString hint = tr("Add an image (Add images…) to see what the model makes of it.");
        gradCamCaption_->setText(hint);
        activationsCaption_->setText(hint);
        return;
    }
    if (tabs_->currentIndex() == GradCamTab && !image.isEmpty()) {
        if (gradCamWatcher_.isRunning()) {
            pending_ = true;
            return;
        }
        const int choice = class_->currentIndex();  // 0: the predicted class
        gradCamWatcher_.setFuture(
            explainer_->gradCam(image, gradCamLayer_->currentText(),
                                choice > 0 ? std::optional<int>(choice - 1) : std::nullopt));
    } else if (tabs_->currentIndex() == ActivationsTab && !image.isEmpty()) {
        if (activationsWatcher_.isRunning()) {
            pending_ = true;
            return;
        }
        activationsWatcher_.setFuture(
            explainer_->activations(image, activationsLayer_->currentText(), kActivationTile,
                                    columnsFor(activationsImage_, kActivationTile)));
    }
}

void ExplainDialog::showGradCam() {
    for (QLabel* legend : {scale_, scaleLow_, scaleHigh_})
        legend->setVisible(map_.error.isEmpty() && showMap_->isChecked());
    if (!map_.error.isEmpty()) {
        gradCamCaption_->setText(map_.error);
        gradCamImage_->clear();
        return;
    }
    const QImage& shown = showMap_->isChecked() ? map_.overlay : map_.input;
    if (shown.isNull()) return;
    gradCamImage_->setPixmap(QPixmap::fromImage(shown).scaled(
        gradCamImage_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    const QString name = model_.classes.value(map_.targetClass);
    QString caption = tr("%1: %2% · the map is %3×%4 at %5")
                          .arg(name)
                          .arg(100.0 * map_.probability, 0, 'f', 1)
                          .arg(map_.mapHeight)
                          .arg(map_.mapWidth)
                          .arg(gradCamLayer_->currentText());
    if (map_.peak <= 0)
        caption += "\n" + tr("Nothing in the picture speaks for %1: the map is zero.").arg(name);
    gradCamCaption_->setText(caption);
}

void ExplainDialog::startFilters() {
    if (filtersWatcher_.isRunning() || filtersLayer_->currentText().isEmpty()) return;
    FilterGridRequest request;
    request.layer = filtersLayer_->currentText().toStdString();
    request.count = filterCount_->value();
    QSettings().setValue("explain/filterCount", request.count);
    request.columns = columnsFor(filtersImage_, request.options.size);
    progress_ = std::make_shared<RunExplainer::Progress>();
    filterClock_.start();
    filterProgress_->setVisible(true);
    filterProgress_->setValue(0);
    compute_->setEnabled(false);
    cancel_->setEnabled(true);
    filtersCaption_->setText(tr("Gradient ascent from grey noise…"));
    filtersWatcher_.setFuture(explainer_->filters(request, progress_));
    progressTimer_.start(100);
}

void ExplainDialog::showFilterProgress() {
    const int done = progress_->done, total = progress_->total;
    if (total <= 0) return;
    filterProgress_->setRange(0, total);
    filterProgress_->setValue(done);
    const double seconds = filterClock_.elapsed() / 1000.0;
    if (done > 0)
        filtersCaption_->setText(tr("Gradient ascent, 8 filters at a time: step %1 of %2 · "
                                    "about %3 left")
                                     .arg(done)
                                     .arg(total)
                                     .arg(formatDuration(seconds / done * (total - done))));
}

void ExplainDialog::showFilters() {
    progressTimer_.stop();
    filterProgress_->setVisible(false);
    compute_->setEnabled(true);
    cancel_->setEnabled(false);
    const auto grid = filtersWatcher_.result();
    if (grid.cancelled) {
        filtersCaption_->setText(tr("Cancelled."));
        return;
    }
    filtersCaption_->setText(
        grid.error.isEmpty()
            ? tr("%1 in %2").arg(grid.caption, formatDuration(filterClock_.elapsed() / 1000.0))
            : grid.error);
    filtersImage_->setPixmap(QPixmap::fromImage(grid.image));
}

void ExplainDialog::addImages() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add images"), QSettings().value("photo/lastFolder").toString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)"));
    if (files.isEmpty()) return;
    images_ << files;
    QStringList names = imageNames_->stringList();
    appendFileNames(files, &names);
    imageNames_->setStringList(names);
    imageList_->setCurrentIndex(imageNames_->index(int(images_.size() - files.size())));
}

void ExplainDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    showGradCam();
}

void ExplainDialog::retranslate() {
    setWindowTitle(tr("What the model learned"));
    tabs_->setTabText(GradCamTab, tr("&Grad-CAM"));
    tabs_->setTabText(ActivationsTab, tr("&Activations"));
    tabs_->setTabText(FiltersTab, tr("&Filter patterns"));
    addImages_->setText(tr("Add images…"));
    showMap_->setText(tr("Show &map"));
    scaleLow_->setText(tr("low"));
    scaleHigh_->setText(tr("high"));
    compute_->setText(tr("&Compute"));
    cancel_->setText(tr("Cancel"));
    filterCount_->setSuffix(tr(" filters"));
    if (filtersImage_->pixmap().isNull() && !filtersWatcher_.isRunning())
        filtersCaption_->setText(
            tr("Compute draws, for each filter, the input it responds to "
               "most: 40 steps of gradient ascent from grey noise."));
    gradCamLayer_->setToolTip(tr("The layer whose feature maps Grad-CAM weighs"));
    const QSignalBlocker block(class_);
    const int chosen = std::max(0, class_->currentIndex());
    class_->clear();
    class_->addItem(tr("Predicted class"));
    for (const QString& name : model_.classes) class_->addItem(tr("Class: %1").arg(name));
    class_->setCurrentIndex(std::min(chosen, class_->count() - 1));
    class_->setToolTip(tr("Whose evidence the map shows: the predicted class, or another"));
}

void ExplainDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace layerlab::ui
