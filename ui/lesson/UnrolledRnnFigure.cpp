#include "lesson/UnrolledRnnFigure.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "lesson/FigurePainting.h"

namespace layerlab::ui {
namespace {

// Wider windows stop reading as "one step after another" on a projector.
constexpr int kMaxColumns = 7;
// Enough units to see the state change from word to word; more squares get too small to see.
constexpr int kMaxUnits = 16;
// Steps the network has not read yet, and padding, recede but stay legible.
constexpr qreal kUnread = 0.3;
constexpr qreal kPadding = 0.55;

const QColor kNegative(0xd6, 0x27, 0x28);
const QColor kPositive(0x2c, 0xa0, 0x2c);

// HiddenStateMap's scale, so this figure and the review-reading dialog agree.
QColor diverging(float value) {
    const float v = std::clamp(value, -1.0f, 1.0f);
    const int fade = static_cast<int>(255 * (1 - std::abs(v)));
    return v >= 0 ? QColor(255, fade, fade) : QColor(fade, fade, 255);
}


// A symbol with a lowered, smaller index ("h" "57"): subscript digits are missing from many
// fonts, and "h_57" is not what the lesson writes.
struct Indexed {
    QString base;
    QString index;
    QString tail;
};

QFont indexFont(const QFont& font) {
    QFont small(font);
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.75);
    else
        small.setPixelSize(std::max(1, font.pixelSize() * 3 / 4));
    return small;
}

qreal indexedWidth(const QFont& font, const Indexed& text) {
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(text.base) +
           QFontMetricsF(indexFont(font)).horizontalAdvance(text.index) +
           metrics.horizontalAdvance(text.tail);
}

void drawIndexed(QPainter& painter, QPointF centre, const Indexed& text) {
    const QFont font = painter.font();
    const QFontMetricsF metrics(font);
    qreal x = centre.x() - indexedWidth(font, text) / 2;
    const qreal baseline = centre.y() + (metrics.ascent() - metrics.descent()) / 2;
    painter.drawText(QPointF(x, baseline), text.base);
    x += metrics.horizontalAdvance(text.base);
    painter.setFont(indexFont(font));
    painter.drawText(QPointF(x, baseline + metrics.descent()), text.index);
    x += QFontMetricsF(painter.font()).horizontalAdvance(text.index);
    painter.setFont(font);
    painter.drawText(QPointF(x, baseline), text.tail);
}

const QString kDense = QStringLiteral("Dense(1, sigmoid)");  // Keras code: never translated

}  // namespace

// Everything is measured from the font, so presentation mode (a larger font) just works.
struct UnrolledRnnFigure::Geometry {
    qreal line = 0;  // a text line's height: the unit of every length
    qreal margin = 0;
    qreal pen = 1;
    qreal column = 0;    // a time step's boxes
    qreal gap = 0;       // between columns: the h_t arrow and its label
    qreal gutter = 0;    // left of the first column: "h_0 = 0" or "…" and an arrow
    qreal output = 0;    // the Dense box right of the last step
    qreal ellipsis = 0;  // "…" right of the window while the review goes on
    int first = 0;       // the window of steps shown
    int count = 0;
    bool showsOutput = false;
    qreal left = 0;
    qreal stateTop = 0;  // P(positive), its bar, then the hidden state's squares
    qreal square = 0;
    int perRow = 1;
    qreal arrow = 0;  // the vertical arrows input → cell → state
    qreal cellTop = 0;
    qreal inputTop = 0;
    qreal legendTop = 0;

    qreal columnX(int i) const { return left + gutter + i * (column + gap); }
    qreal cellMid() const { return cellTop + line; }
    qreal barTop() const { return stateTop + 1.05 * line; }
    qreal squaresTop() const { return stateTop + 1.6 * line; }
};

UnrolledRnnFigure::UnrolledRnnFigure(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UnrolledRnnFigure::setReview(std::vector<UnrolledToken> tokens, UnrolledReading reading,
                                  QString caption) {
    // A run that finishes while the class looks at the review must not lose its place.
    const bool same = std::equal(tokens.begin(), tokens.end(), tokens_.begin(), tokens_.end(),
                                 [](const UnrolledToken& a, const UnrolledToken& b) {
                                     return a.word == b.word && a.padding == b.padding;
                                 });
    const int before = step_;
    tokens_ = std::move(tokens);
    reading_ = std::move(reading);
    caption_ = std::move(caption);
    if (!same) step_ = 0;
    updateGeometry();  // the column width follows the step count's digits
    update();
    if (step_ != before) Q_EMIT stepChanged(step_);
}

void UnrolledRnnFigure::setStep(int step) {
    step = std::clamp(step, 0, std::max(0, steps() - 1));
    if (step == step_) return;
    step_ = step;
    update();
    Q_EMIT stepChanged(step_);
}

bool UnrolledRnnFigure::stepForward() {
    if (step_ + 1 >= steps()) return false;
    setStep(step_ + 1);
    return true;
}

bool UnrolledRnnFigure::stepBack() {
    if (step_ == 0) return false;
    setStep(step_ - 1);
    return true;
}

QSize UnrolledRnnFigure::sizeHint() const {
    const Geometry g = measure();
    return QSize(int(2 * g.margin + g.gutter + 5 * (g.column + g.gap) + g.output),
                 int(16 * g.line));
}

QSize UnrolledRnnFigure::minimumSizeHint() const {
    const Geometry g = measure();
    return QSize(int(2 * g.margin + g.gutter + g.column + g.gap + g.output), int(14 * g.line));
}

bool UnrolledRnnFigure::hasReading() const {
    const std::size_t n = tokens_.size();
    return n > 0 && reading_.units > 0 && reading_.positive.size() == n &&
           reading_.hidden.size() == n * std::size_t(reading_.units);
}

QString UnrolledRnnFigure::legend() const {
    if (!hasReading()) return tr("Train an IMDB run to see its hidden states");
    return tr("Squares: h_t, the first %1 of %2 units (blue −1, white 0, red +1) · bar:"
              " P(positive) so far (red below 0.5, green above)")
        .arg(std::min(reading_.units, kMaxUnits))
        .arg(reading_.units);
}

UnrolledRnnFigure::Geometry UnrolledRnnFigure::measure() const {
    const QFontMetricsF metrics(font());
    Geometry g;
    g.line = metrics.height();
    g.margin = g.line / 2;
    g.pen = std::max(1.0, g.line / 12);
    const QString last = QString::number(std::max(steps(), 1));
    // A column holds its step number, the padding's label and a short word without eliding.
    g.column =
        std::max({metrics.horizontalAdvance(QStringLiteral("t = ") + last),
                  metrics.horizontalAdvance(tr("0 (pad)")), metrics.averageCharWidth() * 7}) +
        g.line / 2;
    g.gap =
        std::max(indexedWidth(font(), {QStringLiteral("h"), last, {}}) + g.line / 2, 1.5 * g.line);
    g.gutter =
        indexedWidth(font(), {QStringLiteral("h"), QStringLiteral("0"), QStringLiteral(" = 0")}) +
        g.line / 3 + g.gap;
    // Narrow, the Dense box wraps to two lines; fitColumns widens it when there is room.
    g.output = std::max(g.column, metrics.horizontalAdvance(QStringLiteral("sigmoid)")) + g.line);
    g.ellipsis = metrics.horizontalAdvance(QStringLiteral("…")) + g.line / 2;
    return g;
}

void UnrolledRnnFigure::fitColumns(Geometry& g) const {
    const qreal room = width() - 2 * g.margin - g.gutter;
    const qreal pitch = g.column + g.gap;
    const int most = std::max(1, std::min(kMaxColumns, steps()));
    const auto fit = [&](qreal tail) { return std::clamp(int((room - tail) / pitch), 1, most); };
    // The current step sits mid-window, except near the review's ends.
    const auto place = [&](int count) {
        g.count = std::min(count, steps());
        g.first = std::clamp(step_ - count / 2, 0, std::max(0, steps() - count));
        g.showsOutput = steps() > 0 && g.first + g.count == steps();
    };
    place(fit(g.ellipsis));
    // The output needs more room than "…": with it the window may hold a step less.
    if (g.showsOutput) place(fit(g.output));
    const qreal tail = g.showsOutput ? g.output : g.ellipsis;
    // Spare room first widens the columns (longer words fit), then centres the figure.
    qreal spare = std::max(0.0, room - tail - g.count * pitch);
    if (g.showsOutput) {
        const qreal wider =
            std::min(spare, QFontMetricsF(font()).horizontalAdvance(kDense) + g.line - g.output);
        g.output += std::max(0.0, wider);
        spare -= std::max(0.0, wider);
    }
    g.column += std::min(spare / std::max(1, g.count), g.column / 2);
    const qreal used = g.gutter + g.count * (g.column + g.gap) + (g.showsOutput ? g.output : tail);
    g.left = std::max(g.margin, (width() - used) / 2);
}

void UnrolledRnnFigure::placeRows(Geometry& g) const {
    const qreal line = g.line;
    const int shown = hasReading() ? std::min(reading_.units, kMaxUnits) : kMaxUnits;
    const QRectF legendRoom(0, 0, width() - 2 * g.margin, height());
    const qreal legendHeight =
        QFontMetricsF(font()).boundingRect(legendRoom, Qt::TextWordWrap, legend()).height();
    g.legendTop = height() - g.margin - legendHeight;
    const qreal top = g.margin + 1.5 * line;
    const qreal room = g.legendTop - 0.5 * line - top;
    // P line and bar, cell, input box and its "t = …" line, the shortest arrows: the squares
    // get what is left, in 2 rows of 8 where the height is short and 4 of 4 where it is not.
    const qreal budget = room - 6.2 * line - 1.2 * line;
    g.square = 0;
    for (int wanted : {8, 4}) {
        const int perRow = std::min(wanted, shown);
        const int rows = (shown + perRow - 1) / perRow;
        const qreal side = std::min({1.2 * line, (g.column - 0.4 * line) / perRow, budget / rows});
        if (side > g.square) {
            g.square = side;
            g.perRow = perRow;
        }
    }
    g.square = std::max(g.square, 0.3 * line);
    const int rows = (shown + g.perRow - 1) / g.perRow;
    const qreal fixed = 6.2 * line + rows * g.square;
    g.arrow = std::clamp((room - fixed) / 2, 0.6 * line, 2.5 * line);
    g.stateTop = top + std::max(0.0, (room - fixed - 2 * g.arrow) / 2);
    g.cellTop = g.squaresTop() + rows * g.square + g.arrow;
    g.inputTop = g.cellTop + 2 * line + g.arrow;
}

UnrolledRnnFigure::Geometry UnrolledRnnFigure::arrange() const {
    Geometry g = measure();
    fitColumns(g);
    placeRows(g);
    return g;
}

void UnrolledRnnFigure::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    const Geometry g = arrange();
    drawHeader(painter, g);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(g.margin, g.legendTop, width() - 2 * g.margin, height() - g.legendTop),
                     Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, legend());
    if (steps() == 0) return;
    drawEdges(painter, g);
    for (int i = 0; i < g.count; ++i) drawColumn(painter, g, i);
    if (g.showsOutput) drawOutput(painter, g);
}

void UnrolledRnnFigure::drawHeader(QPainter& painter, const Geometry& g) const {
    const QRectF line(g.margin, g.margin, width() - 2 * g.margin, g.line);
    const QString where = steps() > 0 ? tr("step %1 / %2").arg(step_ + 1).arg(steps()) : QString();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, where);
    const QFontMetricsF metrics(font());
    const qreal room = line.width() - metrics.horizontalAdvance(where) - g.line;
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(caption_, Qt::ElideRight, room));
}

void UnrolledRnnFigure::drawEdges(QPainter& painter, const Geometry& g) const {
    painter.setPen(QPen(palette().color(QPalette::WindowText), g.pen));
    const qreal y = g.cellMid();
    const qreal into = g.columnX(0);
    const qreal from = into - g.gap;
    if (g.first == 0) {
        // Keras starts every review from an all-zero state.
        drawIndexed(painter, {(g.left + from) / 2, y},
                    {QStringLiteral("h"), QStringLiteral("0"), QStringLiteral(" = 0")});
    } else {
        painter.drawText(QRectF(g.left, y - g.line / 2, from - g.left, g.line),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("…"));
        drawIndexed(painter, {from + g.gap / 2, y - 0.6 * g.line},
                    {QStringLiteral("h"), QString::number(g.first), {}});
    }
    drawArrow(painter, {from, y}, {into, y}, g.line / 3);
    if (!g.showsOutput)
        painter.drawText(QRectF(g.columnX(g.count), y - g.line / 2, g.ellipsis, g.line),
                         Qt::AlignCenter, QStringLiteral("…"));
}

void UnrolledRnnFigure::drawColumn(QPainter& painter, const Geometry& g, int index) const {
    const int step = g.first + index;
    const qreal x = g.columnX(index);
    const bool current = step == step_;
    const QPalette& colours = palette();
    painter.save();
    if (current) {
        // One band behind the word, the cell and the state: they are one step.
        QColor band = colours.color(QPalette::Highlight);
        band.setAlphaF(0.2);
        const qreal pad = g.line / 4;
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRoundedRect(QRectF(x - pad, g.stateTop - pad, g.column + 2 * pad,
                                       g.inputTop + 2.6 * g.line - g.stateTop + 2 * pad),
                                pad, pad);
    }
    if (step > step_) painter.setOpacity(kUnread);
    drawInput(painter, g, x, step);
    drawState(painter, g, x, step, step <= step_);
    const QRectF cell(x, g.cellTop, g.column, 2 * g.line);
    painter.setPen(QPen(colours.color(QPalette::WindowText), g.pen));
    painter.setBrush(current ? colours.highlight() : colours.base());
    painter.drawRoundedRect(cell, g.line / 3, g.line / 3);
    painter.setPen(colours.color(current ? QPalette::HighlightedText : QPalette::Text));
    painter.drawText(cell, Qt::AlignCenter, QStringLiteral("RNN"));
    painter.setPen(QPen(colours.color(QPalette::WindowText), g.pen));
    const qreal mid = x + g.column / 2;
    const qreal head = g.line / 3;
    drawArrow(painter, {mid, g.inputTop}, {mid, cell.bottom()}, head);
    drawArrow(painter, {mid, cell.top()}, {mid, cell.top() - g.arrow}, head);
    // The recurrence: this step's state is the next step's other input.
    drawArrow(painter, {cell.right(), g.cellMid()}, {cell.right() + g.gap, g.cellMid()}, head);
    drawIndexed(painter, {cell.right() + g.gap / 2, g.cellMid() - 0.6 * g.line},
                {QStringLiteral("h"), QString::number(step + 1), {}});
    painter.restore();
}

void UnrolledRnnFigure::drawInput(QPainter& painter, const Geometry& g, qreal x, int step) const {
    const UnrolledToken& token = tokens_[step];
    const QRectF box(x, g.inputTop, g.column, 1.6 * g.line);
    painter.save();
    if (token.padding) painter.setOpacity(painter.opacity() * kPadding);
    painter.setPen(QPen(palette().color(QPalette::WindowText), g.pen));
    painter.setBrush(palette().base());
    painter.drawRoundedRect(box, g.line / 4, g.line / 4);
    // Keras pads with index 0: the model reads a zero, not a word.
    const QString word = token.padding ? tr("0 (pad)") : token.word;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
        box, Qt::AlignCenter,
        QFontMetricsF(font()).elidedText(word, Qt::ElideRight, box.width() - g.line / 3));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(x, box.bottom(), g.column, g.line), Qt::AlignCenter,
                     QStringLiteral("t = %1").arg(step + 1));
    painter.restore();
}

void UnrolledRnnFigure::drawState(QPainter& painter, const Geometry& g, qreal x, int step,
                                  bool read) const {
    const bool known = read && hasReading();
    const qreal inset = g.line / 5;
    if (hasReading()) {
        const QRectF bar(x + inset, g.barTop(), g.column - 2 * inset, 0.35 * g.line);
        if (known) {
            const float p = std::clamp(reading_.positive[std::size_t(step)], 0.0f, 1.0f);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRectF(x, g.stateTop, g.column, g.line), Qt::AlignCenter,
                             QString::number(p, 'f', 2));
            painter.fillRect(QRectF(bar.topLeft(), QSizeF(bar.width() * p, bar.height())),
                             p < 0.5f ? kNegative : kPositive);
        }
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        // The 0.5 mark: the side of it decides the class.
        painter.drawLine(QPointF(bar.center().x(), bar.top() - inset / 2),
                         QPointF(bar.center().x(), bar.bottom() + inset / 2));
    }
    const int shown = hasReading() ? std::min(reading_.units, kMaxUnits) : kMaxUnits;
    const qreal stripLeft = x + (g.column - g.perRow * g.square) / 2;
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int u = 0; u < shown; ++u) {
        const QRectF square(stripLeft + (u % g.perRow) * g.square,
                            g.squaresTop() + (u / g.perRow) * g.square, g.square, g.square);
        const std::size_t at = std::size_t(step) * std::size_t(reading_.units) + std::size_t(u);
        painter.setBrush(known ? QBrush(diverging(reading_.hidden[at])) : QBrush(Qt::NoBrush));
        painter.drawRect(square);
    }
}

void UnrolledRnnFigure::drawOutput(QPainter& painter, const Geometry& g) const {
    const int last = steps() - 1;
    const bool done = step_ == last;
    const QPalette& colours = palette();
    const qreal x = g.columnX(g.count);
    painter.save();
    painter.setOpacity(done ? 1.0 : kUnread);
    const QRectF box(x, g.cellTop, g.output, 2 * g.line);
    painter.setPen(QPen(colours.color(QPalette::WindowText), g.pen));
    painter.setBrush(done ? colours.highlight() : colours.base());
    painter.drawRoundedRect(box, g.line / 3, g.line / 3);
    painter.setPen(colours.color(done ? QPalette::HighlightedText : QPalette::Text));
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, kDense);
    // Many to one: only the last state is classified; the earlier P's are what it would say
    // if the review ended there.
    const QString value = done && hasReading()
                              ? QString::number(reading_.positive[std::size_t(last)], 'f', 2)
                              : QStringLiteral("?");
    const QRectF result(x, g.stateTop, g.output, box.top() - g.arrow - g.stateTop);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colours.color(QPalette::WindowText));
    painter.drawText(result, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                     tr("P(positive) = %1").arg(value));
    painter.setFont(font());
    painter.setPen(QPen(colours.color(QPalette::WindowText), g.pen));
    drawArrow(painter, {box.center().x(), box.top()}, {box.center().x(), result.bottom()},
              g.line / 3);
    painter.drawText(QRectF(x, g.inputTop, g.output, g.legendTop - g.inputTop),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("one output, after the last word"));
    painter.restore();
}

void UnrolledRnnFigure::keyPressEvent(QKeyEvent* event) {
    const int before = step_;
    switch (event->key()) {
        case Qt::Key_Right:
            stepForward();
            break;
        case Qt::Key_Left:
            stepBack();
            break;
        case Qt::Key_Home:
            setStep(0);
            break;
        case Qt::Key_End:
            setStep(steps() - 1);
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    // At either end the key goes on to the panel, like the clicker's PageDown.
    if (step_ == before) event->ignore();
}

void UnrolledRnnFigure::mousePressEvent(QMouseEvent* event) {
    const Geometry g = arrange();
    const qreal pitch = g.column + g.gap;
    const int i = int(std::floor((event->position().x() - g.columnX(0) + g.gap / 2) / pitch));
    if (i >= 0 && i < g.count)
        setStep(g.first + i);
    else if (i >= g.count && g.showsOutput)
        setStep(steps() - 1);  // the output is the last step's
}

void UnrolledRnnFigure::changeEvent(QEvent* event) {
    // Every length is measured from the font and the texts: presentation mode changes the one,
    // the language the other.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
