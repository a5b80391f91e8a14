#pragma once

#include <QSpinBox>

namespace layerlab::ui {

// A spin box over [lo, hi] showing `value`.
inline QSpinBox* spinBox(QWidget* parent, int lo, int hi, int value) {
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setValue(value);
    return box;
}

}  // namespace layerlab::ui
