#include "imdb/ReviewReadingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "common/LineChart.h"
#include "imdb/HiddenStateMap.h"
#include "train/TorchRuntime.h"

namespace layerlab::ui {
namespace {

// Red for negative, white for undecided, green for positive.
QString colourFor(float positive) {
    const float v = std::clamp(positive, 0.0f, 1.0f) * 2 - 1;
    const int fade = static_cast<int>(255 * (1 - std::abs(v)));
    return v >= 0 ? QColor(fade, 255, fade).name() : QColor(255, fade, fade).name();
}

QString tokensHtml(const ReviewReadout& out) {
    QString html = QStringLiteral("<p style='line-height:150%'>");
    for (std::size_t i = 0; i < out.tokens.size(); ++i) {
        const ReadToken& token = out.tokens[i];
        if (token.index == 0) {
            html += QStringLiteral("<span style='color:#aaa'>·</span> ");
            continue;
        }
        QString word = QString::fromStdString(token.word).toHtmlEscaped();
        if (token.oov) word = QStringLiteral("<i><u>%1</u></i>").arg(word);
        html += QStringLiteral("<span style='background:%1'>%2</span> ")
                    .arg(colourFor(out.reading.positive[i]), word);
    }
    return html + QStringLiteral("</p>");
}

}  // namespace

ReviewReadingDialog::ReviewReadingDialog(const QString& runDir, ReviewReader::Split split,
                                         int review, QWidget* parent)
    : QDialog(parent),
      split_(new QComboBox(this)),
      review_(new QSpinBox(this)),
      readStored_(new QPushButton(this)),
      text_(new QLineEdit(this)),
      readText_(new QPushButton(this)),
      tokens_(new QTextBrowser(this)),
      chart_(new LineChart(this)),
      states_(new HiddenStateMap(this)),
      caption_(new QLabel(this)),
      statesTitle_(new QLabel(this)) {
    for (const auto& [value, name] : kReviewSplits)
        split_->addItem(QString::fromLatin1(name == std::string("train") ? "x_train" : "x_test"),
                        static_cast<int>(value));
    split_->setCurrentIndex(split == ReviewReader::Split::Train ? 0 : 1);
    // The range is known once the run's reviews are loaded; until then any index is taken.
    review_->setRange(0, std::max(0, review));
    review_->setValue(review);
    chart_->setYRange(std::make_pair(0.0, 1.0));
    chart_->setGuide(0.5);
    buildLayout();
    connectSignals();
    retranslate();
    resize(1000, 720);
    caption_->setText(tr("Loading the run's model and reviews…"));
    loadWatcher_.setFuture(QtConcurrent::run([this, runDir] {
        try {
            return std::make_shared<ReviewReader>(runDir.toStdString());
        } catch (const std::exception& e) {
            loadError_ = failureText(e);
            return std::shared_ptr<ReviewReader>();
        }
    }));
}

void ReviewReadingDialog::buildLayout() {
    caption_->setWordWrap(true);
    auto* stored = new QHBoxLayout;
    stored->addWidget(split_);
    stored->addWidget(review_);
    stored->addWidget(readStored_);
    stored->addSpacing(16);
    stored->addWidget(text_, 1);
    stored->addWidget(readText_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tokens_);
    splitter->addWidget(chart_);
    auto* statesBox = new QWidget(this);
    auto* statesLayout = new QVBoxLayout(statesBox);
    statesLayout->setContentsMargins(0, 0, 0, 0);
    statesLayout->addWidget(statesTitle_);
    statesLayout->addWidget(states_, 1);
    splitter->addWidget(statesBox);
    chart_->setMinimumHeight(200);
    splitter->setSizes({150, 300, 200});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the text box reads the text. With an auto-default button the dialog would take
    // the same key press too, and read the stored review instead or close.
    for (QPushButton* button : {readStored_, readText_, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stored);
    layout->addWidget(caption_);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

void ReviewReadingDialog::connectSignals() {
    connect(split_, &QComboBox::currentIndexChanged, this, &ReviewReadingDialog::updateRange);
    connect(readStored_, &QPushButton::clicked, this, &ReviewReadingDialog::readStored);
    connect(readText_, &QPushButton::clicked, this, &ReviewReadingDialog::readTyped);
    connect(text_, &QLineEdit::returnPressed, this, &ReviewReadingDialog::readTyped);
    connect(&readWatcher_, &QFutureWatcher<Outcome>::finished, this,
            [this] { display(readWatcher_.result()); });
    connect(&loadWatcher_, &QFutureWatcher<std::shared_ptr<ReviewReader>>::finished, this, [this] {
        reader_ = loadWatcher_.result();
        loading_ = false;
        if (!reader_) {
            caption_->setText(tr("This run cannot read reviews: %1").arg(loadError_));
            for (QWidget* w :
                 std::initializer_list<QWidget*>{split_, review_, readStored_, text_, readText_,
                                                 chart_, states_, statesTitle_, tokens_})
                w->setVisible(false);
            return;
        }
        const int wanted = review_->value();
        updateRange();
        review_->setValue(wanted);
        readStored();
    });
}

ReviewReadingDialog::~ReviewReadingDialog() {
    loadWatcher_.waitForFinished();
    readWatcher_.waitForFinished();
}

void ReviewReadingDialog::updateRange() {
    if (!reader_) return;
    const auto split = static_cast<ReviewReader::Split>(split_->currentData().toInt());
    review_->setMaximum(std::max(0, static_cast<int>(reader_->reviews(split)) - 1));
}

void ReviewReadingDialog::readStored() {
    const auto split = static_cast<ReviewReader::Split>(split_->currentData().toInt());
    const auto index = static_cast<std::size_t>(review_->value());
    read([split, index](ReviewReader& reader) { return reader.readStoredReview(split, index); });
}

void ReviewReadingDialog::readTyped() {
    const std::string text = text_->text().toStdString();
    if (text_->text().trimmed().isEmpty()) {
        caption_->setText(tr("Type some words first."));
        return;
    }
    read([text](ReviewReader& reader) { return reader.readText(text); });
}

void ReviewReadingDialog::read(std::function<ReviewReadout(ReviewReader&)> reading) {
    if (!reader_ || reading_) return;
    reading_ = true;
    readWatcher_.setFuture(QtConcurrent::run([reader = reader_, reading] {
        Outcome outcome;
        try {
            useComputeThreads();
            outcome.readout = reading(*reader);
        } catch (const std::exception& e) {
            outcome.error = failureText(e);
        }
        return outcome;
    }));
}

void ReviewReadingDialog::display(const Outcome& outcome) {
    reading_ = false;
    if (!outcome.error.isEmpty()) {
        caption_->setText(outcome.error);
        return;
    }
    shown_ = outcome.readout;
    const ReviewReadout& out = *shown_;
    tokens_->setHtml(tokensHtml(out));
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < out.reading.positive.size(); ++i)
        points.emplace_back(double(i), out.reading.positive[i]);
    chart_->setPoints(points);
    states_->setStates(out.reading.hidden, static_cast<int>(out.tokens.size()), out.reading.units);
    retranslate();
}

void ReviewReadingDialog::retranslate() {
    setWindowTitle(tr("Reading a review"));
    readStored_->setText(tr("&Read"));
    readText_->setText(tr("Read &text"));
    text_->setPlaceholderText(tr("Or type a review, e.g. not good at all"));
    review_->setToolTip(tr("Which review of the run's data"));
    chart_->setAxisTitles(tr("step (token)"), tr("P(positive)"));
    statesTitle_->setText(
        tr("Hidden state: one row per unit, one column per step (blue −1, "
           "white 0, red +1)"));
    if (!shown_) return;
    const ReviewReadout& out = *shown_;
    int pads = 0;
    for (const ReadToken& t : out.tokens) pads += t.index == 0;
    const float last = out.reading.positive.back();
    const QString padding =
        out.prePadding
            ? tr("Padding 'pre': %n pad token(s) (·) come first, then the review, so the last "
                 "state has just read its last word.",
                 nullptr, pads)
            : tr("Padding 'post': the review comes first, then %n pad token(s) (·), so the last "
                 "state read padding last and may have forgotten the review.",
                 nullptr, pads);
    QString cut;
    if (out.cut > 0)
        cut =
            (out.preTruncating ? tr("maxlen %1: the first %n token(s) were cut (truncating 'pre').",
                                    nullptr, static_cast<int>(out.cut))
                               : tr("maxlen %1: the last %n token(s) were cut (truncating 'post').",
                                    nullptr, static_cast<int>(out.cut)))
                .arg(out.tokens.size()) +
            QLatin1Char(' ');
    caption_->setText(tr("%1 Prediction: %2 (P(positive) = %3). Underlined words were out of "
                         "the vocabulary (OOV).")
                          .arg(cut + padding, last > 0.5f ? tr("positive") : tr("negative"))
                          .arg(last, 0, 'f', 3));
}

void ReviewReadingDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace layerlab::ui
