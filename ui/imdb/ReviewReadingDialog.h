#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

#include "experiment/ReviewReader.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace layerlab::ui {

class HiddenStateMap;
class LineChart;

// An IMDB run reading one review token by token, as the lesson draws the unrolled RNN: the
// review's words coloured by P(positive) after each (red negative, green positive), the same
// as a line over the steps, and the hidden state as a heat map (units × steps). The padding
// the model received is shown, so the class sees why 'pre' padding matters for the last state.
// Reviews come from the run's own data (x_test or x_train) or are typed in.
class ReviewReadingDialog : public QDialog {
    Q_OBJECT
  public:
    ReviewReadingDialog(const QString& runDir, ReviewReader::Split split, int review,
                        QWidget* parent = nullptr);
    ~ReviewReadingDialog() override;

    void readStored();
    void readTyped();
    // Busy until a result is on screen, not merely computed: the watcher stops running before
    // its finished signal has been delivered.
    bool busy() const { return loading_ || reading_; }
    QLineEdit* textBox() const { return text_; }
    QPushButton* readTextButton() const { return readText_; }
    QSpinBox* reviewBox() const { return review_; }
    QTextBrowser* tokensView() const { return tokens_; }
    LineChart* chart() const { return chart_; }
    HiddenStateMap* states() const { return states_; }
    QLabel* caption() const { return caption_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    struct Outcome {
        ReviewReadout readout;
        QString error;
    };
    void buildLayout();
    void connectSignals();
    void updateRange();
    void read(std::function<ReviewReadout(ReviewReader&)> reading);
    void display(const Outcome& outcome);
    void retranslate();

    std::shared_ptr<ReviewReader> reader_;
    QComboBox* split_;
    QSpinBox* review_;
    QPushButton* readStored_;
    QLineEdit* text_;
    QPushButton* readText_;
    QTextBrowser* tokens_;
    LineChart* chart_;
    HiddenStateMap* states_;
    QLabel* caption_;
    QLabel* statesTitle_;
    QFutureWatcher<std::shared_ptr<ReviewReader>> loadWatcher_;
    QFutureWatcher<Outcome> readWatcher_;
    QString loadError_;
    std::optional<ReviewReadout> shown_;
    bool loading_ = true;
    bool reading_ = false;
};

}  // namespace layerlab::ui
