#pragma once

#include <QPlainTextEdit>

namespace layerlab::ui {

// The Log tab: the Keras-like lines of the run training now, or the log of a reopened run.
class TrainingLog : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit TrainingLog(QWidget* parent = nullptr);

    // What the run wrote to its log file (empty when it has none); but the run trained here
    // keeps the lines it said live, in the user's language (its log file is in English).
    void showRunLog(const QString& runDir);
    // A new run starts: no lines yet; `runDir`, once known, is the run they are of.
    void startRun() {
        clear();
        liveRun_.clear();
    }
    void setLiveRun(const QString& runDir) { liveRun_ = runDir; }

  private:
    QString liveRun_;
};

}  // namespace layerlab::ui
