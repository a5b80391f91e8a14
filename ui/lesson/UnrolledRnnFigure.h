#pragma once

#include <QString>
#include <QWidget>
#include <vector>

namespace layerlab::ui {

// One time step's input: a word of the review, "<start>", or a padding token ("<pad>").
struct UnrolledToken {
    QString word;
    bool padding = false;
};

// What a trained run computed while reading the review, one entry per token; empty when there
// is no run.
struct UnrolledReading {
    std::vector<float> positive;  // P(positive) after each step
    int units = 0;
    std::vector<float> hidden;  // steps × units, row-major by step (tanh range -1..1)
};

// The lesson's RNN drawn unrolled over a real review: for a window of time steps around the
// current one, the word x_t, the cell, the hidden state h_t carried to the next step and
// P(positive) so far; at the end the many-to-one output. The class steps through the review
// with the clicker (the lead's PageDown calls stepForward), the arrow keys or a click.
// Steps are 0-based in the API and shown 1-based (t = 1 … T, after h_0), as in the lesson.
class UnrolledRnnFigure : public QWidget {
    Q_OBJECT
  public:
    explicit UnrolledRnnFigure(QWidget* parent = nullptr);

    // A new review starts at step 0; a new reading of the same tokens keeps the step.
    void setReview(std::vector<UnrolledToken> tokens, UnrolledReading reading, QString caption);
    int step() const { return step_; }
    int steps() const { return int(tokens_.size()); }
    void setStep(int step);
    // False when already at the end (start), so the caller can pass the key on.
    bool stepForward();
    bool stepBack();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  Q_SIGNALS:
    void stepChanged(int step);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Geometry;
    Geometry measure() const;
    Geometry arrange() const;
    void fitColumns(Geometry& g) const;
    void placeRows(Geometry& g) const;
    QString legend() const;
    bool hasReading() const;

    void drawHeader(QPainter& painter, const Geometry& g) const;
    void drawEdges(QPainter& painter, const Geometry& g) const;
    void drawColumn(QPainter& painter, const Geometry& g, int index) const;
    void drawInput(QPainter& painter, const Geometry& g, qreal x, int step) const;
    void drawState(QPainter& painter, const Geometry& g, qreal x, int step, bool read) const;
    void drawOutput(QPainter& painter, const Geometry& g) const;

    std::vector<UnrolledToken> tokens_;
    UnrolledReading reading_;
    QString caption_;
    int step_ = 0;
};

}  // namespace layerlab::ui
