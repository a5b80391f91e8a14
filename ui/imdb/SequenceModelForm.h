#pragma once

#include <QWidget>

#include "common/TranslatedLabels.h"
#include "model/SequenceModel.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace layerlab::ui {

// The IMDB page's Model tab: the recurrent model (one-hot or Embedding input, SimpleRNN/LSTM/
// GRU, units, stacking, bidirectional) with its Keras summary at the data's num_words and
// maxlen. The choices are remembered.
class SequenceModelForm : public QWidget {
    Q_OBJECT
  public:
    explicit SequenceModelForm(QWidget* parent = nullptr);

    // What the input is shaped by (the Reviews tab's num_words, the Lengths tab's maxlen).
    void setInputShape(int numWords, int maxlen);
    SequenceModelSpec spec() const;
    QPlainTextEdit* summaryView() const { return summary_; }

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
    TranslatedLabels labels_;
    int numWords_;
    int maxlen_;
};

}  // namespace layerlab::ui
