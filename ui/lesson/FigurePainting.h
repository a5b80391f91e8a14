#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <optional>

class QPainter;
class QPalette;

namespace layerlab::ui {

// What the lesson's figures share when they paint: they size everything from the font and
// the room they have (presentation mode scales both), and mark frozen layers without colour.

QColor mix(const QColor& from, const QColor& to, qreal t);
QFont scaled(QFont font, qreal factor);
// How much to scale a figure's type: with a whole projector screen it grows with the figure
// (up to 1.5×) so that the back row can read it; squeezed below its size hint, it gives up a
// little (to 85%) before the picture does.
qreal roomZoom(QSize size, QSize hint);
// The font, from `font` down to `least` of it, at which `text` wraps into `box` (Korean and
// English differ in length); none if none does.
std::optional<QFont> fittingFont(const QFont& font, const QRectF& box, int flags,
                                 const QString& text, qreal least = 0.6);
// Draws `text` wrapped into `box` at the fitting font, at worst 60%.
void drawFitted(QPainter& painter, const QRectF& box, int flags, const QString& text);
// A y axis's text, reading bottom to top, centred in its tall, narrow `box`.
void drawRotated(QPainter& painter, const QRectF& box, const QString& text);
// A line from `from` with a filled head of length `head` at `to`, in the pen's colour.
void drawArrow(QPainter& painter, QPointF from, QPointF to, qreal head);
// Frozen reads without colour too (projectors wash greys out): a grey fill under a hatch.
void fillFrozen(QPainter& painter, const QRectF& box, const QPalette& palette);

}  // namespace layerlab::ui
