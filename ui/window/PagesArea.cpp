#include "window/PagesArea.h"

#include <QEvent>

namespace layerlab::ui {
namespace {

// Room enough for a page's scroll bars and a glimpse of it.
constexpr QSize kSqueezed(240, 240);

}  // namespace

PagesArea::PagesArea(QWidget* pages, QWidget* parent) : QScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(pages);
}

void PagesArea::setSqueezable(bool squeezable) {
    squeezable_ = squeezable;
    updateGeometry();
}

void PagesArea::setFitToView(bool fit) {
    // An explicit minimum overrides the pages' hint when the area lays them out; (0, 0) unsets it.
    widget()->setMinimumSize(fit ? QSize(1, 1) : QSize(0, 0));
}

QSize PagesArea::minimumSizeHint() const {
    return squeezable_ ? kSqueezed : widget()->minimumSizeHint();
}

QSize PagesArea::sizeHint() const {
    return widget()->sizeHint();
}

// The pages' needs change with the type (zoom, presentation mode): the window's layout must
// ask again, or it keeps the old minimum and holds the window at the larger type's size.
// Only a change is passed on: each request makes the window check its type against the screen.
bool PagesArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget() && event->type() == QEvent::LayoutRequest &&
        widget()->minimumSizeHint() != needed_) {
        needed_ = widget()->minimumSizeHint();
        updateGeometry();
    }
    return QScrollArea::eventFilter(watched, event);
}

}  // namespace layerlab::ui
