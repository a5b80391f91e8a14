#pragma once

#include <QFutureWatcher>
#include <QStackedWidget>
#include <memory>
#include <string>

#include "experiment/ReviewReader.h"
#include "model/Summary.h"

namespace layerlab::ui {

class MainWindow;
class RnnTypesFigure;
class StrategiesFigure;
class TransferFigure;
class UnrolledRnnFigure;

// The lesson's theory drawn from the class's own model and data: transfer learning, the four
// strategies (choosing one applies its freeze preset to the Model tab's layer tree and shows
// Trainable params), the RNN unrolled over a real review (read by the class's IMDB run when
// there is one) and the RNN types.
class LessonFigures : public QStackedWidget {
    Q_OBJECT
  public:
    explicit LessonFigures(MainWindow* window, QWidget* parent = nullptr);
    ~LessonFigures() override;

    // Shows a figure by the lesson's name for it (transfer, strategies, rnn-structure,
    // rnn-types) on the window's figure page; false, and nothing shown, for none or an unknown
    // name.
    bool showFigure(const std::string& name);
    // A figure with steps of its own (the unrolled RNN), when on show, moves; false when it has
    // none left, so the lesson goes on to its next step.
    bool stepForward();
    bool stepBack();
    // The unrolled RNN is being read by the run (off the GUI thread).
    bool busy() const { return reading_.isRunning(); }

    StrategiesFigure* strategies() const { return strategies_; }
    UnrolledRnnFigure* unrolled() const { return unrolled_; }
    RnnTypesFigure* rnnTypes() const { return rnnTypes_; }

    // A review as the unrolled RNN draws it (LessonFigures.cpp).
    struct Reading;

  private:
    void applyStrategy(Strategy strategy);
    void showTrainable();
    void readReview();
    void showReading(const Reading& reading);

    MainWindow* window_;
    TransferFigure* transfer_;
    StrategiesFigure* strategies_;
    UnrolledRnnFigure* unrolled_;
    RnnTypesFigure* rnnTypes_;
    QFutureWatcher<std::shared_ptr<Reading>> reading_;
};

}  // namespace layerlab::ui
