#pragma once

class QWidget;

namespace layerlab::ui {

void showAboutDialog(QWidget* parent);

}  // namespace layerlab::ui
