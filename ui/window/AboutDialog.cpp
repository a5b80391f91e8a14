#include "window/AboutDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

#include "train/TorchRuntime.h"
#include "util/Version.h"

namespace layerlab::ui {

void showAboutDialog(QWidget* parent) {
    const auto torch = layerlab::torchRuntimeInfo();
    QMessageBox::about(
        parent, QCoreApplication::translate("AboutDialog", "About LayerLab"),
        QCoreApplication::translate(
            "AboutDialog",
            "<h3>LayerLab %1</h3>"
            "<p>A workbench to run, see and steer two deep-learning experiments of the "
            "lesson: transfer learning and fine-tuning of VGG16 on cats vs dogs, and an "
            "RNN sentiment classifier on IMDB reviews.</p>"
            "<p>Augmentation follows Keras's ImageDataGenerator (keras-preprocessing "
            "1.1.2) exactly, including its random draws for a given seed.</p>"
            "<p>LibTorch %2 · %3 · %4 threads<br>Qt %5</p>")
            .arg(QString::fromLatin1(kLayerLabVersion),
                 QString::fromStdString(torch.libtorchVersion),
                 QString::fromStdString(torch.device))
            .arg(torch.intraOpThreads)
            .arg(QString::fromLatin1(qVersion())));
}

}  // namespace layerlab::ui
