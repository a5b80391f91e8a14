#include "imdb/ImdbPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

#include "common/FailureText.h"
#include "common/EnumCombo.h"
#include "experiment/SequenceOptions.h"
#include "imdb/LengthHistogram.h"
#include "imdb/ReviewListModel.h"
#include "imdb/ReviewReadingDialog.h"
#include "io/Paths.h"
#include "model/Network.h"
#include "model/SequenceModel.h"
#include "training/TrainingWorkspace.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

QSpinBox* spin(QWidget* parent, int lo, int hi, int value) {
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setValue(value);
    return box;
}

QString fixedFontCss() {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

}  // namespace

ImdbPage::ImdbPage(QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      source_(new QComboBox(this)),
      numWords_(spin(this, 10, 100000, defaults::imdb::kNumWords)),
      skipTop_(spin(this, 0, 1000, defaults::imdb::kSkipTop)),
      seed_(spin(this, 0, 1 << 30, static_cast<int>(defaults::imdb::kLoadSeed))),
      sourceStatus_(new QLabel(this)),
      split_(new QComboBox(this)),
      search_(new QLineEdit(this)),
      table_(new QTableView(this)),
      text_(new QTextBrowser(this)),
      readWithRun_(new QPushButton(this)),
      reviews_(new ReviewListModel(this)),
      histogram_(new LengthHistogram(this)),
      maxlen_(spin(this, 1, 5000, defaults::imdb::kMaxlen)),
      maxlenSlider_(new QSlider(Qt::Horizontal, this)),
      padding_(new QComboBox(this)),
      truncating_(new QComboBox(this)),
      shares_(new QLabel(this)),
      padded_(new QPlainTextEdit(this)),
      input_(new QComboBox(this)),
      cell_(new QComboBox(this)),
      units_(spin(this, 1, 1024, defaults::imdb::kUnits)),
      embeddingDim_(spin(this, 1, 1024, defaults::imdb::kEmbeddingDim)),
      layers_(spin(this, 1, 8, 1)),
      bidirectional_(new QCheckBox(this)),
      summary_(new QPlainTextEdit(this)),
      training_(new TrainingWorkspace(Task::Imdb, this)) {
    tabs_->setDocumentMode(true);
    tabs_->addTab(buildReviewsTab(), QString());
    tabs_->addTab(buildLengthsTab(), QString());
    tabs_->addTab(buildModelTab(), QString());
    tabs_->addTab(training_, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    training_->setSpecProvider([this](QString* problem) { return experimentSpec(problem); });
    training_->setItemDescriber([this](const std::string& item) { return openingWords(item); });
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<const ImdbBundle>>::finished, this,
            &ImdbPage::onLoaded);
    restorePadding();
    retranslate();
    updateSummary();
}

// pad_sequences' choices are remembered like the model's: restored once every tab exists (the
// maxlen box drives the slider, the histogram and the summary), saved on every change.
void ImdbPage::restorePadding() {
    QSettings settings;
    maxlen_->setValue(settings.value("imdb/maxlen", defaults::imdb::kMaxlen).toInt());
    setComboFromSetting(padding_, kSides, settings.value("imdb/padding"));
    setComboFromSetting(truncating_, kSides, settings.value("imdb/truncating"));
    auto save = [this] {
        QSettings s;
        s.setValue("imdb/maxlen", maxlen_->value());
        s.setValue("imdb/padding", comboSettingValue(padding_, kSides));
        s.setValue("imdb/truncating", comboSettingValue(truncating_, kSides));
    };
    connect(maxlen_, &QSpinBox::valueChanged, this, save);
    connect(padding_, &QComboBox::currentIndexChanged, this, save);
    connect(truncating_, &QComboBox::currentIndexChanged, this, save);
}

// "x_train[3313]" → the first words of that review, as the page decodes it (a run trained on
// these reviews numbers them the same way: load_data's seeded shuffle).
QString ImdbPage::openingWords(const std::string& item) const {
    static const QRegularExpression pattern(QStringLiteral(R"(^x_train\[(\d+)\]$)"));
    const auto match = pattern.match(QString::fromStdString(item));
    if (!bundle_ || !match.hasMatch()) return {};
    const auto index = match.captured(1).toULongLong();
    if (index >= bundle_->trainText.size()) return {};
    return bundle_->trainText[index].section(QLatin1Char(' '), 0, 7);
}

ImdbPage::~ImdbPage() {
    // A load that failed rethrows its failure here too; onLoaded has said it already.
    try {
        watcher_.waitForFinished();
    } catch (const std::exception&) {
    }
}

QLabel* ImdbPage::addLabel(const char* text) {
    auto* label = new QLabel(this);
    labels_.emplace_back(label, text);
    return label;
}

QWidget* ImdbPage::buildReviewsTab() {
    for (const auto& [kind, name] : kImdbSourceKinds) source_->addItem(QString(), int(kind));
    for (int i = 0; i < 2; ++i) split_->addItem(QString());
    sourceStatus_->setWordWrap(true);
    search_->setClearButtonEnabled(true);
    table_->setModel(reviews_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setMinimumWidth(300);
    text_->setOpenLinks(false);

    auto* options = new QHBoxLayout;
    options->addWidget(addLabel(QT_TR_NOOP("Source")));
    options->addWidget(source_, 1);
    options->addWidget(addLabel(QT_TR_NOOP("num_words")));
    options->addWidget(numWords_);
    options->addWidget(addLabel(QT_TR_NOOP("skip_top")));
    options->addWidget(skipTop_);
    options->addWidget(addLabel(QT_TR_NOOP("seed")));
    options->addWidget(seed_);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filter = new QHBoxLayout;
    filter->addWidget(split_);
    filter->addWidget(search_, 1);
    filter->addWidget(readWithRun_);
    leftLayout->addLayout(filter);
    leftLayout->addWidget(table_, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(text_);
    splitter->setStretchFactor(1, 2);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(options);
    layout->addWidget(sourceStatus_);
    layout->addWidget(splitter, 1);
    connectReviewsTab();
    return page;
}

// Source changes reload (a quick succession of spin box steps reloads once); the split and the
// search filter the table; the selected row shows its review.
void ImdbPage::connectReviewsTab() {
    connect(source_, &QComboBox::activated, this, &ImdbPage::chooseSource);
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    for (QSpinBox* box : {numWords_, skipTop_, seed_})
        connect(box, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ImdbPage::reload);
    connect(numWords_, &QSpinBox::valueChanged, this, &ImdbPage::updateSummary);
    connect(split_, &QComboBox::currentIndexChanged, this, [this](int index) {
        reviews_->setBundle(bundle_, index == 1);
        selectReview(0);
    });
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(search_, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] {
        reviews_->setFilter(search_->text());
        if (reviews_->rowCount() > 0)
            table_->selectRow(0);
        else
            showReview(-1);
    });
    connect(readWithRun_, &QPushButton::clicked, this, &ImdbPage::readWithRun);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showReview(reviews_->reviewAt(current.row())); });
}

QWidget* ImdbPage::buildLengthsTab() {
    maxlenSlider_->setRange(1, 1000);
    maxlenSlider_->setValue(defaults::imdb::kMaxlen);
    for (QComboBox* box : {padding_, truncating_}) fillEnumCombo(box, kSides);
    shares_->setWordWrap(true);
    padded_->setReadOnly(true);
    padded_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    padded_->setMaximumHeight(150);
    auto* controls = new QHBoxLayout;
    controls->addWidget(addLabel(QT_TR_NOOP("maxlen")));
    controls->addWidget(maxlen_);
    controls->addWidget(maxlenSlider_, 1);
    controls->addWidget(addLabel(QT_TR_NOOP("padding")));
    controls->addWidget(padding_);
    controls->addWidget(addLabel(QT_TR_NOOP("truncating")));
    controls->addWidget(truncating_);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(histogram_, 1);
    layout->addLayout(controls);
    layout->addWidget(shares_);
    layout->addWidget(
        addLabel(QT_TR_NOOP("The selected review after pad_sequences (0 = padding):")));
    layout->addWidget(padded_);

    connect(maxlen_, &QSpinBox::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(maxlenSlider_);
        maxlenSlider_->setValue(value);
        histogram_->setMaxlen(value);
        updateShares();
        updatePadded();
        updateSummary();
    });
    connect(maxlenSlider_, &QSlider::valueChanged, maxlen_, &QSpinBox::setValue);
    connect(histogram_, &LengthHistogram::maxlenDragged, maxlen_, &QSpinBox::setValue);
    connect(padding_, &QComboBox::currentIndexChanged, this, &ImdbPage::updatePadded);
    connect(truncating_, &QComboBox::currentIndexChanged, this, &ImdbPage::updatePadded);
    return page;
}

QWidget* ImdbPage::buildModelTab() {
    fillEnumCombo(input_, kSequenceInputs);  // texts: retranslate()
    fillEnumCombo(cell_, kRecurrentCells);
    summary_->setReadOnly(true);
    summary_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    summary_->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* form = new QFormLayout;
    form->addRow(addLabel(QT_TR_NOOP("Input")), input_);
    form->addRow(addLabel(QT_TR_NOOP("Recurrent layer")), cell_);
    form->addRow(addLabel(QT_TR_NOOP("Units")), units_);
    form->addRow(addLabel(QT_TR_NOOP("Embedding size")), embeddingDim_);
    form->addRow(addLabel(QT_TR_NOOP("Stacked layers")), layers_);
    form->addRow(QString(), bidirectional_);
    auto* left = new QWidget(this);
    left->setLayout(form);
    left->setMaximumWidth(360);
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(left);
    layout->addWidget(summary_, 1);
    QSettings settings;
    const SequenceModelSpec defaults;
    setComboValue(input_, defaults.oneHot);
    setComboFromSetting(input_, kSequenceInputs, settings.value("imdb/input"));
    setComboFromSetting(cell_, kRecurrentCells, settings.value("imdb/cell"));
    units_->setValue(settings.value("imdb/units", defaults.units).toInt());
    auto changed = [this] {
        QSettings s;
        s.setValue("imdb/input", comboSettingValue(input_, kSequenceInputs));
        s.setValue("imdb/cell", comboSettingValue(cell_, kRecurrentCells));
        s.setValue("imdb/units", units_->value());
        embeddingDim_->setEnabled(!comboValue<bool>(input_));
        updateSummary();
    };
    connect(input_, &QComboBox::currentIndexChanged, this, changed);
    connect(cell_, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox* box : {units_, embeddingDim_, layers_})
        connect(box, &QSpinBox::valueChanged, this, changed);
    connect(bidirectional_, &QCheckBox::toggled, this, changed);
    embeddingDim_->setEnabled(!comboValue<bool>(input_));
    return page;
}

void ImdbPage::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

bool ImdbPage::busy() const {
    return watcher_.isRunning() || training_->busy();
}

void ImdbPage::chooseSource(int row) {
    const auto index = static_cast<ImdbSource::Kind>(source_->itemData(row).toInt());
    ImdbSource source;
    const QString last = QSettings().value("imdb/lastPath").toString();
    if (index == ImdbSource::NpzFile) {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("imdb.npz"), last, tr("NumPy archive (*.npz)"));
        if (file.isEmpty()) return;
        source = {ImdbSource::NpzFile, file};
    } else if (index == ImdbSource::AclFolder) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("aclImdb folder"), last);
        if (folder.isEmpty()) return;
        source = {ImdbSource::AclFolder, folder};
    } else {
        source.kind = index == ImdbSource::Sample ? ImdbSource::Sample : ImdbSource::Auto;
    }
    if (!source.path.isEmpty()) QSettings().setValue("imdb/lastPath", source.path);
    load(source);
}

void ImdbPage::loadInitial() {
    QSettings settings;
    ImdbSource source;
    const QString kind = settings.value("imdb/sourceKind").toString();
    // LayerLab 0.1 stored the kind's number.
    source.kind = enumFromName(kImdbSourceKinds, kind.toStdString())
                      .value_or(static_cast<ImdbSource::Kind>(std::clamp(kind.toInt(), 0, 3)));
    source.path = settings.value("imdb/sourcePath").toString();
    if (source.kind != ImdbSource::Auto && source.kind != ImdbSource::Sample &&
        !QFileInfo::exists(source.path))
        source = {};
    load(source);
}

void ImdbPage::reloadIfAutomatic() {
    if (current_.kind == ImdbSource::Auto) reload();
}

void ImdbPage::load(const ImdbSource& source) {
    current_ = source;
    setComboValue(source_, source.kind);
    QSettings settings;
    settings.setValue("imdb/sourceKind",
                      QString::fromLatin1(enumName(kImdbSourceKinds, source.kind)));
    settings.setValue("imdb/sourcePath", source.path);
    reload();
}

void ImdbPage::reload() {
    if (watcher_.isRunning()) {
        // The newest settings win: load again when this one lands.
        QTimer::singleShot(200, this, &ImdbPage::reload);
        return;
    }
    ImdbOptions options;
    options.numWords = numWords_->value();
    options.skipTop = skipTop_->value();
    options.seed = static_cast<std::uint32_t>(seed_->value());
    sourceStatus_->setText(tr("Loading reviews…"));
    const QString cache = QString::fromStdString(userCacheDir().string());
    const ImdbSource source = current_;
    watcher_.setFuture(QtConcurrent::run(
        [source, options, cache] { return loadImdbBundle(source, options, cache); }));
}

void ImdbPage::onLoaded() {
    try {
        bundle_ = watcher_.result();
    } catch (const std::exception& e) {
        sourceStatus_->setText(tr("Cannot load reviews: %1").arg(failureText(e)));
        sourceStatus_->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    sourceStatus_->setStyleSheet(QString());
    showStatus();
    reviews_->setBundle(bundle_, split_->currentIndex() == 1);  // keeps the search filter
    histogram_->setStatistics(bundle_->trainLengths);
    maxlenSlider_->setRange(1, std::max(bundle_->trainLengths.max, maxlen_->value()));
    updateShares();
    selectReview(0);
}

void ImdbPage::showStatus() {
    if (!bundle_) return;
    QString status = tr("%1 — x_train %2, x_test %3 (num_words %4, skip_top %5)")
                         .arg(bundle_->description)
                         .arg(bundle_->data.train.x.size())
                         .arg(bundle_->data.test.x.size())
                         .arg(*bundle_->options.numWords)
                         .arg(bundle_->options.skipTop);
    if (!bundle_->problems.isEmpty())
        status += "\n" + tr("%n problem(s): ", nullptr, int(bundle_->problems.size())) +
                  bundle_->problems.mid(0, 3).join(QStringLiteral("; "));
    sourceStatus_->setText(status);
}

void ImdbPage::readWithRun() {
    const QString run = training_->currentRun();
    if (run.isEmpty()) {
        sourceStatus_->setText(
            tr("Train a model (or show a run on the Training tab) first: it "
               "does the reading."));
        return;
    }
    const auto split =
        split_->currentIndex() == 1 ? ReviewReader::Split::Test : ReviewReader::Split::Train;
    auto* dialog = new ReviewReadingDialog(run, split, std::max(0, selected_), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ImdbPage::selectReview(int review) {
    const int row = reviews_->rowOfReview(review);
    if (row >= 0)
        table_->selectRow(row);
    else
        showReview(-1);
}

void ImdbPage::showReview(int review) {
    selected_ = review;
    if (!bundle_ || review < 0) {
        text_->clear();
        // A search kept from another source or split can leave nothing: say so.
        if (bundle_ && reviews_->rowCount() == 0 && !search_->text().isEmpty())
            text_->setHtml(
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No review contains “%1”.").arg(search_->text()).toHtmlEscaped()));
        updatePadded();
        return;
    }
    const bool test = split_->currentIndex() == 1;
    const ImdbSplit& s = test ? bundle_->data.test : bundle_->data.train;
    const auto& texts = test ? bundle_->testText : bundle_->trainText;
    const auto& ratings = test ? bundle_->testRatings : bundle_->trainRatings;
    const auto r = static_cast<std::size_t>(review);
    QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                       .arg(s.y[r] == 1 ? tr("positive") : tr("negative"),
                            tr("%n word(s)", nullptr, static_cast<int>(s.x[r].size())));
    if (r < ratings.size()) html += tr("<p>Rating: %1/10</p>").arg(ratings[r]);
    if (r < texts.size()) {
        QString body = texts[r].toHtmlEscaped();
        // Words outside num_words (or in skip_top) became the OOV index: make them visible.
        body.replace(
            QStringLiteral("&lt;oov&gt;"),
            QStringLiteral("<span style='background:#ffd59e;color:#7a3e00'>&lt;oov&gt;</span>"));
        body.replace(QStringLiteral("&lt;start&gt;"),
                     QStringLiteral("<span style='color:#888'>&lt;start&gt;</span>"));
        html += QStringLiteral("<p style='font-size:large'>%1</p>").arg(body);
    }
    QStringList ids;
    for (auto id : s.x[r]) ids << QString::number(id);
    html += QStringLiteral("<p style='color:#555;font-family:%1'>%2</p>")
                .arg(fixedFontCss(), ids.join(QStringLiteral(", ")));
    text_->setHtml(html);
    updatePadded();
}

void ImdbPage::updateShares() {
    if (!bundle_) return;
    const LengthStatistics& stats = bundle_->trainLengths;
    const int maxlen = maxlen_->value();
    shares_->setText(
        tr("maxlen %1: %2% of the training reviews are cut (longer), %3% are padded (shorter); "
           "mean length %4, median %5.")
            .arg(maxlen)
            .arg(stats.truncatedFraction(maxlen) * 100, 0, 'f', 1)
            .arg(stats.paddedFraction(maxlen) * 100, 0, 'f', 1)
            .arg(stats.mean, 0, 'f', 1)
            .arg(stats.median, 0, 'f', 1));
}

QString ImdbPage::paddedText() const {
    return padded_->toPlainText();
}

void ImdbPage::updatePadded() {
    if (!bundle_ || selected_ < 0) {
        padded_->clear();
        return;
    }
    const bool test = split_->currentIndex() == 1;
    const ImdbSplit& s = test ? bundle_->data.test : bundle_->data.train;
    const PaddedSequences p =
        padSequences({s.x[static_cast<std::size_t>(selected_)]}, maxlen_->value(),
                     comboValue<Side>(padding_), comboValue<Side>(truncating_));
    QStringList values;
    for (auto v : p.values) values << QString::number(v);
    padded_->setPlainText(QStringLiteral("[") + values.join(QStringLiteral(", ")) +
                          QStringLiteral("]"));
}

SequenceModelSpec ImdbPage::modelSpec() const {
    SequenceModelSpec spec;
    spec.oneHot = comboValue<bool>(input_);
    spec.cell = comboValue<RecurrentCell>(cell_);
    spec.units = units_->value();
    spec.embeddingDim = embeddingDim_->value();
    spec.recurrentLayers = layers_->value();
    spec.bidirectional = bidirectional_->isChecked();
    spec.numWords = numWords_->value();
    spec.maxlen = maxlen_->value();
    return spec;
}

void ImdbPage::updateSummary() {
    const SequenceModelSpec spec = modelSpec();
    try {
        const auto layers = buildSequenceLayers(spec);
        summary_->setPlainText(QString::fromStdString(
            kerasSummary(layers, inferLayers(layers, sequenceInputShape(spec)), "sequential")));
    } catch (const std::exception& e) {
        summary_->setPlainText(failureText(e));
    }
}

std::optional<ExperimentSpec> ImdbPage::experimentSpec(QString* problem) const {
    if (!bundle_) {
        *problem = tr("Load reviews first (the Reviews tab).");
        return std::nullopt;
    }
    ImdbExperimentSpec spec;
    spec.data = bundle_->path.toStdString();
    spec.skipTop = skipTop_->value();
    spec.loadSeed = static_cast<std::uint32_t>(seed_->value());
    spec.padding = comboValue<Side>(padding_);
    spec.truncating = comboValue<Side>(truncating_);
    spec.model = modelSpec();
    return spec;
}

void ImdbPage::retranslate() {
    tabs_->setTabText(ReviewsTab, tr("Reviews"));
    tabs_->setTabText(LengthsTab, tr("Lengths && padding"));
    tabs_->setTabText(ModelTab, tr("Model"));
    tabs_->setTabText(TrainingTab, tr("Training"));
    for (auto& [label, text] : labels_) label->setText(tr(text));
    auto sourceText = [this](ImdbSource::Kind kind, const QString& text) {
        source_->setItemText(source_->findData(int(kind)), text);
    };
    sourceText(ImdbSource::Auto, tr("Automatic (Keras cache, else built-in sample)"));
    sourceText(ImdbSource::NpzFile, tr("imdb.npz file…"));
    sourceText(ImdbSource::AclFolder, tr("aclImdb folder…"));
    sourceText(ImdbSource::Sample, tr("Built-in sample (offline)"));
    split_->setItemText(0, tr("x_train"));
    split_->setItemText(1, tr("x_test"));
    search_->setPlaceholderText(tr("Search the decoded text…"));
    readWithRun_->setText(tr("&Read with the run…"));
    readWithRun_->setToolTip(tr("The run on the Training tab reads this review token by token"));
    input_->setItemText(0, tr("One-hot vectors of num_words (the book's first model)"));
    input_->setItemText(1, tr("Embedding"));
    bidirectional_->setText(tr("Bidirectional"));
    numWords_->setToolTip(tr("load_data(num_words): rarer words become the OOV index 2"));
    skipTop_->setToolTip(tr("load_data(skip_top): the most frequent words also become OOV"));
    seed_->setToolTip(tr("load_data(seed): the shuffle; 113 is Keras's default"));
    if (!watcher_.isRunning()) showStatus();
    updateShares();
    if (selected_ >= 0) showReview(selected_);
}

void ImdbPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
