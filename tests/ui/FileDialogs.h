#pragma once

#include <QApplication>
#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

namespace filedialogs {

// Types `file` into the file dialog that is about to open, over any name it proposes, and
// clicks its Open (or Save) button, as a user would; retried until the dialog is there.
// `file` empty: the name the dialog proposes, as it is.
inline void answerFileDialog(const QString& file = {}) {
    auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
    auto* name = dialog ? dialog->findChild<QLineEdit*>("fileNameEdit") : nullptr;
    auto* buttons = dialog ? dialog->findChild<QDialogButtonBox*>() : nullptr;
    if (!name || !buttons) {
        QTimer::singleShot(50, [file] { answerFileDialog(file); });
        return;
    }
    if (!file.isEmpty()) {
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);  // over a proposed name
        QTest::keyClicks(name, file);
    }
    if (name->completer() && name->completer()->popup()->isVisible())  // the suggestions
        QTest::keyClick(name->completer()->popup(), Qt::Key_Escape);
    QAbstractButton* accept = buttons->button(QDialogButtonBox::Open);
    if (!accept) accept = buttons->button(QDialogButtonBox::Save);
    QTest::mouseClick(accept, Qt::LeftButton);
}

}  // namespace filedialogs
