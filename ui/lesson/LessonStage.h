#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "lesson/Lesson.h"
#include "experiment/ExperimentSpec.h"
#include "lesson/LessonRun.h"

namespace layerlab::ui {

class MainWindow;

// What must be done before a step can be performed, and a button that does it.
struct LessonPrerequisite {
    QString text;    // "Open the cats_and_dogs_filtered folder first."
    QString button;  // "Open a folder…"
    std::function<void()> act;
    // When an earlier step of the lesson does it: its action (the panel goes to that step).
    std::optional<LessonAction> step;
};

// Performs a lesson's steps in the GUI, on the window's own pages, as a teacher would by hand:
// switches to the page, sets the values, opens the folder, builds the model, starts the run.
// The numbers the panel shows are then computed (lesson/LessonRun) from what the pages hold
// (the layer tree's model, the loaded reviews, the open folder), so they are the class's own.
class LessonStage : public QObject {
    Q_OBJECT
  public:
    explicit LessonStage(MainWindow* window);
    ~LessonStage() override;

    // Starts over (another lesson, or the same from the beginning).
    void reset();
    // What `step` needs first, or none.
    std::optional<LessonPrerequisite> prerequisite(const LessonStep& step) const;
    // Performs `step`; `performed` or `failed` follows, at once or when the page has loaded.
    void perform(const LessonStep& step);
    bool busy() const { return static_cast<bool>(waiting_); }
    // Class time: the training step trains a few short epochs without augmentation (the
    // feature store then serves the frozen base), not the lesson's 30 × 100 steps.
    void setClassTime(bool classTime) { classTime_ = classTime; }

  Q_SIGNALS:
    void performed(const layerlab::StepOutcome& outcome);
    void failed(const QString& message);
    // The pages now hold other data or another model than a step was performed on (not by a
    // step being performed): its numbers on show no longer say what the pages hold.
    void pagesChanged();

  private:
    void proceed();  // the step's next actions, until one waits for a page
    void act(const LessonActionLine& action);
    void openDataset();
    void setModel(const LessonActionLine& action);
    void setTrainable(const LessonActionLine& action, bool trainable);
    void augment(const LessonActionLine& action);
    void train(const LessonActionLine& action);
    void setImageSteps(const LessonActionLine& action, TransferExperimentSpec& spec) const;
    void fineTune(const LessonActionLine& action);
    void exportModel(const LessonActionLine& action);
    void loadImdb(const LessonActionLine& action);
    // Continues the step once the IMDB page holds reviews loaded with `numWords`.
    bool reviewsReady(int numWords) const;
    void finish();
    LessonData data() const;
    bool hasFinishedRun() const;
    std::optional<LessonPrerequisite> imagesPrerequisite() const;
    void fail(const QString& message);

    MainWindow* window_;
    std::unique_ptr<LessonRun> run_;
    std::optional<LessonStep> step_;  // the step being performed
    std::size_t next_ = 0;            // its next action
    std::function<bool()> waiting_;   // a page is loading: true once it holds what is needed
    bool classTime_ = true;
    bool performing_ = false;  // from perform() until performed or failed
    StepOutcome extra_;               // what the GUI's actions say beside the computed values
};

}  // namespace layerlab::ui
