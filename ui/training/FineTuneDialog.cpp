#include "training/FineTuneDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QSpinBox>
#include <QStandardItemModel>

#include "model/Summary.h"

namespace layerlab::ui {
namespace {

enum Role { BlockRole = Qt::UserRole + 1 };

QString backboneName(Backbone backbone) {
    return backbone == Backbone::Vgg16 ? QStringLiteral("VGG16") : QStringLiteral("MobileNetV2");
}

}  // namespace

FineTuneDialog::FineTuneDialog(const TransferExperimentSpec& run, int classes, QWidget* parent)
    : QDialog(parent),
      layers_(run.frozenLayers(classes)),
      input_{run.model.inputSize, run.model.inputSize, 3},
      blocks_(new QStandardItemModel(this)),
      blocksView_(new QListView(this)),
      trainable_(new QLabel(this)),
      learningRate_(new QDoubleSpinBox(this)),
      epochs_(new QSpinBox(this)),
      note_(new QLabel(this)) {
    setWindowTitle(tr("Fine-tune from this run"));
    setMinimumWidth(480);  // the title and the note in full
    const FineTuneRequest lesson;
    learningRate_->setDecimals(7);
    learningRate_->setRange(1e-7, 1e-1);
    learningRate_->setValue(lesson.learningRate);
    epochs_->setRange(1, 1000);
    epochs_->setValue(lesson.epochs);
    blocksView_->setModel(blocks_);
    blocksView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    note_->setText(noteText(run.model.backbone, fillBlocks()));
    note_->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note_);
    form->addRow(tr("Unfreeze"), blocksView_);
    form->addRow(QString(), trainable_);
    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("More epochs"), epochs_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(blocks_, &QStandardItemModel::itemChanged, this, &FineTuneDialog::updateTrainable);
    updateTrainable();
}

// The lesson's words for VGG16; any other backbone's own blocks (MobileNetV2 has no block5).
QString FineTuneDialog::noteText(Backbone backbone, const QString& proposed) const {
    const QString which =
        backbone == Backbone::Vgg16
            ? tr("Tick the blocks to unfreeze (the lesson: block5, its three convolutions).")
        : proposed.isEmpty()
            ? tr("Every block of %1 trains already.").arg(backboneName(backbone))
            : tr("Tick the blocks of %1 to unfreeze (proposed: %2, its last frozen block).")
                  .arg(backboneName(backbone), proposed);
    return which + QLatin1Char(' ') +
           tr("Training goes on from this run's model with a lower learning rate; the curves "
              "continue with a marker.");
}

// One row per backbone block; those that train already are ticked and cannot be unticked.
// Returns the block proposed (ticked): the backbone's last frozen one, if any.
QString FineTuneDialog::fillBlocks() {
    QStandardItem* last = nullptr;
    for (const std::string& block : backboneBlocks(layers_)) {
        bool trains = true;
        for (const auto& layer : layers_)
            if (layer.block == block && !layer.trainable) trains = false;
        auto* item = new QStandardItem(QString::fromStdString(block));
        item->setData(QString::fromStdString(block), BlockRole);
        item->setCheckable(true);
        item->setCheckState(trains ? Qt::Checked : Qt::Unchecked);
        item->setEnabled(!trains);
        blocks_->appendRow(item);
        if (!trains) last = item;
    }
    if (!last) return {};
    last->setCheckState(Qt::Checked);
    blocksView_->scrollTo(last->index());
    return last->text();
}

std::vector<std::string> FineTuneDialog::tickedBlocks() const {
    std::vector<std::string> names;
    for (int row = 0; row < blocks_->rowCount(); ++row) {
        const QStandardItem* item = blocks_->item(row);
        if (item->isEnabled() && item->checkState() == Qt::Checked)
            names.push_back(item->data(BlockRole).toString().toStdString());
    }
    return names;
}

void FineTuneDialog::updateTrainable() {
    const auto trainable = [this](const std::vector<LayerSpec>& layers) {
        return paramTotals(layers, inferLayers(layers, input_)).trainable;
    };
    std::vector<LayerSpec> tuned = layers_;
    for (const auto& block : tickedBlocks()) setTrainable(tuned, block, true);
    trainable_->setText(tr("Trainable params: %1 → %2")
                            .arg(QString::fromStdString(withThousands(trainable(layers_))),
                                 QString::fromStdString(withThousands(trainable(tuned)))));
}

FineTuneRequest FineTuneDialog::request() const {
    FineTuneRequest request;
    request.unfreeze = tickedBlocks();
    request.learningRate = learningRate_->value();
    request.epochs = epochs_->value();
    return request;
}

}  // namespace layerlab::ui
