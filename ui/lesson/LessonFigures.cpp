#include "lesson/LessonFigures.h"

#include <QComboBox>
#include <QDir>
#include <QtConcurrent>
#include <algorithm>
#include <map>

#include "data/Sequences.h"
#include "imdb/ImdbPage.h"
#include "imdb/LengthsPanel.h"
#include "imdb/ReviewBrowser.h"
#include "layers/LayerTreeModel.h"
#include "layers/ModelPanel.h"
#include "lesson/RnnTypesFigure.h"
#include "lesson/StrategiesFigure.h"
#include "lesson/TransferFigure.h"
#include "lesson/UnrolledRnnFigure.h"
#include "text/FailureText.h"
#include "training/TrainingWorkspace.h"
#include "transfer/TransferPage.h"
#include "window/MainWindow.h"

namespace layerlab::ui {

// A review as the unrolled figure draws it, and how it was got.
struct LessonFigures::Reading {
    std::vector<UnrolledToken> tokens;
    UnrolledReading reading;
    QString caption;
};

namespace {

// The review the class selected on the Reviews tab, else the first.
std::pair<ReviewReader::Split, int> chosenReview(const ReviewBrowser* reviews) {
    return {reviews->split(), std::max(0, reviews->selectedReview())};
}

QString reviewName(ReviewReader::Split split, int review) {
    return QStringLiteral("x_%1[%2]")
        .arg(split == ReviewReader::Split::Test ? "test" : "train")
        .arg(review);
}

// What a trained run read, token by token.
LessonFigures::Reading readWithRun(const QString& run, ReviewReader::Split split, int review) {
    ReviewReader reader(run.toStdString());
    const ReviewReadout readout = reader.readStoredReview(split, static_cast<std::size_t>(review));
    LessonFigures::Reading out;
    for (const ReadToken& token : readout.tokens)
        out.tokens.push_back({QString::fromStdString(token.word), token.index == 0});
    out.reading = {readout.reading.positive, readout.reading.units, readout.reading.hidden};
    out.caption = QCoreApplication::translate("LessonFigures", "%1 read by %2")
                      .arg(reviewName(split, review), QDir(run).dirName());
    return out;
}

}  // namespace

LessonFigures::LessonFigures(MainWindow* window, QWidget* parent)
    : QStackedWidget(parent),
      window_(window),
      transfer_(new TransferFigure(this)),
      strategies_(new StrategiesFigure(this)),
      unrolled_(new UnrolledRnnFigure(this)),
      rnnTypes_(new RnnTypesFigure(this)) {
    for (QWidget* figure : std::initializer_list<QWidget*>{transfer_, strategies_, unrolled_,
                                                           rnnTypes_})
        addWidget(figure);
    connect(strategies_, &StrategiesFigure::strategyChosen, this, &LessonFigures::applyStrategy);
    connect(window_->transferPage()->model()->layers(), &LayerTreeModel::trainableChanged, this,
            &LessonFigures::showTrainable);
    connect(&reading_, &QFutureWatcher<std::shared_ptr<Reading>>::finished, this, [this] {
        if (const auto reading = reading_.result()) showReading(*reading);
    });
}

LessonFigures::~LessonFigures() {
    reading_.waitForFinished();
}

bool LessonFigures::showFigure(const std::string& name) {
    const std::map<std::string, QWidget*> figures = {{"transfer", transfer_},
                                                     {"strategies", strategies_},
                                                     {"rnn-structure", unrolled_},
                                                     {"rnn-types", rnnTypes_}};
    const auto found = figures.find(name);
    if (found == figures.end()) return false;
    setCurrentWidget(found->second);
    window_->showLessonFigures();
    found->second->setFocus();  // its keys (1–4, the arrows) work at once
    if (found->second == strategies_) showTrainable();
    if (found->second == unrolled_) readReview();
    return true;
}

bool LessonFigures::stepForward() {
    return isVisible() && currentWidget() == unrolled_ && unrolled_->stepForward();
}

bool LessonFigures::stepBack() {
    return isVisible() && currentWidget() == unrolled_ && unrolled_->stepBack();
}

// The quadrant's preset on the Model tab, as its Strategy box would apply it; the class sees
// the count here, and the ticked tree on the Model tab.
void LessonFigures::applyStrategy(Strategy strategy) {
    window_->transferPage()->model()->choosePreset(strategy);
    strategies_->setChosen(strategy);
    showTrainable();
}

// A quadrant stays chosen only while the tree holds its preset: ticked by hand or by a later
// step (fine-tuning's block5), the count is no longer that quadrant's.
void LessonFigures::showTrainable() {
    ModelPanel* model = window_->transferPage()->model();
    if (model->presetBox()->currentIndex() == 0) strategies_->setChosen(std::nullopt);
    const ParamTotals totals = model->layers()->totals();
    strategies_->setTrainableText(
        tr("Trainable params: %1").arg(QString::fromStdString(withThousands(totals.trainable))));
}

// The review the class chose, read by the IMDB run on show; without one, the review as
// pad_sequences gives it to a model (word indices), with no states to show.
void LessonFigures::readReview() {
    ImdbPage* imdb = window_->imdbPage();
    const auto [split, review] = chosenReview(imdb->reviewBrowser());
    const QString run = imdb->training()->currentRun();
    if (!run.isEmpty() && !reading_.isRunning()) {
        reading_.setFuture(QtConcurrent::run([run, split = split, review = review] {
            try {
                return std::make_shared<Reading>(readWithRun(run, split, review));
            } catch (const std::exception& e) {
                auto failed = std::make_shared<Reading>();
                failed->caption = failureText(e);
                return failed;
            }
        }));
        return;
    }
    Reading padded;
    const auto bundle = imdb->bundle();
    const auto& x = bundle ? bundle->reviews(split).x : std::vector<Sequence>{};
    if (static_cast<std::size_t>(review) < x.size()) {
        const PaddedSequences row =
            padSequences({x[static_cast<std::size_t>(review)]}, imdb->lengths()->maxlen());
        for (std::int32_t index : row.values)
            padded.tokens.push_back({index == 0 ? QStringLiteral("<pad>") : QString::number(index),
                                     index == 0});
    }
    padded.caption = tr("%1 as the model receives it (word indices); train an IMDB run to see "
                        "what it reads")
                         .arg(reviewName(split, review));
    showReading(padded);
}

// The review starts at its first word: 'pre' padding puts up to maxlen zeros before it, which the
// class would otherwise click through first (they are there to see, one step back).
void LessonFigures::showReading(const Reading& reading) {
    unrolled_->setReview(reading.tokens, reading.reading, reading.caption);
    const auto word = std::find_if(reading.tokens.begin(), reading.tokens.end(),
                                   [](const UnrolledToken& token) { return !token.padding; });
    if (word != reading.tokens.end())
        unrolled_->setStep(std::max<int>(0, int(word - reading.tokens.begin()) - 1));
}

}  // namespace layerlab::ui
