#pragma once

#include <QLabel>

#include "train/FitConfig.h"

namespace layerlab::ui {

// Presentation mode's line above the charts, in large type: "epoch 3/30 · val_loss 0.412 ·
// val_acc 0.830" after an epoch, the running loss and accuracy during one. Hidden otherwise.
class EpochBanner : public QLabel {
    Q_OBJECT
  public:
    explicit EpochBanner(QWidget* parent = nullptr);

    // `epochs`: what the run was started for (a reopened run stopped early says "1/3").
    void showBatch(const BatchMetrics& metrics, int epochs);
    // Its validation results when it has them; none clears the line.
    void showEpoch(const EpochMetrics* metrics, int epochs);
    void setPresentation(bool enabled);

  private:
    void showNumbers(bool validation, int epoch, int epochs, double loss, double accuracy);
};

}  // namespace layerlab::ui
