#pragma once

#include <QScrollArea>

namespace layerlab::ui {

// The window's pages, which may be squeezed narrower than they need while the lesson panel is
// beside them on a 1024 px projector: they then scroll instead of pushing the window (and the
// panel) past the screen's edge. Otherwise they ask for all the room they need, so that
// presentation mode still fits its type to the screen (MainWindow::fitTypeToScreen).
class PagesArea : public QScrollArea {
    Q_OBJECT
  public:
    explicit PagesArea(QWidget* pages, QWidget* parent = nullptr);

    void setSqueezable(bool squeezable);
    // A page that draws itself at any size (the lesson's figures) is on show: the pages take
    // the area's width, not the widest page's.
    void setFitToView(bool fit);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool squeezable_ = false;
    QSize needed_;  // the pages' minimum the window last heard of
};

}  // namespace layerlab::ui
