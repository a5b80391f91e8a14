#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace layerlab::ui {

// model.summary() two ways, a tab each: as Keras prints the lesson's Sequential (the base nested
// as one Functional row) and LayerLab's expanded form, every layer of the base with its
// freezing.
class SummaryDialog : public QDialog {
    Q_OBJECT
  public:
    SummaryDialog(const QString& nested, const QString& expanded, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    QPlainTextEdit* nestedView() const { return nested_; }
    QPlainTextEdit* expandedView() const { return expanded_; }

  private:
    QTabWidget* tabs_;
    QPlainTextEdit* nested_;
    QPlainTextEdit* expanded_;
};

}  // namespace layerlab::ui
