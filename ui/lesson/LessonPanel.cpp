#include "lesson/LessonPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "common/ButtonShortcut.h"
#include "lesson/LessonFigures.h"
#include "lesson/LessonStage.h"
#include "lesson/UnrolledRnnFigure.h"
#include "text/FailureText.h"
#include "window/LanguageManager.h"

namespace layerlab::ui {
namespace {

constexpr char kBuiltinPrefix[] = "builtin:";

QString settingKey(const QString& source) {
    return QStringLiteral("lesson/step/") + QString(source).replace('/', '|');
}

}  // namespace

LessonPanel::LessonPanel(LessonStage* stage, LessonFigures* figures, LanguageManager* languages,
                         QWidget* parent)
    : QWidget(parent),
      stage_(stage),
      figures_(figures),
      languages_(languages),
      lessonTitle_(new QLabel(this)),
      steps_(new QComboBox(this)),
      title_(new QLabel(this)),
      text_(new QLabel(this)),
      code_(new QPlainTextEdit(this)),
      prerequisite_(new QLabel(this)),
      prerequisiteButton_(new QPushButton(this)),
      outputTitle_(new QLabel(this)),
      output_(new QTextBrowser(this)),
      previous_(new QPushButton(this)),
      doIt_(new QPushButton(this)),
      next_(new QPushButton(this)),
      classTime_(new QCheckBox(this)) {
    buildLayout();
    connectControls();
    retranslate();
    openRemembered();
}

// The lesson open last time; the built-in one on first launch, or when that file is gone.
void LessonPanel::openRemembered() {
    const QString source = QSettings().value("lesson/source").toString();
    if (!source.isEmpty() && !source.startsWith(kBuiltinPrefix)) {
        try {
            return openLessonFile(source);
        } catch (const std::exception& e) {
            Q_EMIT statusMessage(failureText(e));
        }
    }
    const QString id = source.startsWith(kBuiltinPrefix) ? source.mid(int(strlen(kBuiltinPrefix)))
                                                         : QString();
    try {
        openBuiltin(id.isEmpty() ? QStringLiteral("day19") : id);
    } catch (const std::exception&) {
        openBuiltin(QStringLiteral("day19"));  // an id no longer shipped
    }
}

void LessonPanel::buildLayout() {
    title_->setWordWrap(true);
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code_->setReadOnly(true);
    code_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code_->setLineWrapMode(QPlainTextEdit::NoWrap);
    prerequisite_->setWordWrap(true);
    prerequisite_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    output_->setMinimumHeight(output_->fontMetrics().lineSpacing() * 5);
    // Narrow beside the pages at 1024 px: long step titles are cut in the box, not the panel.
    steps_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    steps_->setMinimumContentsLength(12);
    classTime_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    doIt_->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(doIt_, 1);
    buttons->addWidget(next_);
    auto* prerequisiteRow = new QHBoxLayout;
    prerequisiteRow->addWidget(prerequisite_, 1);
    prerequisiteRow->addWidget(prerequisiteButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lessonTitle_);
    layout->addWidget(steps_);
    layout->addWidget(title_);
    layout->addWidget(text_);
    layout->addWidget(code_);
    layout->addLayout(prerequisiteRow);
    layout->addLayout(buttons);
    layout->addWidget(classTime_);
    layout->addWidget(outputTitle_);
    layout->addWidget(output_, 1);
}

void LessonPanel::connectControls() {
    connect(steps_, &QComboBox::activated, this, &LessonPanel::showStep);
    // The buttons go from step to step; what a presenter's clicker sends (Page Down, Page Up)
    // steps through a figure's own steps first (the unrolled review). The shortcuts belong to
    // the buttons: they work while the panel is on show.
    connect(previous_, &QPushButton::clicked, this, [this] { showStep(step_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showStep(step_ + 1); });
    connect(new QShortcut(QKeySequence(Qt::Key_PageDown), next_), &QShortcut::activated, this,
            &LessonPanel::next);
    connect(new QShortcut(QKeySequence(Qt::Key_PageUp), previous_), &QShortcut::activated, this,
            &LessonPanel::previous);
    connect(doIt_, &QPushButton::clicked, this, &LessonPanel::performStep);
    addButtonShortcut(doIt_, QKeySequence(Qt::CTRL | Qt::Key_Return));
    addButtonShortcut(doIt_, QKeySequence(Qt::CTRL | Qt::Key_Enter));
    classTime_->setChecked(QSettings().value("lesson/classTime", true).toBool());
    stage_->setClassTime(classTime_->isChecked());
    connect(classTime_, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue("lesson/classTime", on);
        stage_->setClassTime(on);
    });
    connect(stage_, &LessonStage::performed, this, &LessonPanel::showOutcome);
    // Numbers of a step whose data has since changed would be a silent wrong number.
    connect(stage_, &LessonStage::pagesChanged, this, [this] {
        if (!outcome_) return;
        outcome_.reset();
        output_->setPlainText(tr("The pages changed since this step was done: Do it again for "
                                 "its numbers."));
    });
    connect(stage_, &LessonStage::failed, this, &LessonPanel::showFailure);
}

void LessonPanel::openBuiltin(const QString& id) {
    setLesson(builtinLesson(id.toStdString()), kBuiltinPrefix + id);
}

void LessonPanel::openLessonFile(const QString& path) {
    setLesson(readLesson(path.toStdString()), path);
}

void LessonPanel::setLesson(Lesson lesson, const QString& source) {
    lesson_ = std::move(lesson);
    source_ = source;
    QSettings().setValue("lesson/source", source);
    stage_->reset();
    const int remembered = QSettings().value(settingKey(source), 0).toInt();
    retranslate();
    showStep(std::clamp(remembered, 0, int(lesson_.steps.size()) - 1));
}

void LessonPanel::showStep(int step) {
    if (lesson_.steps.empty()) return;
    step_ = std::clamp(step, 0, int(lesson_.steps.size()) - 1);
    QSettings().setValue(settingKey(source_), step_);
    outcome_.reset();
    readingReview_ = false;
    const LessonStep& s = lesson_.steps[static_cast<std::size_t>(step_)];
    QStringList code;
    for (const std::string& line : s.code) code << QString::fromStdString(line);
    code_->setPlainText(code.join('\n'));
    code_->setVisible(!code.isEmpty());
    // As tall as the cell (up to 7 lines), and room for a horizontal scroll bar.
    const int lines = std::min<int>(int(code.size()), 7) + 2;
    code_->setFixedHeight(code_->fontMetrics().lineSpacing() * lines);
    const auto figure = std::find_if(s.actions.begin(), s.actions.end(), [](const auto& a) {
        return a.action == LessonAction::Show;
    });
    figures_->showFigure(figure == s.actions.end() ? std::string() : figure->args.at("figure"));
    showPrerequisite(stage_->prerequisite(s));
    previous_->setEnabled(step_ > 0);
    next_->setEnabled(step_ + 1 < int(lesson_.steps.size()));
    output_->clear();
    retranslate();
}

// Once Do it has started reading the unrolled review, the clicker steps through its words
// before it goes on (else a clicker would have a hundred words to pass on every visit).
void LessonPanel::next() {
    if (readingReview_ && figures_->stepForward()) return;
    if (step_ + 1 < int(lesson_.steps.size())) showStep(step_ + 1);
}

void LessonPanel::previous() {
    if (readingReview_ && figures_->stepBack()) return;
    if (step_ > 0) showStep(step_ - 1);
}

void LessonPanel::performStep() {
    if (lesson_.steps.empty() || stage_->busy()) return;
    const LessonStep& step = lesson_.steps[static_cast<std::size_t>(step_)];
    const auto prerequisite = stage_->prerequisite(step);
    showPrerequisite(prerequisite);
    if (prerequisite) {
        outcome_.reset();
        output_->clear();  // an earlier outcome would say what no longer holds
        return;
    }
    readingReview_ = figures_->unrolled()->isVisible();
    output_->setPlainText(tr("Working…"));
    stage_->perform(step);
}

void LessonPanel::showPrerequisite(const std::optional<LessonPrerequisite>& prerequisite) {
    prerequisite_->setVisible(prerequisite.has_value());
    prerequisiteButton_->setVisible(prerequisite.has_value());
    prerequisiteButton_->disconnect(this);
    if (!prerequisite) return;
    prerequisite_->setText(prerequisite->text);
    prerequisiteButton_->setText(prerequisite->button);
    const auto act = prerequisite->act;
    const auto action = prerequisite->step;
    connect(prerequisiteButton_, &QPushButton::clicked, this, [this, act, action] {
        if (act) act();
        if (!action) return;
        // The lesson's own step that does it, the first one before this.
        for (int i = 0; i < int(lesson_.steps.size()); ++i)
            for (const LessonActionLine& line : lesson_.steps[static_cast<std::size_t>(i)].actions)
                if (line.action == *action) return showStep(i);
    });
}

void LessonPanel::showOutcome(const StepOutcome& outcome) {
    outcome_ = outcome;
    showPrerequisite(std::nullopt);
    retranslate();
}

void LessonPanel::showFailure(const QString& message) {
    outcome_.reset();
    output_->setPlainText(message);
    Q_EMIT statusMessage(message);
}

// Each value beside the seed's (what the class checks first), then the cell's output as the
// notebook prints it.
QString LessonPanel::outcomeHtml(const StepOutcome& outcome) const {
    QString html = valuesHtml(outcome.values);
    QStringList lines;
    for (const Message& line : outcome.lines) lines << messageText(line).toHtmlEscaped();
    if (outcome.notPerformed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(messageText(*outcome.notPerformed));
    if (!lines.isEmpty())  // wrapped in a narrow panel rather than cut off
        html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>")
                    .arg(lines.join('\n'));
    return html.isEmpty() ? tr("Done.") : html;
}

QString LessonPanel::valuesHtml(const std::vector<ValueOutcome>& values) const {
    if (values.empty()) return {};
    QString html;
    if (std::any_of(values.begin(), values.end(),
                    [](const ValueOutcome& v) { return v.verdict == Verdict::ThisData; }))
        html += QStringLiteral("<p>%1</p>").arg(
            tr("This is not the lesson's data: the values are its own, and the lesson's (from "
               "the full dataset) stand beside them, unticked."));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const ValueOutcome& value : values) {
        const QString expected = QString::fromStdString(value.expected).toHtmlEscaped();
        QString verdict;
        switch (value.verdict) {
            case Verdict::Matches:
                verdict = QStringLiteral("<b style=\"color:#1a7f37\">✓</b> ") +
                          tr("as in the lesson (%1)").arg(expected);
                break;
            case Verdict::Differs:
                verdict = QStringLiteral("<b style=\"color:#cf222e\">✗</b> ") +
                          tr("the lesson has %1").arg(expected);
                break;
            case Verdict::ThisData:
                verdict = QStringLiteral("<span style=\"color:gray\">%1</span>")
                              .arg(tr("lesson: %1").arg(expected));
                break;
            case Verdict::NoneExpected:
                break;
        }
        html += QStringLiteral("<tr><td style=\"white-space:nowrap\"><tt>%1</tt></td>"
                               "<td><tt><b>%2</b></tt></td><td>%3</td></tr>")
                    .arg(QString::fromStdString(value.name).toHtmlEscaped(),
                         QString::fromStdString(value.computed).toHtmlEscaped(), verdict);
    }
    return html + QStringLiteral("</table>");
}

void LessonPanel::retranslate() {
    lessonTitle_->setText(QStringLiteral("<b>%1</b>").arg(local(lesson_.title).toHtmlEscaped()));
    steps_->clear();
    for (std::size_t i = 0; i < lesson_.steps.size(); ++i)
        steps_->addItem(QStringLiteral("%1 / %2  %3")
                            .arg(i + 1)
                            .arg(lesson_.steps.size())
                            .arg(local(lesson_.steps[i].title)));
    steps_->setCurrentIndex(step_);
    if (step_ < int(lesson_.steps.size())) {
        const LessonStep& step = lesson_.steps[static_cast<std::size_t>(step_)];
        // Larger in rich text, not by a font of its own, so presentation mode's type reaches it.
        title_->setText(
            QStringLiteral("<b><big>%1</big></b>").arg(local(step.title).toHtmlEscaped()));
        text_->setText(local(step.text));
    }
    previous_->setText(tr("◀ Previous"));
    previous_->setToolTip(tr("The step before (Page Up: a figure's own steps first)"));
    doIt_->setText(tr("Do it"));
    doIt_->setToolTip(tr("LayerLab performs this step on its pages and shows the output "
                         "(Ctrl+Return)"));
    next_->setText(tr("Next ▶"));
    next_->setToolTip(tr("The next step (Page Down, a presenter's clicker: a figure's own "
                         "steps first, such as the words of the unrolled review)"));
    classTime_->setText(tr("Class time (5 short epochs)"));
    classTime_->setToolTip(tr("The training step trains at most 5 epochs of 10 steps without "
                              "augmentation, so the feature store serves VGG16's features"));
    outputTitle_->setText(tr("Output"));
    if (outcome_) output_->setHtml(outcomeHtml(*outcome_));
}

QString LessonPanel::outputText() const {
    return output_->toPlainText();
}

QString LessonPanel::local(const LocalText& text) const {
    const bool korean = languages_->current() == QStringLiteral("ko") && !text.ko.empty();
    return QString::fromStdString(korean ? text.ko : text.en);
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
