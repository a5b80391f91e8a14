#pragma once

#include <QStringList>
#include <QWidget>

#include "data/Augmentation.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

namespace layerlab::ui {

// Notes for values a class would not expect (e.g. shear_range is in degrees), as HTML lines.
QStringList augmentNotes(const layerlab::AugmentParams& params);

// One control per ImageDataGenerator parameter, labelled with its Keras name and unit.
class AugmentControls : public QWidget {
    Q_OBJECT
  public:
    explicit AugmentControls(QWidget* parent = nullptr);

    layerlab::AugmentParams params() const;
    void setParams(const layerlab::AugmentParams& params);

  Q_SIGNALS:
    void changed();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void updateNotes();
    QDoubleSpinBox* spin(double min, double max, double step, int decimals);

    QFormLayout* form_;
    QDoubleSpinBox* rotation_;
    QDoubleSpinBox* widthShift_;
    QCheckBox* widthShiftInt_;
    QDoubleSpinBox* heightShift_;
    QCheckBox* heightShiftInt_;
    QDoubleSpinBox* shear_;
    QDoubleSpinBox* zoomLo_;
    QDoubleSpinBox* zoomHi_;
    QCheckBox* brightnessOn_;
    QDoubleSpinBox* brightnessLo_;
    QDoubleSpinBox* brightnessHi_;
    QCheckBox* horizontalFlip_;
    QCheckBox* verticalFlip_;
    QComboBox* fillMode_;
    QDoubleSpinBox* cval_;
    QComboBox* rescale_;
    QLabel* notes_;
};

}  // namespace layerlab::ui
