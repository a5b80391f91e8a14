#include "dataset/DatasetBrowser.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "text/FailureText.h"
#include "common/ImageProblemText.h"
#include "common/RecentFolders.h"
#include "common/ThumbnailCache.h"
#include "dataset/DatasetListModel.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SkippedFilesModel.h"

namespace layerlab::ui {
namespace {

QString localFolderIn(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) return url.toLocalFile();
    return {};
}

}  // namespace

DatasetBrowser::DatasetBrowser(RecentFolders* recent, QWidget* parent)
    : QWidget(parent),
      recent_(recent),
      thumbnails_(new ThumbnailCache(112, this)),
      previews_(new ThumbnailCache(480, this)),
      loader_(new DatasetLoader(this)),
      model_(new DatasetListModel(thumbnails_, this)),
      skippedModel_(new SkippedFilesModel(this)) {
    setAcceptDrops(true);
    buildUi();
    retranslate();
    connect(loader_, &DatasetLoader::loaded, this, &DatasetBrowser::onLoaded);
    connect(loader_, &DatasetLoader::failed, this, &DatasetBrowser::onFailed);
    connect(loader_, &DatasetLoader::sampleReady, this, [this](const QString& root) {
        openFolder(root);
        isSample_ = true;
        sampleNote_->setVisible(true);
    });
    connect(loader_, &DatasetLoader::progress, this, [this](int done, int total) {
        progress_->setVisible(done < total);
        progress_->setRange(0, total);
        progress_->setValue(done);
    });
    connect(thumbnails_, &ThumbnailCache::thumbnailFailed, skippedModel_, &SkippedFilesModel::add);
    connect(thumbnails_, &ThumbnailCache::thumbnailFailed, this, &DatasetBrowser::updateFoundLine);
    connect(previews_, &ThumbnailCache::thumbnailReady, this, &DatasetBrowser::showCurrent);
    connect(previews_, &ThumbnailCache::thumbnailFailed, this, &DatasetBrowser::showCurrent);
    connect(splitCombo_, &QComboBox::currentIndexChanged, this, &DatasetBrowser::loadSplit);
    connect(classCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        model_->setClassFilter(classCombo_->itemData(index).toInt());
        selectFirstUsable();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrent();
        Q_EMIT currentImageChanged(currentImagePath());
    });
    connect(recent_, &RecentFolders::chosen, this, &DatasetBrowser::openFolder);
}

void DatasetBrowser::buildUi() {
    // Built top to bottom, left to right: creation order is the Tab key's order.
    QHBoxLayout* source = buildSourceBar();
    QHBoxLayout* filters = buildFilterBar();
    QListView* grid = buildGrid();
    QWidget* detail = buildDetail();
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(grid);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addLayout(filters);
    layout->addWidget(sampleNote_);
    layout->addWidget(splitter, 1);
}

// Open, Recent, Sample and the folder on show.
QHBoxLayout* DatasetBrowser::buildSourceBar() {
    openButton_ = new QPushButton(this);
    openButton_->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(openButton_, &QPushButton::clicked, this, &DatasetBrowser::chooseFolder);
    recentButton_ = new QToolButton(this);
    recentButton_->setPopupMode(QToolButton::InstantPopup);
    auto* recentMenu = new QMenu(recentButton_);
    recentButton_->setMenu(recentMenu);
    connect(recentMenu, &QMenu::aboutToShow, this,
            [this, recentMenu] { recent_->populate(recentMenu); });
    sampleButton_ = new QPushButton(this);
    connect(sampleButton_, &QPushButton::clicked, this, &DatasetBrowser::openSample);
    rootLabel_ = new QLabel(this);
    rootLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rootLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* top = new QHBoxLayout;
    top->addWidget(openButton_);
    top->addWidget(recentButton_);
    top->addWidget(sampleButton_);
    top->addWidget(rootLabel_, 1);
    return top;
}

// Split and class filters, Keras's "Found …" line and the scan progress.
QHBoxLayout* DatasetBrowser::buildFilterBar() {
    splitLabel_ = new QLabel(this);
    splitCombo_ = new QComboBox(this);
    splitCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "validation" in full
    classLabel_ = new QLabel(this);
    classCombo_ = new QComboBox(this);
    classCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    foundLabel_ = new QLabel(this);
    foundLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    auto* filters = new QHBoxLayout;
    filters->addWidget(splitLabel_);
    filters->addWidget(splitCombo_);
    filters->addSpacing(12);
    filters->addWidget(classLabel_);
    filters->addWidget(classCombo_);
    filters->addSpacing(12);
    filters->addWidget(foundLabel_, 1);
    filters->addWidget(progress_);
    sampleNote_ = new QLabel(this);
    sampleNote_->setWordWrap(true);
    sampleNote_->setStyleSheet(
        "QLabel { background: #eef5ff; border: 1px solid #b8d0f0; padding: 6px; }");
    sampleNote_->setVisible(false);
    return filters;
}

// The thumbnail grid, with a hint while it is empty.
QListView* DatasetBrowser::buildGrid() {
    view_ = new QListView(this);
    view_->setViewMode(QListView::IconMode);
    view_->setResizeMode(QListView::Adjust);
    view_->setMovement(QListView::Static);
    view_->setUniformItemSizes(true);
    view_->setIconSize(QSize(112, 112));
    view_->setGridSize(QSize(132, 148));
    view_->setWordWrap(false);
    view_->setTextElideMode(Qt::ElideMiddle);
    view_->setModel(model_);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);

    emptyHint_ = new QLabel(view_);
    emptyHint_->setAlignment(Qt::AlignCenter);
    emptyHint_->setWordWrap(true);
    return view_;
}

// The selected image, its details, and the files that cannot be used.
QWidget* DatasetBrowser::buildDetail() {
    imageLabel_ = new QLabel(this);
    imageLabel_->setAlignment(Qt::AlignCenter);
    imageLabel_->setMinimumSize(240, 200);
    imageLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    detailsLabel_ = new QLabel(this);
    detailsLabel_->setWordWrap(true);
    detailsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    detailsLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    skippedTitle_ = new QLabel(this);
    skippedView_ = new QTableView(this);
    skippedView_->setModel(skippedModel_);
    skippedView_->horizontalHeader()->setStretchLastSection(true);
    skippedView_->verticalHeader()->hide();
    skippedView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    skippedView_->setWordWrap(false);
    skippedView_->setTextElideMode(Qt::ElideRight);  // reasons start with what matters

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(imageLabel_, 3);
    detailLayout->addWidget(detailsLabel_);
    detailLayout->addWidget(skippedTitle_);
    detailLayout->addWidget(skippedView_, 1);
    return detail;
}

void DatasetBrowser::retranslate() {
    openButton_->setText(tr("Open folder…"));
    openButton_->setToolTip(
        tr("Choose a dataset folder (Ctrl+O). You can also drop a folder here."));
    recentButton_->setText(tr("Recent"));
    sampleButton_->setText(tr("Built-in sample"));
    sampleButton_->setToolTip(tr("Circles vs squares, drawn by LayerLab: works offline"));
    splitLabel_->setText(tr("Split:"));
    classLabel_->setText(tr("Class:"));
    sampleNote_->setText(
        tr("<b>Built-in sample dataset.</b> These are not photographs: LayerLab drew 300 "
           "pictures of circles and squares on cluttered backgrounds (train 100 + 100, "
           "validation 50 + 50) so that everything works offline. Open the lesson's "
           "cats_and_dogs_filtered folder for real results."));
    emptyHint_->setText(
        tr("Open a dataset folder (class subfolders, or train/ and validation/),\n"
           "drop one here, or use the built-in sample."));
    Q_EMIT skippedModel_->headerDataChanged(Qt::Horizontal, 0, 1);
    if (dataset()) fillClassCombo();
    updateFoundLine();
    showCurrent();
}

void DatasetBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void DatasetBrowser::dragEnterEvent(QDragEnterEvent* event) {
    if (!localFolderIn(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DatasetBrowser::dropEvent(QDropEvent* event) {
    const QString folder = localFolderIn(event->mimeData());
    if (folder.isEmpty()) return;
    event->acceptProposedAction();
    openFolder(folder);
}

void DatasetBrowser::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open dataset folder"), root_.isEmpty() ? QDir::homePath() : root_);
    if (!folder.isEmpty()) openFolder(folder);
}

void DatasetBrowser::openSample() {
    Q_EMIT statusMessage(tr("Preparing the built-in sample dataset…"));
    loader_->prepareSample();
}

void DatasetBrowser::openFolder(const QString& root) {
    root_ = QDir::cleanPath(root);
    isSample_ = false;
    sampleNote_->setVisible(false);
    rootLabel_->setText(QDir::toNativeSeparators(root_));
    rootLabel_->setToolTip(rootLabel_->text());
    recent_->add(root_);
    splits_.clear();
    for (const auto& split : splitNames(root_.toStdString()))
        splits_ << QString::fromStdString(split);
    const QSignalBlocker blocker(splitCombo_);
    splitCombo_->clear();
    splitCombo_->addItems(splits_);
    splitCombo_->setEnabled(!splits_.isEmpty());
    if (splits_.isEmpty()) splitCombo_->addItem(QStringLiteral("—"));
    loadSplit(0);
}

void DatasetBrowser::loadSplit(int index) {
    splitFolder_ = splits_.isEmpty() ? root_ : root_ + "/" + splits_.value(index);
    thumbnails_->cancelPending();
    previews_->cancelPending();
    model_->setDataset(nullptr);
    skippedModel_->clear();
    emptyHint_->setVisible(false);
    foundLabel_->setText(tr("Scanning…"));
    loader_->load(splitFolder_);
}

void DatasetBrowser::onLoaded(const QString& folder,
                              std::shared_ptr<const DatasetSummary> dataset) {
    model_->setDataset(dataset);
    for (const auto& file : dataset->skipped)
        skippedModel_->add(QString::fromStdString(file.path.string()),
                           imageProblemText(file.problem, file.reason));
    fillClassCombo();
    updateFoundLine();
    progress_->setVisible(false);
    emptyHint_->setVisible(dataset->files.empty());
    selectFirstUsable();
    Q_EMIT statusMessage(messageText(dataset->found()));
    Q_EMIT datasetLoaded(folder);
}

void DatasetBrowser::onFailed(const QString& folder, const QString& message) {
    progress_->setVisible(false);
    foundLabel_->setText(tr("Cannot open this folder"));
    emptyHint_->setVisible(true);
    const QString text =
        folder.isEmpty() ? message : tr("%1: %2").arg(QDir::toNativeSeparators(folder), message);
    Q_EMIT statusMessage(text);
}

void DatasetBrowser::fillClassCombo() {
    const DatasetSummary* data = dataset();
    const QSignalBlocker blocker(classCombo_);
    const int filter = model_->classFilter();
    classCombo_->clear();
    classCombo_->addItem(tr("All classes (%1)").arg(data->files.size()), -1);
    for (std::size_t i = 0; i < data->classes.size(); ++i)
        classCombo_->addItem(tr("%1 · %2 (%3)")
                                 .arg(i)
                                 .arg(QString::fromStdString(data->classes[i]))
                                 .arg(data->countPerClass[i]),
                             static_cast<int>(i));
    classCombo_->setCurrentIndex(classCombo_->findData(filter));
}

void DatasetBrowser::updateFoundLine() {
    const DatasetSummary* data = dataset();
    if (!data) return;
    const int skipped = skippedModel_->rowCount();
    // Keras's own sentence, said in the user's language (the CLI prints Keras's English).
    QString text = messageText(data->found());
    if (skipped > 0) text += "  " + tr("(%n file(s) cannot be used)", nullptr, skipped);
    foundLabel_->setText(text);
    skippedTitle_->setText(tr("Skipped files: %1").arg(skipped));
    skippedView_->setVisible(skipped > 0);
}

void DatasetBrowser::selectFirstUsable() {
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QModelIndex index = model_->index(row);
        if (index.data(DatasetListModel::SkippedReasonRole).toString().isEmpty()) {
            view_->setCurrentIndex(index);
            return;
        }
    }
    showCurrent();
}

QString DatasetBrowser::currentImagePath() const {
    return view_->currentIndex().data(DatasetListModel::PathRole).toString();
}

const DatasetSummary* DatasetBrowser::dataset() const {
    return model_->dataset();
}

bool DatasetBrowser::busy() const {
    return loader_->busy() || thumbnails_->busy() || previews_->busy();
}

bool DatasetBrowser::loading() const {
    return loader_->busy();
}

void DatasetBrowser::showCurrent() {
    const QModelIndex index = view_->currentIndex();
    if (!index.isValid()) {
        imageLabel_->clear();
        detailsLabel_->clear();
        return;
    }
    const QString path = index.data(DatasetListModel::PathRole).toString();
    const QString reason = index.data(DatasetListModel::SkippedReasonRole).toString();
    const QImage image = reason.isEmpty() ? previews_->thumbnail(path) : QImage();
    if (!image.isNull()) {
        imageLabel_->setPixmap(QPixmap::fromImage(image).scaled(
            imageLabel_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        imageLabel_->setText(reason.isEmpty() ? tr("Loading…") : tr("Cannot show this file"));
    }
    const QSize size = previews_->sourceSize(path);
    QStringList lines;
    // A break point after every separator, so a long path wraps instead of widening the window.
    lines << tr("<b>File:</b> %1")
                 .arg(QDir::toNativeSeparators(path).toHtmlEscaped().replace(
                     QDir::separator(), QString(QDir::separator()) + QChar(0x200B)));
    if (size.isValid() && !size.isEmpty())
        lines << tr("<b>Size:</b> %1 × %2 px").arg(size.width()).arg(size.height());
    lines << tr("<b>Class:</b> %1 (label %2)")
                 .arg(index.data(DatasetListModel::ClassNameRole).toString().toHtmlEscaped())
                 .arg(index.data(DatasetListModel::LabelRole).toInt());
    if (!reason.isEmpty()) lines << tr("<b>Skipped:</b> %1").arg(reason.toHtmlEscaped());
    detailsLabel_->setText(lines.join("<br>"));
}

}  // namespace layerlab::ui
