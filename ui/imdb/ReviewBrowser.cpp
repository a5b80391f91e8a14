#include "imdb/ReviewBrowser.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

#include "text/FailureText.h"
#include "common/EnumCombo.h"
#include "common/SpinBox.h"
#include "experiment/SequenceOptions.h"
#include "imdb/ReviewListModel.h"
#include "io/Paths.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

QString fixedFontCss() {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

}  // namespace

ReviewBrowser::ReviewBrowser(QWidget* parent)
    : QWidget(parent),
      source_(new QComboBox(this)),
      numWords_(spinBox(this, 10, 100000, defaults::imdb::kNumWords)),
      skipTop_(spinBox(this, 0, 1000, defaults::imdb::kSkipTop)),
      seed_(spinBox(this, 0, 1 << 30, static_cast<int>(defaults::imdb::kLoadSeed))),
      sourceStatus_(new QLabel(this)),
      split_(new QComboBox(this)),
      search_(new QLineEdit(this)),
      table_(new QTableView(this)),
      text_(new QTextBrowser(this)),
      readWithRun_(new QPushButton(this)),
      reviews_(new ReviewListModel(this)) {
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
    buildLayout();
    connectControls();
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<const ImdbBundle>>::finished, this,
            &ReviewBrowser::onLoaded);
    retranslate();
}

ReviewBrowser::~ReviewBrowser() {
    // A load that failed rethrows its failure here too; onLoaded has said it already.
    try {
        watcher_.waitForFinished();
    } catch (const std::exception&) {
    }
}

void ReviewBrowser::buildLayout() {
    auto* options = new QHBoxLayout;
    options->addWidget(labels_.add(this, QT_TR_NOOP("Source")));
    options->addWidget(source_, 1);
    options->addWidget(labels_.add(this, QT_TR_NOOP("num_words")));
    options->addWidget(numWords_);
    options->addWidget(labels_.add(this, QT_TR_NOOP("skip_top")));
    options->addWidget(skipTop_);
    options->addWidget(labels_.add(this, QT_TR_NOOP("seed")));
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
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(sourceStatus_);
    layout->addWidget(splitter, 1);
}

// Source changes reload (a quick succession of spin box steps reloads once); the split and the
// search filter the table; the selected row shows its review.
void ReviewBrowser::connectControls() {
    connect(source_, &QComboBox::activated, this, &ReviewBrowser::chooseSource);
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    for (QSpinBox* box : {numWords_, skipTop_, seed_})
        connect(box, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ReviewBrowser::reload);
    connect(numWords_, &QSpinBox::valueChanged, this, &ReviewBrowser::numWordsChanged);
    connect(split_, &QComboBox::currentIndexChanged, this, [this] {
        reviews_->setBundle(bundle_, split());
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
    connect(readWithRun_, &QPushButton::clicked, this, &ReviewBrowser::readWithRunRequested);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showReview(reviews_->reviewAt(current.row())); });
}

bool ReviewBrowser::isLoading() const {
    return watcher_.isRunning();
}

ImdbOptions ReviewBrowser::options() const {
    ImdbOptions options;
    options.numWords = numWords_->value();
    options.skipTop = skipTop_->value();
    options.seed = static_cast<std::uint32_t>(seed_->value());
    return options;
}

ReviewReader::Split ReviewBrowser::split() const {
    return split_->currentIndex() == 1 ? ReviewReader::Split::Test : ReviewReader::Split::Train;
}

void ReviewBrowser::chooseSource(int row) {
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

void ReviewBrowser::loadInitial() {
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

void ReviewBrowser::reloadIfAutomatic() {
    if (current_.kind == ImdbSource::Auto) reload();
}

void ReviewBrowser::load(const ImdbSource& source) {
    current_ = source;
    setComboValue(source_, source.kind);
    QSettings settings;
    settings.setValue("imdb/sourceKind",
                      QString::fromLatin1(enumName(kImdbSourceKinds, source.kind)));
    settings.setValue("imdb/sourcePath", source.path);
    reload();
}

void ReviewBrowser::reload() {
    if (watcher_.isRunning()) {
        // The newest settings win: load again when this one lands.
        QTimer::singleShot(200, this, &ReviewBrowser::reload);
        return;
    }
    sourceStatus_->setText(tr("Loading reviews…"));
    const QString cache = QString::fromStdString(userCacheDir().string());
    const ImdbSource source = current_;
    watcher_.setFuture(QtConcurrent::run(
        [source, load = options(), cache] { return loadImdbBundle(source, load, cache); }));
}

void ReviewBrowser::onLoaded() {
    try {
        bundle_ = watcher_.result();
    } catch (const std::exception& e) {
        // The reviews loaded before are not these: listed, measured or trained on, they would
        // be another data set's numbers under this one's name. Start asks for reviews again.
        bundle_.reset();
        reviews_->setBundle(nullptr, split());
        sourceStatus_->setText(tr("Cannot load reviews: %1").arg(failureText(e)));
        sourceStatus_->setStyleSheet(QStringLiteral("color: #b00020;"));
        Q_EMIT loaded();
        selectReview(-1);
        return;
    }
    sourceStatus_->setStyleSheet(QString());
    showStatus();
    reviews_->setBundle(bundle_, split());  // keeps the search filter
    Q_EMIT loaded();
    selectReview(0);
}

void ReviewBrowser::showStatus() {
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

void ReviewBrowser::showProblem(const QString& text) {
    sourceStatus_->setText(text);
}

void ReviewBrowser::selectReview(int review) {
    const int row = reviews_->rowOfReview(review);
    if (row >= 0)
        table_->selectRow(row);
    else
        showReview(-1);
}

void ReviewBrowser::showReview(int review) {
    selected_ = review;
    Q_EMIT reviewSelected(review);
    if (!bundle_ || review < 0) {
        text_->clear();
        // A search kept from another source or split can leave nothing: say so.
        if (bundle_ && reviews_->rowCount() == 0 && !search_->text().isEmpty())
            text_->setHtml(
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No review contains “%1”.").arg(search_->text()).toHtmlEscaped()));
        return;
    }
    const ImdbSplit& s = bundle_->reviews(split());
    const auto& texts = bundle_->texts(split());
    const auto& ratings = bundle_->ratings(split());
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
}

void ReviewBrowser::retranslate() {
    labels_.retranslate([](const char* text) { return tr(text); });
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
    numWords_->setToolTip(tr("load_data(num_words): rarer words become the OOV index 2"));
    skipTop_->setToolTip(tr("load_data(skip_top): the most frequent words also become OOV"));
    seed_->setToolTip(tr("load_data(seed): the shuffle; 113 is Keras's default"));
    if (!watcher_.isRunning()) showStatus();
    if (selected_ >= 0) showReview(selected_);
}

void ReviewBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
