#include "training/ConfusionPanel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <filesystem>
#include <memory>

#include "common/ThumbnailCache.h"
#include "dataset/DatasetListModel.h"
#include "explain/DrillDownExplainer.h"
#include "training/ConfusionMatrixModel.h"

namespace layerlab::ui {

// The drill-down's captions: each image's file name and the probability of the predicted class.
class CaptionedSamples : public QIdentityProxyModel {
  public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setProbabilities(std::vector<double> probabilities) {
        probabilities_ = std::move(probabilities);
        if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    }
    QVariant data(const QModelIndex& index, int role) const override {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole || std::size_t(index.row()) >= probabilities_.size())
            return value;
        return QStringLiteral("%1\np = %2")
            .arg(value.toString())
            .arg(probabilities_[std::size_t(index.row())], 0, 'f', 2);
    }

  private:
    std::vector<double> probabilities_;
};

namespace {

constexpr int kThumbnailSize = 96;

}  // namespace

ConfusionPanel::ConfusionPanel(Task task, QWidget* parent)
    : QWidget(parent),
      task_(task),
      matrix_(new ConfusionMatrixModel(this)),
      thumbnails_(new ThumbnailCache(kThumbnailSize, this)),
      cellImages_(new DatasetListModel(thumbnails_, this)),
      cellItems_(new QStringListModel(this)),
      caption_(new QLabel(this)),
      matrixView_(new QTableView(this)),
      cellView_(new QListView(this)) {
    matrixView_->setModel(matrix_);
    matrixView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView_->setSelectionMode(QAbstractItemView::SingleSelection);
    matrixView_->setMinimumWidth(260);
    setUpCellView();
    auto* left = new QVBoxLayout;
    caption_->setWordWrap(true);
    left->addWidget(caption_);
    left->addWidget(matrixView_, 1);
    auto* cells = new QVBoxLayout;
    if (task_ == Task::Transfer) {
        drillDown_ = new DrillDownExplainer(cellView_, this);
        cells->addWidget(drillDown_);
    }
    cells->addWidget(cellView_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(cells, 3);
    connect(matrixView_, &QTableView::clicked, this,
            [this](const QModelIndex& index) { showCell(index.row(), index.column()); });
    retranslate();
}

void ConfusionPanel::setUpCellView() {
    const bool images = task_ == Task::Transfer;
    cellView_->setViewMode(images ? QListView::IconMode : QListView::ListMode);
    cellView_->setResizeMode(QListView::Adjust);
    cellView_->setMovement(QListView::Static);
    // A thumbnail is as tall as its photo is: one item's size (the first's, a landscape photo)
    // for all put the names of taller ones under the next row. Reviews are all one line.
    cellView_->setUniformItemSizes(!images);
    cellView_->setTextElideMode(Qt::ElideMiddle);  // "cat.…2037.jpg": the number stays
    updateCellGrid();
    cellView_->setEditTriggers(QAbstractItemView::NoEditTriggers);  // samples, not names to edit
    if (images) {
        captions_ = new CaptionedSamples(this);
        captions_->setSourceModel(cellImages_);
    }
    cellView_->setModel(images ? static_cast<QAbstractItemModel*>(captions_)
                               : static_cast<QAbstractItemModel*>(cellItems_));
}

void ConfusionPanel::setRun(const QString& path) {
    if (drillDown_) drillDown_->setRun(path);
}

void ConfusionPanel::showPredictions(const QString& runName, const QStringList& classes,
                                     const std::vector<RunDirectory::Prediction>& predictions) {
    matrix_->setPredictions(classes, predictions);
    caption_->setText(predictions.empty()
                          ? tr("No validation predictions in this run yet.")
                          : tr("%1: validation accuracy %2 on %3 samples (last epoch). Click "
                               "a cell to see its samples.")
                                .arg(runName)
                                .arg(matrix_->accuracy(), 0, 'f', 4)
                                .arg(predictions.size()));
    const QModelIndex worst = matrix_->worstMistake();
    if (worst.isValid()) {
        matrixView_->setCurrentIndex(worst);
        showCell(worst.row(), worst.column());
    } else {
        showCell(-1, -1);
    }
}

void ConfusionPanel::clearPredictions() {
    matrix_->setPredictions({}, {});
}

void ConfusionPanel::showCell(int row, int column) {
    const auto samples = matrix_->samples(row, column);
    if (task_ == Task::Transfer)
        showImages(samples);
    else
        showReviews(samples);
}

void ConfusionPanel::showImages(const std::vector<RunDirectory::Prediction>& samples) {
    auto summary = std::make_shared<DatasetSummary>();
    for (const QString& name : matrix_->classes()) summary->classes.push_back(name.toStdString());
    std::vector<double> probabilities;
    QStringList files, captions;
    for (const auto& s : samples) {
        summary->files.push_back({std::filesystem::path(s.item), s.label});
        probabilities.push_back(s.probability);
        files << QString::fromStdString(s.item);
        captions << QStringLiteral("%1\np = %2")
                        .arg(QFileInfo(files.back()).fileName())
                        .arg(s.probability, 0, 'f', 2);
    }
    cellImages_->setDataset(summary);
    drillDown_->setSamples(files, captions);
    captions_->setProbabilities(std::move(probabilities));
}

void ConfusionPanel::showReviews(const std::vector<RunDirectory::Prediction>& samples) {
    // The sigmoid's output, as the model gives it: P(positive), whatever it predicted.
    QStringList items;
    for (const auto& s : samples) {
        QString item = tr("%1 · P(positive) = %2")
                           .arg(QString::fromStdString(s.item))
                           .arg(s.predicted == 1 ? s.probability : 1 - s.probability, 0, 'f', 2);
        if (describer_) {
            const QString words = describer_(s.item);
            if (!words.isEmpty()) item += QStringLiteral(" · “%1…”").arg(words);
        }
        items << item;
    }
    cellItems_->setStringList(items);
}

void ConfusionPanel::retranslate() {
    if (caption_->text().isEmpty())
        caption_->setText(tr("No validation predictions in this run yet."));
}

void ConfusionPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) updateCellGrid();
    QWidget::changeEvent(event);
}

// A validation image's place: room for the largest thumbnail, and its file name and
// probability under it, at the font's size (presentation mode).
void ConfusionPanel::updateCellGrid() {
    if (task_ != Task::Transfer) return;
    const QFontMetrics metrics(cellView_->font());
    const int width =
        std::max(kThumbnailSize, metrics.horizontalAdvance(QStringLiteral("cat.2000.jpg")));
    cellView_->setGridSize(QSize(width + 16, kThumbnailSize + 2 * metrics.lineSpacing() + 16));
}

}  // namespace layerlab::ui
