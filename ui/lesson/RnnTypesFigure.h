#pragma once

#include <QWidget>

namespace layerlab::ui {

enum class RnnType { OneToOne, OneToMany, ManyToOne, ManyToMany, ManyToManyPerFrame };

// The lesson's five RNN types, each a small unrolled diagram: inputs at the bottom, RNN cells
// in the middle (the arrows between them carry the hidden state), outputs on top, and a
// caption with the type's use. One type, this lesson's many-to-one sentiment analysis by
// default, is highlighted and tagged. Side by side when wide, three over two when not.
class RnnTypesFigure : public QWidget {
    Q_OBJECT
  public:
    explicit RnnTypesFigure(QWidget* parent = nullptr);

    void setHighlighted(RnnType type);
    RnnType highlighted() const { return highlighted_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Frame;
    Frame frame() const;
    QString name(RnnType type) const;
    QString use(RnnType type) const;
    void drawLegend(QPainter& painter, const Frame& frame) const;
    void drawPanel(QPainter& painter, const Frame& frame, const QRectF& box, RnnType type) const;
    void drawTag(QPainter& painter, const Frame& frame, const QRectF& panel) const;
    void drawDiagram(QPainter& painter, const Frame& frame, const QRectF& box, RnnType type) const;
    void drawBox(QPainter& painter, const QRectF& box, const QString& symbol, bool cell,
                 bool highlighted) const;

    RnnType highlighted_ = RnnType::ManyToOne;
};

}  // namespace layerlab::ui
