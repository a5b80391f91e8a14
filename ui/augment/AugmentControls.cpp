#include "augment/AugmentControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "common/EnumCombo.h"

namespace layerlab::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets) {
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets) layout->addWidget(widget);
    layout->addStretch(1);
    return box;
}

}  // namespace

QStringList augmentNotes(const AugmentParams& p) {
    QStringList notes;
    if (p.shear_range > 0 && p.shear_range < 3)
        notes << AugmentControls::tr(
                     "<b>shear_range=%1</b> is %1 <i>degrees</i> in Keras (keras-preprocessing ≥ "
                     "1.0): "
                     "almost no visible shear. Old Keras read radians, which would be %2°.")
                     .arg(p.shear_range)
                     .arg(p.shear_range * 180.0 / kPi, 0, 'f', 1);
    for (const auto* range : {&p.width_shift_range, &p.height_shift_range})
        if (range->active() && !range->integer && range->value >= 1) {
            notes << AugmentControls::tr(
                         "A shift range of %1 (≥ 1) is read as <i>pixels</i>, not as a fraction of "
                         "the image.")
                         .arg(range->value);
            break;
        }
    if (p.zoom_hi > 1)
        notes << AugmentControls::tr(
            "zoom &gt; 1 zooms <i>out</i> (the picture gets smaller), &lt; 1 zooms in: Keras "
            "samples "
            "zx and zy independently, so zoom also stretches.");
    if (p.zoom_lo <= 0 || p.zoom_lo > p.zoom_hi)
        notes << AugmentControls::tr("<b>zoom_range</b> must satisfy 0 &lt; lo ≤ hi.");
    if (p.fill_mode == FillMode::Wrap)
        notes << AugmentControls::tr(
            "fill_mode='wrap' tiles the picture (abcd|abcd) as Keras documents; Keras itself "
            "passes 'wrap' to SciPy, which repeats with a period one pixel shorter.");
    if (p.rotation_range > 180)
        notes << AugmentControls::tr("rotation_range above 180° adds nothing: angles wrap around.");
    return notes;
}

AugmentControls::AugmentControls(QWidget* parent) : QWidget(parent) {
    rotation_ = spin(0, 180, 1, 1);
    widthShift_ = spin(0, 1000, 0.05, 3);
    widthShiftInt_ = new QCheckBox(this);
    heightShift_ = spin(0, 1000, 0.05, 3);
    heightShiftInt_ = new QCheckBox(this);
    shear_ = spin(0, 89, 0.1, 2);
    zoomLo_ = spin(0.05, 5, 0.05, 2);
    zoomHi_ = spin(0.05, 5, 0.05, 2);
    brightnessOn_ = new QCheckBox(this);
    brightnessLo_ = spin(0, 5, 0.05, 2);
    brightnessHi_ = spin(0, 5, 0.05, 2);
    horizontalFlip_ = new QCheckBox(QStringLiteral("horizontal_flip"), this);
    verticalFlip_ = new QCheckBox(QStringLiteral("vertical_flip"), this);
    fillMode_ = new QComboBox(this);
    fillEnumCombo(fillMode_, kFillModes);
    cval_ = spin(0, 255, 1, 1);
    rescale_ = new QComboBox(this);
    rescale_->addItem(QStringLiteral("1/255"), 1.0 / 255.0);
    rescale_->addItem(QStringLiteral("None"), 1.0);
    notes_ = new QLabel(this);
    notes_->setWordWrap(true);
    notes_->setTextFormat(Qt::RichText);
    notes_->setStyleSheet("QLabel { background: #fff7e0; border: 1px solid #e6c96a; }");
    notes_->setMargin(6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    form_ = new QFormLayout;
    layout->addLayout(form_);
    // Outside the form: a word-wrapped label in a form row gets clipped.
    layout->addWidget(notes_);
    form_->addRow(QStringLiteral("rotation_range"), rotation_);
    form_->addRow(QStringLiteral("width_shift_range"), row(this, {widthShift_, widthShiftInt_}));
    form_->addRow(QStringLiteral("height_shift_range"), row(this, {heightShift_, heightShiftInt_}));
    form_->addRow(QStringLiteral("shear_range"), shear_);
    form_->addRow(QStringLiteral("zoom_range"), row(this, {zoomLo_, zoomHi_}));
    form_->addRow(QStringLiteral("brightness_range"),
                  row(this, {brightnessOn_, brightnessLo_, brightnessHi_}));
    form_->addRow(QString(), row(this, {horizontalFlip_, verticalFlip_}));
    form_->addRow(QStringLiteral("fill_mode"), fillMode_);
    form_->addRow(QStringLiteral("cval"), cval_);
    form_->addRow(QStringLiteral("rescale"), rescale_);

    setParams(AugmentParams::lesson());
    retranslate();
    for (auto* box : findChildren<QDoubleSpinBox*>())
        connect(box, &QDoubleSpinBox::valueChanged, this, &AugmentControls::changed);
    for (auto* box : findChildren<QCheckBox*>())
        connect(box, &QCheckBox::toggled, this, &AugmentControls::changed);
    for (auto* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, this, &AugmentControls::changed);
    connect(this, &AugmentControls::changed, this, &AugmentControls::updateNotes);
    updateNotes();
}

QDoubleSpinBox* AugmentControls::spin(double min, double max, double step, int decimals) {
    auto* box = new QDoubleSpinBox(this);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setKeyboardTracking(false);
    return box;
}

void AugmentControls::retranslate() {
    rotation_->setSuffix(tr(" °"));
    rotation_->setToolTip(tr("Rotation θ ~ U(−r, r) degrees"));
    for (auto* box : {widthShift_, heightShift_})
        box->setToolTip(tr("< 1: fraction of the size; ≥ 1: pixels; both drawn from U(−r, r)"));
    for (auto* box : {widthShiftInt_, heightShiftInt_}) {
        box->setText(tr("int (whole pixels)"));
        box->setToolTip(
            tr("An int r draws a whole number of pixels from {−(r−1), …, r−1}, as Keras does"));
    }
    shear_->setSuffix(tr(" °"));
    shear_->setToolTip(tr("Shear angle φ ~ U(−s, s) in degrees"));
    zoomLo_->setPrefix(tr("lo "));
    zoomHi_->setPrefix(tr("hi "));
    zoomLo_->setToolTip(tr("zx and zy drawn independently from U(lo, hi); > 1 zooms out"));
    brightnessOn_->setText(tr("on"));
    brightnessLo_->setPrefix(tr("lo "));
    brightnessHi_->setPrefix(tr("hi "));
    cval_->setToolTip(tr("Value outside the picture when fill_mode is constant"));
    rescale_->setItemText(1, tr("None"));
    rescale_->setToolTip(tr("Applied after augmentation, as Keras's standardize() does"));
}

void AugmentControls::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateNotes();
    }
    QWidget::changeEvent(event);
}

AugmentParams AugmentControls::params() const {
    AugmentParams p;
    p.rotation_range = rotation_->value();
    p.width_shift_range = {
        widthShiftInt_->isChecked() ? std::round(widthShift_->value()) : widthShift_->value(),
        widthShiftInt_->isChecked()};
    p.height_shift_range = {
        heightShiftInt_->isChecked() ? std::round(heightShift_->value()) : heightShift_->value(),
        heightShiftInt_->isChecked()};
    p.shear_range = shear_->value();
    p.zoom_lo = zoomLo_->value();
    p.zoom_hi = zoomHi_->value();
    if (brightnessOn_->isChecked()) {
        p.brightness_lo = brightnessLo_->value();
        p.brightness_hi = brightnessHi_->value();
    }
    p.horizontal_flip = horizontalFlip_->isChecked();
    p.vertical_flip = verticalFlip_->isChecked();
    p.fill_mode = comboValue<FillMode>(fillMode_);
    p.cval = cval_->value();
    p.rescale = rescale_->currentData().toDouble();
    return p;
}

void AugmentControls::setParams(const AugmentParams& p) {
    {
        // One `changed` for the whole update, not one per control.
        std::vector<QSignalBlocker> blockers;
        for (auto* child : findChildren<QWidget*>()) blockers.emplace_back(child);
        rotation_->setValue(p.rotation_range);
        widthShift_->setValue(p.width_shift_range.value);
        widthShiftInt_->setChecked(p.width_shift_range.integer);
        heightShift_->setValue(p.height_shift_range.value);
        heightShiftInt_->setChecked(p.height_shift_range.integer);
        shear_->setValue(p.shear_range);
        zoomLo_->setValue(p.zoom_lo);
        zoomHi_->setValue(p.zoom_hi);
        brightnessOn_->setChecked(p.brightness_lo.has_value());
        brightnessLo_->setValue(p.brightness_lo.value_or(0.8));
        brightnessHi_->setValue(p.brightness_lo ? p.brightness_hi : 1.2);
        horizontalFlip_->setChecked(p.horizontal_flip);
        verticalFlip_->setChecked(p.vertical_flip);
        setComboValue(fillMode_, p.fill_mode);
        cval_->setValue(p.cval);
        rescale_->setCurrentIndex(p.rescale == 1.0 ? 1 : 0);
    }
    Q_EMIT changed();
}

void AugmentControls::updateNotes() {
    const AugmentParams p = params();
    cval_->setEnabled(p.fill_mode == FillMode::Constant);
    brightnessLo_->setEnabled(brightnessOn_->isChecked());
    brightnessHi_->setEnabled(brightnessOn_->isChecked());
    const QStringList notes = augmentNotes(p);
    notes_->setText(notes.join("<br>"));
    notes_->setVisible(!notes.isEmpty());
}

}  // namespace layerlab::ui
