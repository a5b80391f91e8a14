#pragma once

#include <QDialog>

#include "experiment/ExperimentSpec.h"

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace layerlab::ui {

// "Fine-tune from this run…": which layers or blocks to unfreeze, the lower learning rate and
// how many more epochs; the lesson's values (FineTuneRequest's) to begin with.
class FineTuneDialog : public QDialog {
    Q_OBJECT
  public:
    explicit FineTuneDialog(QWidget* parent = nullptr);

    // The request as filled in; `from` and `runDir` are the caller's.
    FineTuneRequest request() const;

    QLineEdit* layersEdit() const { return layers_; }
    QDoubleSpinBox* learningRateBox() const { return learningRate_; }
    QSpinBox* epochsBox() const { return epochs_; }

  private:
    QLineEdit* layers_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* epochs_;
};

}  // namespace layerlab::ui
