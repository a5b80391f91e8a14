#pragma once

namespace layerlab::ui {

// Registers the resources compiled into this static library (translations, icons). The
// linker drops unreferenced resource objects from static libraries, so this must be called
// before any ":/" path is used; it is idempotent.
void initResources();

}  // namespace layerlab::ui
