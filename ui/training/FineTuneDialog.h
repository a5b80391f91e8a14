#pragma once

#include <QDialog>
#include <vector>

#include "experiment/ExperimentSpec.h"

class QDoubleSpinBox;
class QLabel;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace layerlab::ui {

// "Fine-tune from this run…": the run's own backbone blocks with a checkbox each (blocks that
// already train are ticked and fixed), the backbone's last block proposed (VGG16: block5, the
// lesson's block5_conv1..3), the Keras trainable count before and after, the lower learning
// rate and how many more epochs. Only names the model has can be chosen.
class FineTuneDialog : public QDialog {
    Q_OBJECT
  public:
    // `run`: the finished run's experiment; `classes`: how many classes it learned.
    FineTuneDialog(const TransferExperimentSpec& run, int classes, QWidget* parent = nullptr);

    // The request as filled in; `from` and `runDir` are the caller's.
    FineTuneRequest request() const;

    QListView* blocksView() const { return blocksView_; }
    QLabel* trainableLabel() const { return trainable_; }
    QLabel* noteLabel() const { return note_; }

  private:
    QString fillBlocks();
    QString noteText(Backbone backbone, const QString& proposed) const;
    void updateTrainable();
    std::vector<std::string> tickedBlocks() const;

    std::vector<LayerSpec> layers_;  // the run's model, frozen as it trained
    Shape input_;
    QStandardItemModel* blocks_;
    QListView* blocksView_;
    QLabel* trainable_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* epochs_;
    QLabel* note_;
};

}  // namespace layerlab::ui
