#pragma once

#include <QWidget>

class QLabel;

namespace layerlab::ui {

// The IMDB RNN experiment. Its data core and GUI land with their own issues; until then the
// page says what is coming instead of pretending.
class ImdbPage : public QWidget {
    Q_OBJECT
  public:
    explicit ImdbPage(QWidget* parent = nullptr);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    QLabel* text_;
};

}  // namespace layerlab::ui
