#include "common/Resources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initLayerLabUiResources() {
    Q_INIT_RESOURCE(layerlab);
    Q_INIT_RESOURCE(layerlab_ui_translations);
}

namespace layerlab::ui {

void initResources() {
    static const bool done = (initLayerLabUiResources(), true);
    (void)done;
}

}  // namespace layerlab::ui
