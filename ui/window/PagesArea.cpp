#include "window/PagesArea.h"

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

}  // namespace layerlab::ui
