#include "imdb/SequenceModelForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include "text/FailureText.h"
#include "common/EnumCombo.h"
#include "common/SpinBox.h"
#include "experiment/SequenceOptions.h"
#include "model/KerasCode.h"
#include "model/Network.h"

namespace layerlab::ui {
SequenceModelForm::SequenceModelForm(QWidget* parent)
    : QWidget(parent),
      input_(new QComboBox(this)),
      cell_(new QComboBox(this)),
      units_(spinBox(this, 1, 1024, defaults::imdb::kUnits)),
      embeddingDim_(spinBox(this, 1, 1024, defaults::imdb::kEmbeddingDim)),
      layers_(spinBox(this, 1, 8, 1)),
      bidirectional_(new QCheckBox(this)),
      summary_(new QPlainTextEdit(this)),
      copyCode_(new QPushButton(this)) {
    preparation_.load.numWords = defaults::imdb::kNumWords;
    preparation_.maxlen = defaults::imdb::kMaxlen;
    fillEnumCombo(input_, kSequenceInputs);  // texts: retranslate()
    fillEnumCombo(cell_, kRecurrentCells);
    summary_->setReadOnly(true);
    summary_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    summary_->setLineWrapMode(QPlainTextEdit::NoWrap);
    buildLayout();
    restoreChoices();
    retranslate();
}

void SequenceModelForm::buildLayout() {
    auto* form = new QFormLayout;
    form->addRow(labels_.add(this, QT_TR_NOOP("Input")), input_);
    form->addRow(labels_.add(this, QT_TR_NOOP("Recurrent layer")), cell_);
    form->addRow(labels_.add(this, QT_TR_NOOP("Units")), units_);
    form->addRow(labels_.add(this, QT_TR_NOOP("Embedding size")), embeddingDim_);
    form->addRow(labels_.add(this, QT_TR_NOOP("Stacked layers")), layers_);
    form->addRow(QString(), bidirectional_);
    form->addRow(QString(), copyCode_);
    connect(copyCode_, &QPushButton::clicked, this, &SequenceModelForm::copyKerasCode);
    auto* left = new QWidget(this);
    left->setLayout(form);
    left->setMaximumWidth(360);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(left);
    layout->addWidget(summary_, 1);
}

void SequenceModelForm::restoreChoices() {
    QSettings settings;
    const SequenceModelSpec defaults;
    setComboValue(input_, defaults.input);
    setComboFromSetting(input_, kSequenceInputs, settings.value("imdb/input"));
    setComboFromSetting(cell_, kRecurrentCells, settings.value("imdb/cell"));
    units_->setValue(settings.value("imdb/units", defaults.units).toInt());
    auto changed = [this] {
        QSettings s;
        s.setValue("imdb/input", comboSettingValue(input_, kSequenceInputs));
        s.setValue("imdb/cell", comboSettingValue(cell_, kRecurrentCells));
        s.setValue("imdb/units", units_->value());
        embeddingDim_->setEnabled(comboValue<SequenceInput>(input_) == SequenceInput::Embedding);
        updateSummary();
    };
    connect(input_, &QComboBox::currentIndexChanged, this, changed);
    connect(cell_, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox* box : {units_, embeddingDim_, layers_})
        connect(box, &QSpinBox::valueChanged, this, changed);
    connect(bidirectional_, &QCheckBox::toggled, this, changed);
    embeddingDim_->setEnabled(comboValue<SequenceInput>(input_) == SequenceInput::Embedding);
}

void SequenceModelForm::setPreparation(const ImdbPreparation& preparation) {
    preparation_ = preparation;
    updateSummary();
}

SequenceModelSpec SequenceModelForm::spec() const {
    SequenceModelSpec spec;
    spec.input = comboValue<SequenceInput>(input_);
    spec.cell = comboValue<RecurrentCell>(cell_);
    spec.units = units_->value();
    spec.embeddingDim = embeddingDim_->value();
    spec.recurrentLayers = layers_->value();
    spec.bidirectional = bidirectional_->isChecked();
    spec.numWords = preparation_.load.numWords.value_or(0);
    spec.maxlen = preparation_.maxlen;
    return spec;
}

void SequenceModelForm::updateSummary() {
    const SequenceModelSpec spec = this->spec();
    try {
        const auto layers = buildSequenceLayers(spec);
        summary_->setPlainText(QString::fromStdString(
            kerasSummary(layers, inferLayers(layers, sequenceInputShape(spec)), "sequential")));
    } catch (const std::exception& e) {
        summary_->setPlainText(failureText(e));
    }
}

QString SequenceModelForm::copyKerasCode() {
    try {
        const QString code = QString::fromStdString(kerasImdbDataCode(preparation_) + "\n" +
                                                    kerasSequenceModelCode(spec()));
        QApplication::clipboard()->setText(code);
        Q_EMIT statusMessage(tr("Copied load_data, pad_sequences and the model as Keras code to "
                                "the clipboard"));
        return code;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(failureText(e));
        return {};
    }
}

void SequenceModelForm::retranslate() {
    labels_.retranslate([](const char* text) { return tr(text); });
    input_->setItemText(0, tr("One-hot vectors of num_words (the book's first model)"));
    input_->setItemText(1, tr("Embedding"));
    bidirectional_->setText(tr("Bidirectional"));
    copyCode_->setText(tr("Copy as Keras code"));
    copyCode_->setToolTip(tr("imdb.load_data, pad_sequences and this model as the notebook's "
                             "cells"));
}

void SequenceModelForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
