#pragma once

#include <QPlainTextEdit>

namespace layerlab::ui {

// The Log tab: the Keras-like lines of the run training now, or the log of a reopened run.
class TrainingLog : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit TrainingLog(QWidget* parent = nullptr);

    // What the run wrote to its log file (empty when it has none).
    void showRunLog(const QString& runDir);
};

}  // namespace layerlab::ui
