#include "ImdbPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace layerlab::ui {

ImdbPage::ImdbPage(QWidget* parent) : QWidget(parent), text_(new QLabel(this)) {
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(text_);
    retranslate();
}

void ImdbPage::retranslate() {
    text_->setText(
        tr("<h2>IMDB sentiment with an RNN — coming</h2>"
           "<p>The lesson's second experiment: <code>imdb.load_data(num_words=500)</code>, "
           "review lengths and their histogram, <code>pad_sequences(maxlen=100)</code>, then "
           "SimpleRNN, LSTM or GRU classifying reviews as positive or negative.</p>"
           "<p>This page will hold the review browser, the length histogram with a draggable "
           "maxlen cut, the model's Keras summary and live training charts. The loaders and "
           "models are being built in the IMDB core first, so that every number here matches "
           "Keras exactly.</p>"));
}

void ImdbPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
