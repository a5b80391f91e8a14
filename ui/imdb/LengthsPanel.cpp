#include "imdb/LengthsPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "common/EnumCombo.h"
#include "experiment/SequenceOptions.h"
#include "imdb/LengthHistogram.h"

namespace layerlab::ui {

LengthsPanel::LengthsPanel(QWidget* parent)
    : QWidget(parent),
      histogram_(new LengthHistogram(this)),
      maxlen_(new QSpinBox(this)),
      maxlenSlider_(new QSlider(Qt::Horizontal, this)),
      padding_(new QComboBox(this)),
      truncating_(new QComboBox(this)),
      shares_(new QLabel(this)),
      padded_(new QPlainTextEdit(this)) {
    maxlen_->setRange(1, 5000);
    maxlen_->setValue(defaults::imdb::kMaxlen);
    maxlenSlider_->setRange(1, 1000);
    maxlenSlider_->setValue(defaults::imdb::kMaxlen);
    for (QComboBox* box : {padding_, truncating_}) fillEnumCombo(box, kSides);
    shares_->setWordWrap(true);
    padded_->setReadOnly(true);
    padded_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    padded_->setMaximumHeight(150);
    buildLayout();
    connect(maxlen_, &QSpinBox::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(maxlenSlider_);
        maxlenSlider_->setValue(value);
        histogram_->setMaxlen(value);
        updateShares();
        updatePadded();
        Q_EMIT maxlenChanged(value);
    });
    connect(maxlenSlider_, &QSlider::valueChanged, maxlen_, &QSpinBox::setValue);
    connect(histogram_, &LengthHistogram::maxlenDragged, maxlen_, &QSpinBox::setValue);
    for (QComboBox* side : {padding_, truncating_}) {
        connect(side, &QComboBox::currentIndexChanged, this, &LengthsPanel::updatePadded);
        connect(side, &QComboBox::currentIndexChanged, this, &LengthsPanel::sidesChanged);
    }
    restoreChoices();
    labels_.retranslate([](const char* text) { return tr(text); });
}

void LengthsPanel::buildLayout() {
    auto* controls = new QHBoxLayout;
    controls->addWidget(labels_.add(this, QT_TR_NOOP("maxlen")));
    controls->addWidget(maxlen_);
    controls->addWidget(maxlenSlider_, 1);
    controls->addWidget(labels_.add(this, QT_TR_NOOP("padding")));
    controls->addWidget(padding_);
    controls->addWidget(labels_.add(this, QT_TR_NOOP("truncating")));
    controls->addWidget(truncating_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(histogram_, 1);
    layout->addLayout(controls);
    layout->addWidget(shares_);
    layout->addWidget(
        labels_.add(this, QT_TR_NOOP("The selected review after pad_sequences (0 = padding):")));
    layout->addWidget(padded_);
}

// pad_sequences' choices are remembered like the model's: restored once the controls are
// connected (the maxlen box drives the slider, the histogram and the summary), saved on every
// change.
void LengthsPanel::restoreChoices() {
    QSettings settings;
    maxlen_->setValue(settings.value("imdb/maxlen", defaults::imdb::kMaxlen).toInt());
    setComboFromSetting(padding_, kSides, settings.value("imdb/padding"));
    setComboFromSetting(truncating_, kSides, settings.value("imdb/truncating"));
    auto save = [this] {
        QSettings s;
        s.setValue("imdb/maxlen", maxlen_->value());
        s.setValue("imdb/padding", comboSettingValue(padding_, kSides));
        s.setValue("imdb/truncating", comboSettingValue(truncating_, kSides));
    };
    connect(maxlen_, &QSpinBox::valueChanged, this, save);
    connect(padding_, &QComboBox::currentIndexChanged, this, save);
    connect(truncating_, &QComboBox::currentIndexChanged, this, save);
}

void LengthsPanel::setStatistics(const LengthStatistics& statistics) {
    statistics_ = statistics;
    histogram_->setStatistics(statistics);
    maxlenSlider_->setRange(1, std::max(statistics.max, maxlen_->value()));
    updateShares();
}

void LengthsPanel::showReview(std::optional<Sequence> review) {
    review_ = std::move(review);
    updatePadded();
}

int LengthsPanel::maxlen() const {
    return maxlen_->value();
}

Side LengthsPanel::padding() const {
    return comboValue<Side>(padding_);
}

Side LengthsPanel::truncating() const {
    return comboValue<Side>(truncating_);
}

void LengthsPanel::updateShares() {
    // No reviews (a source that failed to load): no shares, rather than the last source's.
    if (!statistics_ || statistics_->lengths.empty()) {
        shares_->clear();
        return;
    }
    const LengthStatistics& stats = *statistics_;
    const int maxlen = maxlen_->value();
    shares_->setText(
        tr("maxlen %1: %2% of the training reviews are cut (longer), %3% are padded (shorter); "
           "mean length %4, median %5.")
            .arg(maxlen)
            .arg(stats.truncatedFraction(maxlen) * 100, 0, 'f', 1)
            .arg(stats.paddedFraction(maxlen) * 100, 0, 'f', 1)
            .arg(stats.mean, 0, 'f', 1)
            .arg(stats.median, 0, 'f', 1));
}

QString LengthsPanel::paddedText() const {
    return padded_->toPlainText();
}

void LengthsPanel::updatePadded() {
    if (!review_) {
        padded_->clear();
        return;
    }
    const PaddedSequences p = padSequences({*review_}, maxlen_->value(), padding(), truncating());
    QStringList values;
    for (auto v : p.values) values << QString::number(v);
    padded_->setPlainText(QStringLiteral("[") + values.join(QStringLiteral(", ")) +
                          QStringLiteral("]"));
}

void LengthsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        labels_.retranslate([](const char* text) { return tr(text); });
        updateShares();
    }
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
