#include "lesson/TransferFigure.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <optional>

#include "lesson/FigurePainting.h"

namespace layerlab::ui {
namespace {

constexpr int kBlocks = 5;  // VGG16's convolutional blocks
constexpr int kLayers = 9;  // the blocks and four classifier layers, in both columns





// A padlock, so that "frozen" reads without colour too (projectors wash greys out).
void drawLock(QPainter& painter, const QRectF& box, const QColor& color) {
    const qreal w = box.width(), h = box.height();
    const QRectF body(box.left(), box.top() + 0.45 * h, w, 0.55 * h);
    const QRectF shackle(box.left() + 0.2 * w, box.top(), 0.6 * w, 0.7 * h);
    painter.setPen(QPen(color, std::max(1.0, 0.13 * w)));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(shackle, 0, 180 * 16);
    painter.drawLine(QPointF(shackle.left(), shackle.center().y()),
                     QPointF(shackle.left(), body.top()));
    painter.drawLine(QPointF(shackle.right(), shackle.center().y()),
                     QPointF(shackle.right(), body.top()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, 0.1 * w, 0.1 * w);
}

}  // namespace

// Where everything goes, from the widget's size and its font (presentation mode scales both).
// The two stacks stand either side of a middle gap that holds the "reuse" arrow; each has its
// title above and its labels on the outer side.
struct TransferFigure::Frame {
    QFont font;    // the widget's, scaled to the room the figure has
    QFont layers;  // one size for every layer's name (see layerFont)
    qreal em = 0;
    qreal row = 0;      // one layer's height
    qreal rowGap = 0;   // between layers
    qreal headGap = 0;  // between the blocks and the classifier
    QRectF gap, stacks[2], sides[2], titles[2];

    // Layer `index` of a stack, counted from block1 at the bottom.
    QRectF layer(int column, int index) const {
        const QRectF& stack = stacks[column];
        const qreal bottom =
            stack.bottom() - index * (row + rowGap) - (index >= kBlocks ? headGap : 0);
        return {stack.left(), bottom - row, stack.width(), row};
    }
    // Where a layer's name goes: inside its box, left of the padlock on a frozen one.
    QRectF label(const QRectF& box, bool locked) const {
        return box.adjusted(0.4 * em, 0, locked ? -0.6 * em - lockSize(box) : -0.4 * em, 0);
    }
    qreal lockSize(const QRectF& box) const { return std::min(box.height() * 0.7, 1.1 * em); }
    // The span of the blocks (`head` false) or the classifier, for the side labels.
    QRectF group(int column, bool head) const {
        const QRectF top = layer(column, head ? kLayers - 1 : kBlocks - 1);
        const QRectF bottom = layer(column, head ? kBlocks : 0);
        return {sides[column].left(), top.top(), sides[column].width(),
                bottom.bottom() - top.top()};
    }
};

TransferFigure::TransferFigure(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize TransferFigure::sizeHint() const {
    const int em = fontMetrics().height();
    return {32 * em, 21 * em};
}

QSize TransferFigure::minimumSizeHint() const {
    const int em = fontMetrics().height();
    return {24 * em, 15 * em};
}

TransferFigure::Frame TransferFigure::frame() const {
    Frame f;
    // Given a whole projector screen, the text grows with the figure (up to 1.5×) so that the
    // back row can read it; squeezed below its size hint, it gives up a little (to 85%) before
    // the picture does.
    const QSize hint = sizeHint();
    f.font = scaled(
        font(), roomZoom(size(), hint));
    f.em = QFontMetricsF(f.font).height();
    const QRectF area = QRectF(rect()).adjusted(f.em / 2, f.em / 3, -f.em / 2, -f.em / 3);
    const qreal gapWidth = std::clamp(area.width() * 0.2, 5 * f.em, 9 * f.em);
    const qreal columnWidth = (area.width() - gapWidth) / 2;
    const qreal sideWidth = 2.6 * f.em;
    const qreal titleHeight = 2.8 * f.em;
    f.rowGap = 0.15 * f.em;
    f.headGap = 0.7 * f.em;
    const qreal room = area.height() - titleHeight - (kLayers - 1) * f.rowGap - f.headGap;
    f.row = std::min(room / kLayers, 2.0 * f.em);
    const qreal stackHeight = kLayers * f.row + (kLayers - 1) * f.rowGap + f.headGap;
    const qreal stackWidth = std::min(columnWidth - sideWidth - 0.3 * f.em, 13 * f.em);
    const qreal top = area.top() + (area.height() - titleHeight - stackHeight) / 2 + titleHeight;
    const qreal middle = area.center().x();
    f.gap = QRectF(middle - gapWidth / 2, top, gapWidth, stackHeight);
    f.stacks[0] = QRectF(f.gap.left() - stackWidth, top, stackWidth, stackHeight);
    f.stacks[1] = QRectF(f.gap.right(), top, stackWidth, stackHeight);
    f.sides[0] = QRectF(f.stacks[0].left() - 0.3 * f.em - sideWidth, top, sideWidth, stackHeight);
    f.sides[1] = QRectF(f.stacks[1].right() + 0.3 * f.em, top, sideWidth, stackHeight);
    for (int c = 0; c < 2; ++c) {
        const QRectF& s = f.stacks[c];
        f.titles[c] = QRectF(s.center().x() - columnWidth / 2, top - titleHeight, columnWidth,
                             titleHeight - 0.3 * f.em);
    }
    return f;
}

void TransferFigure::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    Frame f = frame();
    f.layers = layerFont(f);
    drawTitles(painter, f);
    drawColumn(painter, f, false);
    drawColumn(painter, f, true);
    drawReuseArrow(painter, f);
}

void TransferFigure::drawTitles(QPainter& painter, const Frame& f) const {
    const QString titles[] = {tr("Pretrained on ImageNet"), tr("Reused for cats vs dogs")};
    const QString subtitles[] = {tr("1,000 classes · 14 million images"),
                                 tr("2 classes · 2,000 images")};
    QFont bold = f.font;
    bold.setBold(true);
    painter.setPen(palette().text().color());
    for (int c = 0; c < 2; ++c) {
        const QRectF& box = f.titles[c];
        const qreal half = box.height() / 2;
        painter.setFont(bold);
        drawFitted(painter, QRectF(box.left(), box.top(), box.width(), half),
                   Qt::AlignHCenter | Qt::AlignBottom, titles[c]);
        painter.setFont(f.font);
        drawFitted(painter, QRectF(box.left(), box.top() + half, box.width(), half),
                   Qt::AlignHCenter | Qt::AlignVCenter, subtitles[c]);
    }
}

// From block1 up: VGG16 as Keras ships it (left), or the lesson's model (right).
QStringList TransferFigure::layerNames(bool reused) const {
    QStringList names;
    for (int b = 1; b <= kBlocks; ++b) names << tr("block%1").arg(b);
    if (reused)
        names << tr("Flatten") << tr("Dense 512, relu") << tr("Dropout 0.5")
              << tr("Dense 1, sigmoid");
    else
        names << tr("Flatten") << tr("Dense 4096, relu") << tr("Dense 4096, relu")
              << tr("Dense 1000, softmax");
    return names;
}

// One size for every layer's name, so that the stacks read as one table: the largest at
// which each fits its box.
QFont TransferFigure::layerFont(const Frame& f) const {
    QFont smallest = f.font;
    for (int column = 0; column < 2; ++column) {
        const QStringList names = layerNames(column == 1);
        for (int i = 0; i < kLayers; ++i) {
            const QRectF box = f.label(f.layer(column, i), column == 1 && i < kBlocks);
            const QFont font = fittingFont(f.font, box, Qt::AlignLeft | Qt::AlignVCenter, names[i])
                                   .value_or(scaled(f.font, 0.6));
            if (QFontMetricsF(font).height() < QFontMetricsF(smallest).height()) smallest = font;
        }
    }
    return smallest;
}

void TransferFigure::drawColumn(QPainter& painter, const Frame& f, bool reused) const {
    const int column = reused ? 1 : 0;
    const QStringList names = layerNames(reused);
    for (int i = 0; i < kLayers; ++i) {
        const bool head = i >= kBlocks;
        const Look look =
            reused ? (head ? Look::New : Look::Frozen) : (head ? Look::Dropped : Look::Pretrained);
        drawLayer(painter, f, f.layer(column, i), names[i], look);
    }
    drawSideLabels(painter, f, reused);
}

// Brackets beside each stack that name its two parts, the text reading bottom to top.
void TransferFigure::drawSideLabels(QPainter& painter, const Frame& f, bool reused) const {
    const int column = reused ? 1 : 0;
    const QString labels[] = {
        reused ? tr("frozen (trainable=False)") : tr("convolutional base"),
        reused ? tr("new head, trained") : tr("ImageNet classifier, not reused")};
    const qreal tick = 0.3 * f.em;
    painter.setFont(f.font);
    for (int part = 0; part < 2; ++part) {
        const QRectF span = f.group(column, part == 1);
        // The bracket stands on the side that faces the stack.
        const qreal x = reused ? span.left() : span.right();
        const qreal inward = reused ? -tick : tick;
        painter.setPen(QPen(palette().text().color(), std::max(1.0, f.em / 12)));
        painter.drawLine(QPointF(x, span.top()), QPointF(x, span.bottom()));
        painter.drawLine(QPointF(x, span.top()), QPointF(x + inward, span.top()));
        painter.drawLine(QPointF(x, span.bottom()), QPointF(x + inward, span.bottom()));
        const QRectF text =
            reused ? span.adjusted(0.3 * f.em, 0, 0, 0) : span.adjusted(0, 0, -0.3 * f.em, 0);
        painter.save();
        painter.translate(text.center());
        painter.rotate(-90);
        drawFitted(painter,
                   QRectF(-text.height() / 2, -text.width() / 2, text.height(), text.width()),
                   Qt::AlignCenter, labels[part]);
        painter.restore();
    }
}

void TransferFigure::drawLayer(QPainter& painter, const Frame& f, const QRectF& box,
                               const QString& text, Look look) const {
    const QColor base = palette().base().color(), ink = palette().text().color();
    const qreal em = f.em;
    const qreal radius = 0.2 * em;
    QPen outline(mix(base, ink, 0.55), std::max(1.0, em / 14));
    QColor textColor = ink;
    painter.setBrush(Qt::NoBrush);
    switch (look) {
        case Look::Pretrained:
            painter.setBrush(mix(base, ink, 0.1));
            break;
        case Look::Dropped:
            // Dashed and faint: include_top=False leaves ImageNet's classifier behind.
            outline.setStyle(Qt::DashLine);
            textColor = mix(base, ink, 0.6);
            break;
        case Look::Frozen:
            painter.setBrush(mix(base, ink, 0.12));
            break;
        case Look::New:
            painter.setBrush(palette().highlight());
            outline.setColor(palette().highlight().color());
            textColor = palette().highlightedText().color();
            break;
    }
    painter.setPen(outline);
    painter.drawRoundedRect(box, radius, radius);
    if (look == Look::Frozen) {
        painter.setBrush(QBrush(mix(base, ink, 0.4), Qt::BDiagPattern));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(box, radius, radius);
        const qreal size = f.lockSize(box);
        drawLock(painter,
                 QRectF(box.right() - 0.3 * em - 0.8 * size, box.center().y() - size / 2,
                        0.8 * size, size),
                 ink);
    }
    painter.setPen(textColor);
    painter.setFont(f.layers);
    drawFitted(painter, f.label(box, look == Look::Frozen), Qt::AlignLeft | Qt::AlignVCenter, text);
}

// From the pretrained blocks to the same blocks in the lesson's model, labelled above.
void TransferFigure::drawReuseArrow(QPainter& painter, const Frame& f) const {
    const qreal y = (f.layer(0, 0).bottom() + f.layer(0, kBlocks - 1).top()) / 2;
    const qreal thickness = std::max(2.0, 0.22 * f.em);
    const QColor color = palette().highlight().color();
    const QPointF from(f.gap.left() + 0.3 * f.em, y), to(f.gap.right() - 0.3 * f.em, y);
    const qreal head = 3.5 * thickness;
    painter.setPen(QPen(color, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(from, to - QPointF(head * 0.8, 0));
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to + QPointF(-head, -head * 0.6));
    tip.lineTo(to + QPointF(-head, head * 0.6));
    tip.closeSubpath();
    painter.fillPath(tip, color);
    QFont bold = f.font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().text().color());
    drawFitted(painter, QRectF(f.gap.left(), y - head - 3 * f.em, f.gap.width(), 3 * f.em),
               Qt::AlignHCenter | Qt::AlignBottom, tr("reuse the features"));
    painter.setFont(f.font);
    drawFitted(painter, QRectF(f.gap.left(), y + head, f.gap.width(), 3 * f.em),
               Qt::AlignHCenter | Qt::AlignTop, tr("the same weights"));
}

void TransferFigure::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) update();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
