#pragma once

#include <QWidget>

#include "common/TranslatedLabels.h"
#include "data/Sequences.h"
#include "model/SequenceModel.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace layerlab::ui {

// The IMDB page's Model tab: the recurrent model (one-hot or Embedding input, SimpleRNN/LSTM/
// GRU, units, stacking, bidirectional) with its Keras summary at the data's num_words and
// maxlen, and the load_data, pad_sequences and model cells as Keras code. The choices are
// remembered.
class SequenceModelForm : public QWidget {
    Q_OBJECT
  public:
    explicit SequenceModelForm(QWidget* parent = nullptr);

    // How the reviews are loaded and padded (the Reviews tab's load_data, the Lengths tab's
    // pad_sequences): num_words and maxlen shape the input.
    void setPreparation(const ImdbPreparation& preparation);
    SequenceModelSpec spec() const;
    QPlainTextEdit* summaryView() const { return summary_; }
    QPushButton* copyCodeButton() const { return copyCode_; }
    // The load_data, pad_sequences and model cells, put on the clipboard.
    QString copyKerasCode();

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void restoreChoices();
    void updateSummary();
    void retranslate();

    QComboBox* input_;
    QComboBox* cell_;
    QSpinBox* units_;
    QSpinBox* embeddingDim_;
    QSpinBox* layers_;
    QCheckBox* bidirectional_;
    QPlainTextEdit* summary_;
    QPushButton* copyCode_;
    TranslatedLabels labels_;
    ImdbPreparation preparation_;
};

}  // namespace layerlab::ui
