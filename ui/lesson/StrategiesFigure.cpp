#include "lesson/StrategiesFigure.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

#include "lesson/FigurePainting.h"

namespace layerlab::ui {
namespace {

constexpr int kBlocks = 5;  // VGG16's convolutional blocks

// The quadrants are numbered in the enum's order, which is the seed's case order:
// row (large, small) × column (different, similar).
Strategy strategyAt(int quadrant) {
    return static_cast<Strategy>(quadrant);
}

// How many of the top blocks a strategy trains: what core's applyStrategy does to VGG16.
int trainedBlocks(Strategy strategy) {
    switch (strategy) {
        case Strategy::LargeDifferent:
            return kBlocks;
        case Strategy::LargeSimilar:
            return 1;
        case Strategy::SmallDifferent:
            return 2;
        case Strategy::SmallSimilar:
            return 0;
    }
    return 0;
}







}  // namespace

// Where everything goes, from the widget's size and its font (presentation mode scales both).
struct StrategiesFigure::Frame {
    QFont font;                    // the widget's, scaled to the room the figure has
    std::optional<QFont> reasons;  // one size for the four reasons (see reasonFont)
    qreal em = 0;
    QRectF legend, grid, yTitle, yRows, xColumns, xTitle;

    QRectF quadrant(int index) const {
        const qreal gap = 0.5 * em;
        const qreal w = (grid.width() - gap) / 2, h = (grid.height() - gap) / 2;
        return {grid.left() + (index % 2) * (w + gap), grid.top() + (index / 2) * (h + gap), w, h};
    }
    qreal pad() const { return 0.4 * em; }
    QRectF inner(int index) const { return quadrant(index).adjusted(pad(), pad(), -pad(), -pad()); }
    // VGG16's column on the right; the foot stays free for the trainable count in every
    // quadrant alike, so that the four columns line up.
    QRectF stack(int index) const {
        const QRectF in = inner(index);
        const qreal width = std::clamp(in.width() * 0.26, 2.5 * em, 4.5 * em);
        return {in.right() - width, in.top(), width, in.height() - 1.3 * em};
    }
    QRectF footer(int index) const {
        const QRectF in = inner(index);
        return QRectF(QPointF(in.left(), stack(index).bottom()), in.bottomRight());
    }
    // Left of the column: the case number on top, then the title and the reason.
    QRectF texts(int index) const {
        return QRectF(inner(index).topLeft(),
                      QPointF(stack(index).left() - pad(), stack(index).bottom()));
    }
    QRectF title(int index) const { return texts(index).adjusted(0, 1.8 * em, 0, 0); }
    QFont bold() const {
        QFont result = font;
        result.setBold(true);
        return result;
    }
};

StrategiesFigure::StrategiesFigure(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StrategiesFigure::setChosen(std::optional<Strategy> strategy) {
    chosen_ = strategy;
    if (strategy) focus_ = static_cast<int>(*strategy);
    update();
}

void StrategiesFigure::setTrainableText(const QString& text) {
    trainableText_ = text;
    update();
}

QSize StrategiesFigure::sizeHint() const {
    const int em = fontMetrics().height();
    return {32 * em, 22 * em};
}

QSize StrategiesFigure::minimumSizeHint() const {
    const int em = fontMetrics().height();
    return {22 * em, 15 * em};
}

StrategiesFigure::Frame StrategiesFigure::frame() const {
    Frame f;
    // Given a whole projector screen, the text grows with the figure (up to 1.5×) so that the
    // back row can read it; squeezed below its size hint, it gives up a little (to 85%) before
    // the picture does.
    const QSize hint = sizeHint();
    f.font = scaled(
        font(), roomZoom(size(), hint));
    f.em = QFontMetricsF(f.font).height();
    const QRectF area = QRectF(rect()).adjusted(f.em / 3, f.em / 3, -f.em / 3, -f.em / 3);
    const qreal line = 1.5 * f.em;
    // A little more than a line above the grid: the focus outline stands outside a quadrant.
    f.yTitle = QRectF(area.left(), area.top() + line + 0.2 * f.em, line,
                      area.height() - 3 * line - 0.2 * f.em);
    f.yRows = f.yTitle.translated(line, 0);
    f.grid =
        QRectF(f.yRows.right(), f.yTitle.top(), area.right() - f.yRows.right(), f.yTitle.height());
    f.legend = QRectF(f.grid.left(), area.top(), f.grid.width(), line);
    f.xColumns = QRectF(f.grid.left(), f.grid.bottom(), f.grid.width(), line);
    f.xTitle = f.xColumns.translated(0, line);
    return f;
}

QString StrategiesFigure::title(Strategy strategy) const {
    switch (strategy) {
        case Strategy::LargeDifferent:
            return tr("Train the whole model");
        case Strategy::LargeSimilar:
            return tr("Train the top block");
        case Strategy::SmallDifferent:
            return tr("Train the upper blocks");
        case Strategy::SmallSimilar:
            return tr("Freeze the convolutional base, train only the head");
    }
    return {};
}

QString StrategiesFigure::rationale(Strategy strategy) const {
    switch (strategy) {
        case Strategy::LargeDifferent:
            return tr("Enough data to learn new features: the weights are only a start.");
        case Strategy::LargeSimilar:
            return tr("ImageNet's features fit; enough data to adapt the last block.");
        case Strategy::SmallDifferent:
            return tr("Few images: keep the generic lower blocks, adapt the upper ones.");
        case Strategy::SmallSimilar:
            return tr("Few images, familiar things: reuse the features as they are.");
    }
    return {};
}

void StrategiesFigure::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    Frame f = frame();
    f.reasons = reasonFont(f);
    drawAxes(painter, f);
    drawLegend(painter, f);
    for (int q = 0; q < 4; ++q) drawQuadrant(painter, f, q);
}

void StrategiesFigure::drawAxes(QPainter& painter, const Frame& f) const {
    painter.setPen(palette().text().color());
    painter.setFont(f.bold());
    // The arrows say which way "more" is: data grows upwards, similarity to the right.
    drawRotated(painter, f.yTitle, tr("Size of your data") + QStringLiteral(" →"));
    drawFitted(painter, f.xTitle, Qt::AlignCenter,
               tr("Similarity to ImageNet") + QStringLiteral(" →"));
    painter.setFont(f.font);
    const QRectF top = f.quadrant(0), bottom = f.quadrant(2);
    drawRotated(painter, QRectF(f.yRows.left(), top.top(), f.yRows.width(), top.height()),
                tr("large"));
    drawRotated(painter, QRectF(f.yRows.left(), bottom.top(), f.yRows.width(), bottom.height()),
                tr("small"));
    const QRectF left = f.quadrant(2), right = f.quadrant(3);
    drawFitted(painter, QRectF(left.left(), f.xColumns.top(), left.width(), f.xColumns.height()),
               Qt::AlignCenter, tr("different"));
    drawFitted(painter, QRectF(right.left(), f.xColumns.top(), right.width(), f.xColumns.height()),
               Qt::AlignCenter, tr("similar"));
}

// Swatches for frozen and trained on the left; on the right, how to choose (for the class).
void StrategiesFigure::drawLegend(QPainter& painter, const Frame& f) const {
    const qreal swatch = 0.9 * f.em;
    const qreal y = f.legend.center().y() - swatch / 2;
    const QFontMetricsF metrics(f.font);
    painter.setFont(f.font);
    qreal x = f.legend.left();
    const QString labels[] = {tr("frozen"), tr("trained")};
    for (int i = 0; i < 2; ++i) {
        const QRectF box(x, y, swatch, swatch);
        if (i == 0)
            fillFrozen(painter, box, palette());
        else
            painter.fillRect(box, palette().highlight());
        painter.setPen(palette().text().color());
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        const qreal width = metrics.horizontalAdvance(labels[i]) + 1;
        painter.drawText(QRectF(box.right() + 0.3 * f.em, f.legend.top(), width, f.legend.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, labels[i]);
        x = box.right() + 0.3 * f.em + width + f.em;
    }
    const QRectF hint(x, f.legend.top(), f.legend.right() - x, f.legend.height());
    painter.setPen(mix(palette().base().color(), palette().text().color(), 0.7));
    drawFitted(painter, hint, Qt::AlignVCenter | Qt::AlignRight,
               tr("Click a quadrant or press 1–4"));
}

void StrategiesFigure::drawQuadrant(QPainter& painter, const Frame& f, int quadrant) const {
    const QRectF box = f.quadrant(quadrant);
    const bool isChosen = chosen_ == strategyAt(quadrant);
    const QColor base = palette().base().color(), text = palette().text().color();
    const QColor highlight = palette().highlight().color();
    painter.setPen(isChosen ? QPen(highlight, 0.2 * f.em) : QPen(mix(base, text, 0.35), 1));
    painter.setBrush(isChosen ? mix(base, highlight, 0.18) : mix(base, text, 0.04));
    painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 0.3 * f.em, 0.3 * f.em);
    if (hasFocus() && quadrant == focus_) {
        // The keyboard's quadrant: a dashed line just outside the border, clear of its content.
        painter.setPen(QPen(text, std::max(1.0, f.em / 10), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        const qreal out = 0.2 * f.em;
        painter.drawRoundedRect(box.adjusted(-out, -out, out, out), 0.4 * f.em, 0.4 * f.em);
    }
    drawStack(painter, f, f.stack(quadrant), strategyAt(quadrant));
    drawTexts(painter, f, quadrant);
    if (isChosen && !trainableText_.isEmpty()) {
        painter.setFont(f.bold());
        painter.setPen(text);
        drawFitted(painter, f.footer(quadrant), Qt::AlignLeft | Qt::AlignBottom, trainableText_);
    }
}

// Where a quadrant's reason goes: under its title, as the title wraps at its fitting size.
QRectF StrategiesFigure::reasonBox(const Frame& f, int quadrant) const {
    const QRectF box = f.title(quadrant);
    const QString text = title(strategyAt(quadrant));
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QFont font = fittingFont(f.bold(), box, flags, text).value_or(scaled(f.bold(), 0.6));
    const qreal height = QFontMetricsF(font).boundingRect(box, flags, text).height();
    return box.adjusted(0, height + 0.4 * f.em, 0, 0);
}

// One size for the four reasons, so that no quadrant looks shouted or whispered: the largest
// at which each fits, down to 80% of the smaller text; none at all where one does not fit, as a
// picture that explains three cases of four looks broken.
std::optional<QFont> StrategiesFigure::reasonFont(const Frame& f) const {
    QFont smallest = scaled(f.font, 0.9);
    for (int q = 0; q < 4; ++q) {
        const auto font = fittingFont(scaled(f.font, 0.9), reasonBox(f, q),
                                      Qt::AlignLeft | Qt::AlignTop, rationale(strategyAt(q)), 0.8);
        if (!font) return std::nullopt;
        if (QFontMetricsF(*font).height() < QFontMetricsF(smallest).height()) smallest = *font;
    }
    return smallest;
}

// The case number, the strategy in bold and, where there is room, why.
void StrategiesFigure::drawTexts(QPainter& painter, const Frame& f, int quadrant) const {
    const QRectF texts = f.texts(quadrant);
    drawBadge(painter, f, QRectF(texts.left(), texts.top(), texts.width(), 1.4 * f.em), quadrant);
    const Strategy strategy = strategyAt(quadrant);
    painter.setFont(f.bold());
    painter.setPen(palette().text().color());
    drawFitted(painter, f.title(quadrant), Qt::AlignLeft | Qt::AlignTop, title(strategy));
    if (!f.reasons) return;
    painter.setFont(*f.reasons);
    painter.setPen(mix(palette().base().color(), palette().text().color(), 0.75));
    painter.drawText(reasonBox(f, quadrant), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     rationale(strategy));
}

// The seed's case number in a disc, and on the lesson's own case a "this lesson" tag.
void StrategiesFigure::drawBadge(QPainter& painter, const Frame& f, const QRectF& box,
                                 int quadrant) const {
    const qreal size = box.height();
    const QRectF disc(box.left(), box.top(), size, size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().text());
    painter.drawEllipse(disc);
    painter.setFont(f.bold());
    painter.setPen(palette().base().color());
    painter.drawText(disc, Qt::AlignCenter, QString::number(quadrant + 1));
    if (strategyAt(quadrant) != Strategy::SmallSimilar) return;
    const QString tag = tr("this lesson");
    const QRectF room(disc.right() + 0.3 * size, box.top(), box.right() - disc.right() - 0.3 * size,
                      size);
    const qreal width =
        std::min(room.width(), QFontMetricsF(f.bold()).horizontalAdvance(tag) + size);
    const QRectF pill(room.left(), room.top(), width, size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().highlight());
    painter.drawRoundedRect(pill, size / 2, size / 2);
    painter.setPen(palette().highlightedText().color());
    drawFitted(painter, pill.adjusted(size / 4, 0, -size / 4, 0), Qt::AlignCenter, tag);
}

// VGG16 as a column, block 1 at the bottom and the head on top: trained rows in the
// highlight colour, frozen rows grey and hatched.
void StrategiesFigure::drawStack(QPainter& painter, const Frame& f, const QRectF& box,
                                 Strategy strategy) const {
    const int rows = kBlocks + 1;
    const qreal gap = std::max(1.0, box.height() * 0.03);
    const qreal height = (box.height() - gap * (rows - 1)) / rows;
    const QColor outline = mix(palette().base().color(), palette().text().color(), 0.55);
    // One size for the six names, the largest at which the head's and a block's both fit.
    const QRectF first(box.left(), box.top(), box.width(), height);
    const QFont start = scaled(f.font, std::min(0.85, height / f.em));
    QFont names = start;
    for (const QString& name : {tr("head"), tr("block%1").arg(kBlocks)}) {
        const QFont font =
            fittingFont(start, first, Qt::AlignCenter, name).value_or(scaled(start, 0.6));
        if (QFontMetricsF(font).height() < QFontMetricsF(names).height()) names = font;
    }
    for (int row = 0; row < rows; ++row) {
        const QRectF cell(box.left(), box.top() + row * (height + gap), box.width(), height);
        const int block = kBlocks + 1 - row;  // row 0 is the head
        const bool trained = row == 0 || block > kBlocks - trainedBlocks(strategy);
        if (trained)
            painter.fillRect(cell, palette().highlight());
        else
            fillFrozen(painter, cell, palette());
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        painter.setPen(trained ? palette().highlightedText().color() : palette().text().color());
        painter.setFont(names);
        painter.drawText(cell, Qt::AlignCenter, row == 0 ? tr("head") : tr("block%1").arg(block));
    }
}

void StrategiesFigure::choose(int quadrant) {
    const Strategy strategy = strategyAt(quadrant);
    setChosen(strategy);
    Q_EMIT strategyChosen(strategy);
}

void StrategiesFigure::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    const Frame f = frame();
    for (int q = 0; q < 4; ++q)
        if (f.quadrant(q).contains(event->position())) return choose(q);
    QWidget::mousePressEvent(event);
}

void StrategiesFigure::keyPressEvent(QKeyEvent* event) {
    // Keys with Ctrl, Alt or Meta belong to the window (Ctrl+Return is the panel's "Do it"),
    // and keys not handled here (PageUp/PageDown from a clicker) go on to the panel.
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::keyPressEvent(event);
    const int row = focus_ / 2, column = focus_ % 2;
    switch (event->key()) {
        case Qt::Key_1:
        case Qt::Key_2:
        case Qt::Key_3:
        case Qt::Key_4:
            return choose(event->key() - Qt::Key_1);
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            return choose(focus_);
        case Qt::Key_Left:
        case Qt::Key_Right:
            focus_ = row * 2 + (event->key() == Qt::Key_Right ? 1 : 0);
            return update();
        case Qt::Key_Up:
        case Qt::Key_Down:
            focus_ = (event->key() == Qt::Key_Down ? 2 : 0) + column;
            return update();
        default:
            return QWidget::keyPressEvent(event);
    }
}

void StrategiesFigure::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) update();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
