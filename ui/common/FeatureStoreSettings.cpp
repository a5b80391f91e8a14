#include "common/FeatureStoreSettings.h"

#include <QSettings>

namespace layerlab::ui {

int featureStoreCapMB() {
    return QSettings().value("featureStore/capMB", 4096).toInt();
}

void setFeatureStoreCapMB(int megabytes) {
    QSettings().setValue("featureStore/capMB", megabytes);
}

}  // namespace layerlab::ui
