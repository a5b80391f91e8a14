#include "training/FineTuneDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "experiment/ArgList.h"

namespace layerlab::ui {

FineTuneDialog::FineTuneDialog(QWidget* parent)
    : QDialog(parent),
      layers_(new QLineEdit(this)),
      learningRate_(new QDoubleSpinBox(this)),
      epochs_(new QSpinBox(this)) {
    setWindowTitle(tr("Fine-tune from this run"));
    const FineTuneRequest lesson;
    layers_->setText(QString::fromStdString(joinList(lesson.unfreeze)));
    learningRate_->setDecimals(7);
    learningRate_->setRange(1e-7, 1e-1);
    learningRate_->setValue(lesson.learningRate);
    epochs_->setRange(1, 1000);
    epochs_->setValue(lesson.epochs);
    auto* note = new QLabel(
        tr("Unfreezes the named layers or blocks (the lesson: block5_conv → block5_conv1..3) and "
           "trains on "
           "from this run's model with a lower learning rate; the curves continue with a marker."),
        this);
    note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Unfreeze"), layers_);
    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("More epochs"), epochs_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FineTuneRequest FineTuneDialog::request() const {
    FineTuneRequest request;
    request.unfreeze.clear();
    for (const QString& name : layers_->text().split(',', Qt::SkipEmptyParts))
        request.unfreeze.push_back(name.trimmed().toStdString());
    request.learningRate = learningRate_->value();
    request.epochs = epochs_->value();
    return request;
}

}  // namespace layerlab::ui
