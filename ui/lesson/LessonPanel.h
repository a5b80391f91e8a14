#pragma once

#include <QWidget>
#include <optional>

#include "lesson/Lesson.h"
#include "lesson/LessonRun.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace layerlab::ui {

class LanguageManager;
class LessonFigures;
class LessonStage;
struct LessonPrerequisite;

// The lesson panel (View ▸ Lesson, F9): the lesson's steps in order, each with its text in the
// class's language, the notebook cell's code, "Do it" (the GUI performs the step: LessonStage)
// and the step's output as the notebook prints it beside the seed's value, ✓ or ✗ — or "this
// data", never a ✓ that was not computed. PageDown/PageUp (a presenter's clicker) go through
// the steps; a figure with steps of its own (the unrolled RNN) takes them first. Where the
// class stopped is remembered per lesson.
class LessonPanel : public QWidget {
    Q_OBJECT
  public:
    LessonPanel(LessonStage* stage, LessonFigures* figures, LanguageManager* languages,
                QWidget* parent = nullptr);

    // A lesson a teacher wrote (File ▸ Open lesson…). Throws what readLesson throws.
    void openLessonFile(const QString& path);
    void openBuiltin(const QString& id);
    const Lesson& lesson() const { return lesson_; }
    int step() const { return step_; }
    void showStep(int step);
    void next();
    void previous();
    void performStep();  // Do it

    QPushButton* doItButton() const { return doIt_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* previousButton() const { return previous_; }
    QTextBrowser* output() const { return output_; }
    QLabel* prerequisiteLabel() const { return prerequisite_; }
    QPushButton* prerequisiteButton() const { return prerequisiteButton_; }
    QCheckBox* classTimeBox() const { return classTime_; }
    // The output on show as plain text (what a test reads).
    QString outputText() const;

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void connectControls();
    void openRemembered();
    void setLesson(Lesson lesson, const QString& source);
    void showPrerequisite(const std::optional<LessonPrerequisite>& prerequisite);
    void showOutcome(const StepOutcome& outcome);
    void showFailure(const QString& message);
    QString outcomeHtml(const StepOutcome& outcome) const;
    QString valuesHtml(const std::vector<ValueOutcome>& values) const;
    QString local(const LocalText& text) const;
    void retranslate();

    LessonStage* stage_;
    LessonFigures* figures_;
    LanguageManager* languages_;
    Lesson lesson_;
    QString source_;  // "builtin:day19" or a file's path: where the step is remembered
    int step_ = 0;
    std::optional<StepOutcome> outcome_;  // of the step on show, once done
    bool readingReview_ = false;  // Do it began reading the unrolled review with the clicker

    QLabel* lessonTitle_;
    QComboBox* steps_;
    QLabel* title_;
    QLabel* text_;
    QPlainTextEdit* code_;
    QLabel* prerequisite_;
    QPushButton* prerequisiteButton_;
    QLabel* outputTitle_;
    QTextBrowser* output_;
    QPushButton* previous_;
    QPushButton* doIt_;
    QPushButton* next_;
    QCheckBox* classTime_;
};

}  // namespace layerlab::ui
