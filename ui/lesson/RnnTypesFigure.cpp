#include "lesson/RnnTypesFigure.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "lesson/FigurePainting.h"

namespace layerlab::ui {
namespace {

// One diagram: how many time steps it unrolls, how many of the first steps take an input and
// from which step on it outputs.
struct Unrolled {
    int steps;
    int inputs;
    int firstOutput;
};

constexpr std::array<Unrolled, 5> kUnrolled = {{
    {1, 1, 0},  // one to one
    {3, 1, 0},  // one to many: one image in, a word per step out
    {3, 3, 2},  // many to one: the whole review in, one verdict at its end
    {5, 3, 3},  // many to many: the sentence read to its end before the translation starts
    {3, 3, 0},  // many to many per frame: a label for every frame as it arrives
}};

// In units of one time step's width: a box, the arrow gap between rows, the diagram's height.
constexpr qreal kBox = 0.56;
constexpr qreal kLink = 0.4;
constexpr qreal kDiagramHeight = 3 * kBox + 2 * kLink;
// In units of the font's height: the tag line (the tag straddles the highlighted panel's top
// edge, which saves a line), the caption (name and two lines of use), the panel's padding and
// the gap between panels.
constexpr qreal kTag = 1.0;
constexpr qreal kCaption = 3.7;
constexpr qreal kPad = 0.4;
constexpr qreal kGap = 0.6;






}  // namespace

// Where everything goes, from the widget's size and a font: one step width for every diagram,
// so that the five compare at a glance, and the panels of each row.
struct RnnTypesFigure::Frame {
    QFont font;
    qreal em = 0;
    QRectF legend, panels;
    qreal step = 0;
    qreal captionWidth = 0;  // a panel's least width: captions wrap, they do not shrink away
    std::vector<std::vector<int>> rows;

    Frame(const QRectF& rect, const QFont& f) : font(f), em(QFontMetricsF(f).height()) {
        const QRectF area = rect.adjusted(em / 3, em / 3, -em / 3, -em / 3);
        legend = QRectF(area.left(), area.top(), area.width(), 1.5 * em);
        panels = area.adjusted(0, 1.8 * em, 0, 0);
        captionWidth = std::min(8 * em, (panels.width() - 2 * kGap * em) / 3 - 2 * kPad * em);
    }
    qreal panelWidth(int type) const {
        return std::max(kUnrolled[type].steps * step, captionWidth) + 2 * kPad * em;
    }
    qreal rowWidth(const std::vector<int>& row) const {
        qreal width = qreal(row.size() - 1) * kGap * em;
        for (int type : row) width += panelWidth(type);
        return width;
    }
    qreal textHeight() const { return (kTag + kCaption + 2 * kPad) * em; }
    qreal rowHeight() const { return textHeight() + kDiagramHeight * step; }
    // The widest step that fits, found by halving (the widths are piecewise linear); 0 where
    // not even the captions fit.
    void fit() {
        const qreal count = qreal(rows.size());
        const qreal rowRoom = (panels.height() - (count - 1) * kGap * em) / count;
        qreal low = 0, high = std::min(3.2 * em, (rowRoom - textHeight()) / kDiagramHeight);
        for (int i = 0; i < 30 && high > 0; ++i) {
            step = (low + high) / 2;
            const bool fits = std::all_of(rows.begin(), rows.end(), [&](const auto& row) {
                return rowWidth(row) <= panels.width();
            });
            (fits ? low : high) = step;
        }
        step = low;
    }
    // Side by side or three over two, whichever has the larger diagrams; where neither fits,
    // three over two overflows least.
    static Frame arranged(const QRectF& rect, const QFont& font) {
        Frame one(rect, font), two(rect, font);
        one.rows = {{0, 1, 2, 3, 4}};
        two.rows = {{0, 1, 2}, {3, 4}};
        one.fit();
        two.fit();
        Frame best = one.step >= two.step && one.step > 0 ? one : two;
        best.step = std::max(best.step, 0.8 * best.em);
        return best;
    }
};

RnnTypesFigure::RnnTypesFigure(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RnnTypesFigure::setHighlighted(RnnType type) {
    highlighted_ = type;
    update();
}

QSize RnnTypesFigure::sizeHint() const {
    const int em = fontMetrics().height();
    return {32 * em, 21 * em};
}

QSize RnnTypesFigure::minimumSizeHint() const {
    const int em = fontMetrics().height();
    return {24 * em, 16 * em};
}

RnnTypesFigure::Frame RnnTypesFigure::frame() const {
    // Given a whole projector screen, the text grows with the figure (up to 1.5×) so that the
    // back row can read it. Squeezed below its size hint, the text gives way (to 70% of the
    // font) before the diagrams shrink below two of its lines: they are the point.
    const QSize hint = sizeHint();
    const qreal zoom = roomZoom(size(), hint);
    for (qreal factor = zoom;; factor -= 0.05) {
        Frame f = Frame::arranged(rect(), scaled(font(), factor));
        if (f.step >= 2 * f.em || factor < 0.75) return f;
    }
}

QString RnnTypesFigure::name(RnnType type) const {
    switch (type) {
        case RnnType::OneToOne:
            return tr("one to one");
        case RnnType::OneToMany:
            return tr("one to many");
        case RnnType::ManyToOne:
            return tr("many to one");
        case RnnType::ManyToMany:
        case RnnType::ManyToManyPerFrame:
            return tr("many to many");
    }
    return {};
}

QString RnnTypesFigure::use(RnnType type) const {
    switch (type) {
        case RnnType::OneToOne:
            return tr("no sequence (a plain network)");
        case RnnType::OneToMany:
            return tr("image captioning");
        case RnnType::ManyToOne:
            return tr("sentiment analysis");
        case RnnType::ManyToMany:
            return tr("machine translation");
        case RnnType::ManyToManyPerFrame:
            return tr("video classification per frame");
    }
    return {};
}

void RnnTypesFigure::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const Frame f = frame();
    drawLegend(painter, f);
    const qreal gap = kGap * f.em;
    const qreal total = qreal(f.rows.size()) * (f.rowHeight() + gap) - gap;
    qreal y = f.panels.top() + std::max(0.0, (f.panels.height() - total) / 2);
    for (const auto& row : f.rows) {
        qreal x = f.panels.center().x() - f.rowWidth(row) / 2;
        for (int type : row) {
            const qreal width = f.panelWidth(type);
            drawPanel(painter, f, QRectF(x, y, width, f.rowHeight()), RnnType(type));
            x += width + gap;
        }
        y += f.rowHeight() + gap;
    }
}

// What the boxes and arrows mean, in one centred line that shrinks rather than wraps.
void RnnTypesFigure::drawLegend(QPainter& painter, const Frame& f) const {
    const QString labels[] = {tr("input"), tr("RNN cell"), tr("hidden state"), tr("output")};
    const QString symbols[] = {QStringLiteral("x"), QStringLiteral("h"), QString(),
                               QStringLiteral("y")};
    const QRectF& box = f.legend;
    qreal natural = 0;
    for (const QString& label : labels)
        natural += QFontMetricsF(f.font).horizontalAdvance(label) + 2.6 * f.em;
    const qreal factor = std::clamp(box.width() / natural, 0.6, 1.0);
    const QFont legendFont = scaled(f.font, factor);
    const qreal unit = f.em * factor;
    qreal x = box.center().x() - std::min(natural * factor, box.width()) / 2;
    for (int i = 0; i < 4; ++i) {
        const QRectF mark(x, box.center().y() - 0.5 * unit, unit, unit);
        painter.setFont(legendFont);
        if (i == 2) {
            painter.setPen(QPen(palette().text().color(), std::max(1.0, unit / 8)));
            drawArrow(painter, QPointF(mark.left() - 0.2 * unit, mark.center().y()),
                      QPointF(mark.right() + 0.4 * unit, mark.center().y()), 0.4 * unit);
        } else {
            drawBox(painter, mark, symbols[i], i == 1, false);
        }
        painter.setPen(palette().text().color());
        const qreal width = QFontMetricsF(legendFont).horizontalAdvance(labels[i]) + 1;
        painter.drawText(QRectF(mark.right() + 0.6 * unit, box.top(), width, box.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, labels[i]);
        x = mark.right() + 0.6 * unit + width + unit;
    }
}

void RnnTypesFigure::drawPanel(QPainter& painter, const Frame& f, const QRectF& box,
                               RnnType type) const {
    const qreal em = f.em;
    if (type == highlighted_) drawTag(painter, f, box);
    const qreal diagramWidth = kUnrolled[int(type)].steps * f.step;
    const QRectF diagram(box.center().x() - diagramWidth / 2, box.top() + (kTag + kPad) * em,
                         diagramWidth, kDiagramHeight * f.step);
    drawDiagram(painter, f, diagram, type);
    const QRectF caption =
        QRectF(box.left(), diagram.bottom(), box.width(), box.bottom() - diagram.bottom())
            .adjusted(kPad * em, 0.3 * em, -kPad * em, -kPad * em);
    painter.setPen(palette().text().color());
    painter.setFont(f.font);
    drawFitted(painter, caption.adjusted(0, 1.2 * em, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
               use(type));
    QFont bold = f.font;
    bold.setBold(true);
    painter.setFont(bold);
    drawFitted(painter, QRectF(caption.left(), caption.top(), caption.width(), 1.1 * em),
               Qt::AlignHCenter | Qt::AlignTop, name(type));
}

// The highlighted type's panel: tinted, outlined, and tagged as this lesson's.
void RnnTypesFigure::drawTag(QPainter& painter, const Frame& f, const QRectF& panel) const {
    QFont bold = f.font;
    bold.setBold(true);
    const qreal em = f.em;
    const QColor highlight = palette().highlight().color();
    painter.setPen(QPen(highlight, 0.15 * em));
    painter.setBrush(mix(palette().base().color(), highlight, 0.15));
    painter.drawRoundedRect(panel.adjusted(0, 0.6 * em, 0, 0), 0.4 * em, 0.4 * em);
    const QString tag = tr("this lesson");
    const qreal width =
        std::min(panel.width() - em, QFontMetricsF(bold).horizontalAdvance(tag) + 1.2 * em);
    const QRectF pill(panel.center().x() - width / 2, panel.top(), width, 1.2 * em);
    painter.setPen(Qt::NoPen);
    painter.setBrush(highlight);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(bold);
    painter.setPen(palette().highlightedText().color());
    drawFitted(painter, pill.adjusted(0.3 * em, 0, -0.3 * em, 0), Qt::AlignCenter, tag);
}

// Outputs on top, cells in the middle, inputs at the bottom; time runs to the right.
void RnnTypesFigure::drawDiagram(QPainter& painter, const Frame& f, const QRectF& box,
                                 RnnType type) const {
    const Unrolled shape = kUnrolled[int(type)];
    const bool isHighlighted = type == highlighted_;
    const qreal step = f.step;
    const qreal size = kBox * step;
    const qreal rowY[] = {box.top(), box.top() + (kBox + kLink) * step,
                          box.top() + 2 * (kBox + kLink) * step};
    const QColor ink = isHighlighted ? palette().highlight().color() : palette().text().color();
    const QPen pen(ink, std::max(1.0, step / 24));
    const qreal head = std::max(4.0, step / 8);
    // The symbols grow with their boxes, within reason.
    painter.setFont(scaled(f.font, std::clamp(size / f.em, 0.6, 1.3)));
    for (int t = 0; t < shape.steps; ++t) {
        const qreal left = box.left() + t * step + (step - size) / 2;
        const QRectF output(left, rowY[0], size, size), cell(left, rowY[1], size, size),
            input(left, rowY[2], size, size);
        drawBox(painter, cell, QStringLiteral("h"), true, isHighlighted);
        painter.setPen(pen);
        if (t < shape.inputs) {
            drawBox(painter, input, QStringLiteral("x"), false, isHighlighted);
            painter.setPen(pen);
            drawArrow(painter, QPointF(input.center().x(), input.top()),
                      QPointF(cell.center().x(), cell.bottom()), head);
        }
        if (t >= shape.firstOutput) {
            drawBox(painter, output, QStringLiteral("y"), false, isHighlighted);
            painter.setPen(pen);
            drawArrow(painter, QPointF(cell.center().x(), cell.top()),
                      QPointF(output.center().x(), output.bottom()), head);
        }
        // The hidden state, passed on to the next step's cell.
        if (t + 1 < shape.steps) {
            painter.setPen(QPen(ink, 1.6 * pen.widthF()));
            drawArrow(painter, QPointF(cell.right(), cell.center().y()),
                      QPointF(cell.right() + step - size, cell.center().y()), head);
        }
    }
}

// Inputs and outputs are plain boxes; cells are filled, in the highlight colour where the
// panel is the highlighted one. Colours come from the palette, so a dark theme works.
void RnnTypesFigure::drawBox(QPainter& painter, const QRectF& box, const QString& symbol, bool cell,
                             bool highlighted) const {
    const QColor base = palette().base().color(), text = palette().text().color();
    const QColor ink = highlighted ? palette().highlight().color() : text;
    painter.setPen(QPen(ink, std::max(1.0, box.width() / 18)));
    painter.setBrush(cell ? (highlighted ? ink : mix(base, text, 0.2)) : base);
    painter.drawRoundedRect(box, box.width() / 6, box.width() / 6);
    painter.setPen(cell && highlighted ? palette().highlightedText().color() : text);
    painter.drawText(box, Qt::AlignCenter, symbol);
}

void RnnTypesFigure::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) update();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
