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
        tr("<h2>IMDB sentiment with an RNN — this page is coming</h2>"
           "<p>The lesson's second experiment: <code>imdb.load_data(num_words=500)</code>, "
           "review lengths and their histogram, <code>pad_sequences(maxlen=100)</code>, then "
           "SimpleRNN, LSTM or GRU classifying reviews as positive or negative.</p>"
           "<p>Its core works today from the command line, with Keras's exact numbers: "
           "<code>layerlab-cli imdb</code> (data, lengths, histogram), "
           "<code>layerlab-cli summary --task imdb</code> (the model) and "
           "<code>layerlab-cli train --task imdb</code> (training). This page will add the "
           "review browser, the length histogram with a draggable maxlen cut, the model's "
           "summary and live training charts.</p>"));
}

void ImdbPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
