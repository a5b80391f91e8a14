#include "imdb/ImdbPage.h"

#include <QEvent>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "imdb/LengthsPanel.h"
#include "imdb/ReviewBrowser.h"
#include "imdb/ReviewReadingDialog.h"
#include "imdb/SequenceModelForm.h"
#include "training/TrainingWorkspace.h"

namespace layerlab::ui {

ImdbPage::ImdbPage(QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      reviews_(new ReviewBrowser(this)),
      lengths_(new LengthsPanel(this)),
      model_(new SequenceModelForm(this)),
      training_(new TrainingWorkspace(Task::Imdb, this)) {
    tabs_->setDocumentMode(true);
    tabs_->addTab(reviews_, QString());
    tabs_->addTab(lengths_, QString());
    tabs_->addTab(model_, QString());
    tabs_->addTab(training_, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    training_->setSpecProvider([this](QString* problem) { return experimentSpec(problem); });
    training_->setItemDescriber([this](const std::string& item) { return openingWords(item); });
    connectTabs();
    retranslate();
    updateModelShape();
}

// The reviews feed the lengths tab (statistics, the selected review padded); load_data and
// pad_sequences go to the model tab (num_words and maxlen shape its input, all of them its
// Keras code).
void ImdbPage::connectTabs() {
    connect(reviews_, &ReviewBrowser::loaded, this, [this] {
        const auto bundle = reviews_->bundle();
        lengths_->setStatistics(bundle ? bundle->trainLengths : LengthStatistics{});
        updateModelShape();  // load_data's skip_top and seed, which reload the reviews
    });
    connect(reviews_, &ReviewBrowser::reviewSelected, this, &ImdbPage::showSelectedPadded);
    connect(reviews_, &ReviewBrowser::readWithRunRequested, this, &ImdbPage::readWithRun);
    connect(reviews_, &ReviewBrowser::numWordsChanged, this, &ImdbPage::updateModelShape);
    connect(lengths_, &LengthsPanel::maxlenChanged, this, &ImdbPage::updateModelShape);
    connect(lengths_, &LengthsPanel::sidesChanged, this, &ImdbPage::updateModelShape);
    // The window shows the training workspace's messages; the model tab's go the same way.
    connect(model_, &SequenceModelForm::statusMessage, training_,
            &TrainingWorkspace::statusMessage);
}

void ImdbPage::showSelectedPadded() {
    const auto bundle = reviews_->bundle();
    const int review = reviews_->selectedReview();
    if (!bundle || review < 0) {
        lengths_->showReview(std::nullopt);
        return;
    }
    lengths_->showReview(bundle->reviews(reviews_->split()).x[static_cast<std::size_t>(review)]);
}

void ImdbPage::updateModelShape() {
    model_->setPreparation(
        {reviews_->options(), lengths_->maxlen(), lengths_->padding(), lengths_->truncating()});
}

// "x_train[3313]" → the first words of that review, as the page decodes it (a run trained on
// these reviews numbers them the same way: load_data's seeded shuffle).
QString ImdbPage::openingWords(const std::string& item) const {
    static const QRegularExpression pattern(QStringLiteral("^x_train\\[(\\d+)\\]$"));
    const auto match = pattern.match(QString::fromStdString(item));
    const auto bundle = reviews_->bundle();
    if (!bundle || !match.hasMatch()) return {};
    const auto index = match.captured(1).toULongLong();
    if (index >= bundle->trainText.size()) return {};
    return bundle->trainText[index].section(QLatin1Char(' '), 0, 7);
}

void ImdbPage::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

void ImdbPage::load(const ImdbSource& source) {
    reviews_->load(source);
}

void ImdbPage::loadInitial() {
    reviews_->loadInitial();
}

void ImdbPage::reloadIfAutomatic() {
    reviews_->reloadIfAutomatic();
}

bool ImdbPage::isLoading() const {
    return reviews_->isLoading();
}

std::shared_ptr<const ImdbBundle> ImdbPage::bundle() const {
    return reviews_->bundle();
}

void ImdbPage::readWithRun() {
    const QString run = training_->currentRun();
    if (run.isEmpty()) {
        reviews_->showProblem(
            tr("Train a model (or show a run on the Training tab) first: it "
               "does the reading."));
        return;
    }
    auto* dialog = new ReviewReadingDialog(run, reviews_->split(),
                                           std::max(0, reviews_->selectedReview()), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

std::optional<ExperimentSpec> ImdbPage::experimentSpec(QString* problem) const {
    const auto bundle = reviews_->bundle();
    if (!bundle) {
        *problem = tr("Load reviews first (the Reviews tab).");
        return std::nullopt;
    }
    const ImdbOptions options = reviews_->options();
    ImdbExperimentSpec spec;
    spec.data = bundle->path.toStdString();
    spec.skipTop = options.skipTop;
    spec.loadSeed = options.seed;
    spec.padding = lengths_->padding();
    spec.truncating = lengths_->truncating();
    spec.model = model_->spec();
    return spec;
}

void ImdbPage::retranslate() {
    tabs_->setTabText(ReviewsTab, tr("Reviews"));
    tabs_->setTabText(LengthsTab, tr("Lengths && padding"));
    tabs_->setTabText(ModelTab, tr("Model"));
    tabs_->setTabText(TrainingTab, tr("Training"));
}

void ImdbPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
