#include "common/FeatureStoreSettings.h"

#include <QSettings>

#include "util/LessonDefaults.h"

namespace layerlab::ui {

int featureStoreCapMB() {
    return QSettings()
        .value("featureStore/capMB", defaults::feature_store::kCapMB)
        .toInt();
}

void setFeatureStoreCapMB(int megabytes) {
    QSettings().setValue("featureStore/capMB", megabytes);
}

}  // namespace layerlab::ui
