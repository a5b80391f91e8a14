#pragma once

#include <QComboBox>
#include <QString>
#include <QVariant>

#include "util/EnumNames.h"

namespace layerlab::ui {

// Combo boxes over a core enum: each item carries its value in itemData, so code reads the
// value, never a row number, and settings store the value's name ("rmsprop"), which survives
// reordered or added items.

template <typename Enum, std::size_t N>
void fillEnumCombo(QComboBox* box, const EnumNameTable<Enum, N>& table) {
    for (const auto& [value, name] : table)
        box->addItem(QString::fromUtf8(name), QVariant(static_cast<int>(value)));
}

template <typename Enum>
Enum comboValue(const QComboBox* box) {
    return static_cast<Enum>(box->currentData().toInt());
}

template <typename Enum>
void setComboValue(QComboBox* box, Enum value) {
    const int index = box->findData(QVariant(static_cast<int>(value)));
    if (index >= 0) box->setCurrentIndex(index);
}

// The setting to store for the box's value: its name in `table`.
template <typename Enum, std::size_t N>
QString comboSettingValue(const QComboBox* box, const EnumNameTable<Enum, N>& table) {
    return QString::fromUtf8(enumName(table, comboValue<Enum>(box)));
}

// Selects the value a setting names. Settings written by LayerLab 0.1 hold the row number
// instead; those still select the row they meant. Anything else leaves the box as it is.
template <typename Enum, std::size_t N>
void setComboFromSetting(QComboBox* box, const EnumNameTable<Enum, N>& table,
                         const QVariant& stored) {
    const QString text = stored.toString();
    if (const auto value = enumFromName(table, text.toStdString())) {
        setComboValue(box, *value);
        return;
    }
    bool isRow = false;
    const int row = text.toInt(&isRow);
    if (isRow && row >= 0 && row < box->count()) box->setCurrentIndex(row);
}

}  // namespace layerlab::ui
