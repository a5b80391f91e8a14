#pragma once

#include <cstdint>

namespace layerlab::ui {

// The feature store's size cap the user chose (File ▸ Prepare features…), in MB; remembered.
int featureStoreCapMB();
void setFeatureStoreCapMB(int megabytes);
inline std::uintmax_t featureStoreCapBytes() {
    return static_cast<std::uintmax_t>(featureStoreCapMB()) << 20;
}

}  // namespace layerlab::ui
