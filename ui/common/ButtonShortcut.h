#pragma once

class QAbstractButton;
class QKeySequence;

namespace layerlab::ui {

// Presses `button` on `keys` while the button is visible in the active window. A QShortcut of
// its own, because QAbstractButton::setShortcut does not survive retranslation: setText()
// replaces the shortcut with the text's mnemonic (that is how F5/F6/Shift+F5 went dead).
void addButtonShortcut(QAbstractButton* button, const QKeySequence& keys);

}  // namespace layerlab::ui
