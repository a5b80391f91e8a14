#include "lesson/FigurePainting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QPolygonF>
#include <algorithm>

namespace layerlab::ui {

QColor mix(const QColor& from, const QColor& to, qreal t) {
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QFont scaled(QFont font, qreal factor) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

qreal roomZoom(QSize size, QSize hint) {
    return std::clamp(std::min(qreal(size.width()) / hint.width(),
                               qreal(size.height()) / hint.height()),
                      0.85, 1.5);
}

std::optional<QFont> fittingFont(const QFont& font, const QRectF& box, int flags,
                                 const QString& text, qreal least) {
    for (qreal factor = 1.0; factor > least - 0.05; factor -= 0.1) {
        const QFont candidate = scaled(font, factor);
        const QRectF needed =
            QFontMetricsF(candidate).boundingRect(box, flags | Qt::TextWordWrap, text);
        if (needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5)
            return candidate;
    }
    return std::nullopt;
}

void drawFitted(QPainter& painter, const QRectF& box, int flags, const QString& text) {
    const QFont original = painter.font();
    painter.setFont(fittingFont(original, box, flags, text).value_or(scaled(original, 0.6)));
    painter.drawText(box, flags | Qt::TextWordWrap, text);
    painter.setFont(original);
}

void drawRotated(QPainter& painter, const QRectF& box, const QString& text) {
    painter.save();
    painter.translate(box.center());
    painter.rotate(-90);
    const QRectF turned(-box.height() / 2, -box.width() / 2, box.height(), box.width());
    drawFitted(painter, turned, Qt::AlignCenter, text);
    painter.restore();
}

void drawArrow(QPainter& painter, QPointF from, QPointF to, qreal head) {
    const qreal length = QLineF(from, to).length();
    if (length < 1) return;
    const QPointF back = (from - to) / length * head;
    const QPointF side(-back.y() / 2, back.x() / 2);
    painter.save();
    painter.drawLine(from, to + back / 2);  // stops inside the tip: a thick pen would poke out
    painter.setBrush(painter.pen().color());
    painter.drawPolygon(QPolygonF{to, to + back + side, to + back - side});
    painter.restore();
}

void fillFrozen(QPainter& painter, const QRectF& box, const QPalette& palette) {
    const QColor base = palette.base().color();
    const QColor text = palette.text().color();
    painter.fillRect(box, mix(base, text, 0.12));
    painter.fillRect(box, QBrush(mix(base, text, 0.45), Qt::BDiagPattern));
}

}  // namespace layerlab::ui
