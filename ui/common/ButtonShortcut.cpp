#include "common/ButtonShortcut.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QShortcut>

namespace layerlab::ui {

void addButtonShortcut(QAbstractButton* button, const QKeySequence& keys) {
    auto* shortcut = new QShortcut(keys, button);
    QObject::connect(shortcut, &QShortcut::activated, button, &QAbstractButton::click);
}

}  // namespace layerlab::ui
