#include "training/EpochBanner.h"

#include <QApplication>
#include <algorithm>
#include <cmath>

namespace layerlab::ui {

EpochBanner::EpochBanner(QWidget* parent) : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setVisible(false);
}

void EpochBanner::showBatch(const BatchMetrics& m, int epochs) {
    showNumbers(false, m.epoch, epochs, m.loss, m.accuracy);
}

void EpochBanner::showEpoch(const EpochMetrics* m, int epochs) {
    if (!m) {
        clear();
        return;
    }
    const bool validated = std::isfinite(m->valAccuracy);
    showNumbers(validated, m->epoch, epochs, validated ? m->valLoss : m->loss,
                validated ? m->valAccuracy : m->accuracy);
}

void EpochBanner::showNumbers(bool validation, int epoch, int epochs, double loss,
                              double accuracy) {
    setText((validation ? tr("epoch %1/%2 · val_loss %3 · val_acc %4")
                        : tr("epoch %1/%2 · loss %3 · acc %4"))
                .arg(epoch)
                .arg(std::max(epochs, epoch))
                .arg(loss, 0, 'f', 3)
                .arg(accuracy, 0, 'f', 3));
}

void EpochBanner::setPresentation(bool enabled) {
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    setFont(big);
    setVisible(enabled);
}

}  // namespace layerlab::ui
