#include "augment/AugmentPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "augment/AugmentControls.h"
#include "common/ButtonShortcut.h"
#include "common/EnumCombo.h"
#include "common/ImageConversion.h"
#include "common/ImageProblemText.h"
#include "data/ImageDecoder.h"
#include "util/LessonDefaults.h"

namespace layerlab::ui {
namespace {

QThreadPool& previewPool() {
    static QThreadPool pool;
    pool.setMaxThreadCount(1);  // newest request wins; older ones are dropped on arrival
    return pool;
}

constexpr int kTileSpacing = 8;
constexpr int kMaxTileSide = 200;

}  // namespace

AugmentPreview::AugmentPreview(QWidget* parent) : QWidget(parent) {
    buildUi();
    retranslate();
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(60);
    connect(debounce_, &QTimer::timeout, this, &AugmentPreview::render);
    connect(controls_, &AugmentControls::changed, this, &AugmentPreview::scheduleRender);
    connect(controls_, &AugmentControls::changed, this, &AugmentPreview::paramsChanged);
    connect(count_, &QSpinBox::valueChanged, this, &AugmentPreview::scheduleRender);
    connect(seed_, &QSpinBox::valueChanged, this, &AugmentPreview::scheduleRender);
    connect(size_, &QSpinBox::valueChanged, this, &AugmentPreview::scheduleRender);
    connect(interpolation_, &QComboBox::currentIndexChanged, this, &AugmentPreview::scheduleRender);
    connect(showParams_, &QCheckBox::toggled, this, &AugmentPreview::layoutTiles);
    connect(reshuffle_, &QPushButton::clicked, this, [this] {
        seed_->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1000000)));
    });
    connect(reset_, &QPushButton::clicked, this,
            [this] { controls_->setParams(AugmentParams::lesson()); });
    connect(copy_, &QPushButton::clicked, this, &AugmentPreview::copyKerasCode);
}

AugmentPreview::~AugmentPreview() {
    ++*generation_;
    previewPool().waitForDone();
}

void AugmentPreview::buildUi() {
    QScrollArea* settings = buildSettings();
    buildSamples();
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(settings);
    splitter->addWidget(samplesScroll_);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

// ImageDataGenerator's parameters, then how many samples, their seed and size, and buttons.
QScrollArea* AugmentPreview::buildSettings() {
    controls_ = new AugmentControls(this);
    count_ = new QSpinBox(this);
    count_->setRange(1, 36);
    count_->setValue(9);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 999999999);
    seed_->setValue(0);
    size_ = new QSpinBox(this);
    size_->setRange(32, 512);
    size_->setValue(defaults::transfer::kInputSize);
    size_->setSingleStep(16);
    size_->setKeyboardTracking(false);
    interpolation_ = new QComboBox(this);
    fillEnumCombo(interpolation_, kInterpolations);
    reshuffle_ = new QPushButton(this);
    addButtonShortcut(reshuffle_, QKeySequence(Qt::CTRL | Qt::Key_R));
    reset_ = new QPushButton(this);
    copy_ = new QPushButton(this);
    addButtonShortcut(copy_, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    showParams_ = new QCheckBox(this);
    showParams_->setChecked(true);

    countLabel_ = new QLabel(this);
    seedLabel_ = new QLabel(this);
    sizeLabel_ = new QLabel(this);
    auto* sampling = new QFormLayout;
    sampling->addRow(countLabel_, count_);
    sampling->addRow(seedLabel_, seed_);
    sampling->addRow(sizeLabel_, size_);
    sampling->addRow(QStringLiteral("interpolation"), interpolation_);
    auto* buttons = new QGridLayout;
    buttons->addWidget(reshuffle_, 0, 0);
    buttons->addWidget(reset_, 0, 1);
    buttons->addWidget(copy_, 1, 0, 1, 2);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(controls_);
    leftLayout->addLayout(sampling);
    leftLayout->addWidget(showParams_);
    leftLayout->addLayout(buttons);
    leftLayout->addStretch(1);
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->sizeHint().width() + 24);
    return leftScroll;
}

// The grid of augmented samples (filled by showSamples) under a title and a message line.
void AugmentPreview::buildSamples() {
    samplesTitle_ = new QLabel(this);
    samplesTitle_->setWordWrap(true);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    grid_ = new QWidget(this);
    gridLayout_ = new QGridLayout(grid_);
    gridLayout_->setSpacing(kTileSpacing);
    gridLayout_->setContentsMargins(0, 0, 0, 0);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(samplesTitle_);
    rightLayout->addWidget(message_);
    rightLayout->addWidget(grid_, 0, Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addStretch(1);
    samplesScroll_ = new QScrollArea(this);
    samplesScroll_->setWidget(right);
    samplesScroll_->setWidgetResizable(true);
    samplesScroll_->viewport()->installEventFilter(this);
}

void AugmentPreview::retranslate() {
    countLabel_->setText(tr("Samples"));
    seedLabel_->setText(tr("Seed"));
    sizeLabel_->setText(QStringLiteral("target_size"));
    size_->setSuffix(tr(" px"));
    interpolation_->setToolTip(
        tr("How flow_from_directory resizes to target_size; Keras's default is nearest"));
    seed_->setToolTip(tr(
        "Sample i uses seed + i and draws what Keras's get_random_transform(seed=seed + i) draws"));
    reshuffle_->setText(tr("Reshuffle"));
    reshuffle_->setToolTip(tr("New random seed (Ctrl+R)"));
    reset_->setText(tr("Lesson defaults"));
    reset_->setToolTip(
        tr("rotation 30, shifts 0.1, shear 0.2, zoom 0.2, horizontal flip, nearest"));
    copy_->setText(tr("Copy as Keras code"));
    copy_->setToolTip(
        tr("Put the matching ImageDataGenerator(...) call on the clipboard (Ctrl+Shift+C)"));
    showParams_->setText(tr("Show drawn parameters under each sample"));
    samplesTitle_->setText(
        tr("<b>Original</b> (resized with nearest, as flow_from_directory) and "
           "<b>augmented samples</b> made by the same function training uses"));
    if (path_.isEmpty())
        message_->setText(tr("Select an image in the Dataset tab to preview augmentation."));
    layoutTiles();
}

void AugmentPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void AugmentPreview::setImagePath(const QString& path) {
    if (path == path_) return;
    path_ = path;
    scheduleRender();
}

AugmentParams AugmentPreview::params() const {
    return controls_->params();
}
void AugmentPreview::setSeed(int seed) {
    seed_->setValue(seed);
}
int AugmentPreview::seed() const {
    return seed_->value();
}
void AugmentPreview::setSampleCount(int count) {
    count_->setValue(count);
}

QImage AugmentPreview::tileImage(int index) const {
    return tiles_.at(index).image;
}
TransformParams AugmentPreview::tileTransform(int index) const {
    return tiles_.at(index).transform;
}
bool AugmentPreview::busy() const {
    return inFlight_ > 0 || debounce_->isActive();
}

QString AugmentPreview::copyKerasCode() {
    const QString code = QString::fromStdString(kerasCode(params()));
    QApplication::clipboard()->setText(code);
    Q_EMIT statusMessage(tr("Copied ImageDataGenerator(...) to the clipboard"));
    return code;
}

void AugmentPreview::scheduleRender() {
    debounce_->start();
}

void AugmentPreview::render() {
    if (path_.isEmpty()) return;
    const int ticket = ++*generation_;
    auto generation = generation_;
    const std::string path = path_.toStdString();
    const AugmentParams params = controls_->params();
    const auto seed = static_cast<std::uint32_t>(seed_->value());
    const int count = count_->value(), size = size_->value();
    const auto interpolation = comboValue<Interpolation>(interpolation_);
    ++inFlight_;
    QPointer<AugmentPreview> self(this);
    QtConcurrent::run(&previewPool(), [=] {
        Rendering result;
        if (*generation == ticket) {  // skip work nobody will look at
            const DecodedImage decoded =
                decodeImageFile(path, ImageSize{size, size}, interpolation);
            if (decoded.ok()) {
                result.original = toQImage(decoded.image);
                const float toPixels = static_cast<float>(1.0 / params.rescale);
                for (int i = 0; i < count; ++i) {
                    Tile tile;
                    const Image augmented =
                        augmentImage(decoded.image, params, seed + i, &tile.transform);
                    tile.image = toQImage(augmented, toPixels);
                    result.tiles.push_back(std::move(tile));
                }
            } else {
                result.error = imageProblemText(decoded.problem, decoded.error);
            }
        }
        QMetaObject::invokeMethod(
            self,
            [=] {
                if (!self) return;
                --self->inFlight_;
                if (*generation == ticket) self->show(result);
            },
            Qt::QueuedConnection);
    });
}

void AugmentPreview::show(const Rendering& rendering) {
    if (!rendering.error.isEmpty()) {
        tiles_.clear();
        original_ = QImage();
        message_->setText(
            tr("Cannot preview %1: %2").arg(QFileInfo(path_).fileName(), rendering.error));
        layoutTiles();
        return;
    }
    message_->clear();
    original_ = rendering.original;
    tiles_ = rendering.tiles;
    layoutTiles();
    Q_EMIT rendered();
}

QString AugmentPreview::caption(const TransformParams& t) const {
    QString text = tr("θ %1°  shear %2°\ntx %3  ty %4 px\nzx %5  zy %6")
                       .arg(t.theta, 0, 'f', 1)
                       .arg(t.shear, 0, 'f', 2)
                       .arg(t.tx, 0, 'f', 1)
                       .arg(t.ty, 0, 'f', 1)
                       .arg(t.zx, 0, 'f', 2)
                       .arg(t.zy, 0, 'f', 2);
    if (t.flip_horizontal) text += tr("  ↔ flipped");
    if (t.flip_vertical) text += tr("  ↕ flipped");
    if (t.brightness) text += tr("\nbrightness %1").arg(*t.brightness, 0, 'f', 2);
    return text;
}

bool AugmentPreview::eventFilter(QObject* watched, QEvent* event) {
    if (watched == samplesScroll_->viewport() && event->type() == QEvent::Resize &&
        columnsForWidth() != gridLayout_->columnCount())
        layoutTiles();
    return QWidget::eventFilter(watched, event);
}

int AugmentPreview::tileSide() const {
    return original_.isNull() ? kMaxTileSide : std::min(kMaxTileSide, original_.width());
}

int AugmentPreview::columnsForWidth() const {
    const int available = samplesScroll_->viewport()->width() - 24;
    return std::max(1, (available + kTileSpacing) / (tileSide() + kTileSpacing));
}

QWidget* AugmentPreview::makeTile(const QImage& image, const QString& caption,
                                  const QString& tooltip) {
    auto* cell = new QWidget(grid_);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    auto* picture = new QLabel(cell);
    const int side = tileSide();
    picture->setPixmap(QPixmap::fromImage(
        image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    picture->setToolTip(tooltip);
    cellLayout->addWidget(picture);
    if (!caption.isEmpty()) {
        auto* text = new QLabel(caption, cell);
        text->setStyleSheet("QLabel { color: #333; }");
        cellLayout->addWidget(text);
    }
    return cell;
}

void AugmentPreview::layoutTiles() {
    while (QLayoutItem* item = gridLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (original_.isNull()) return;
    const int columns = columnsForWidth();
    // The original is the first tile so that it sits beside the samples at every width.
    gridLayout_->addWidget(makeTile(original_, tr("Original"), path_), 0, 0, Qt::AlignTop);
    for (int i = 0; i < tileCount(); ++i) {
        const Tile& tile = tiles_[i];
        const QString caption =
            showParams_->isChecked() ? this->caption(tile.transform) : QString();
        gridLayout_->addWidget(
            makeTile(tile.image, caption, QString::fromStdString(tile.transform.toString())),
            (i + 1) / columns, (i + 1) % columns, Qt::AlignTop);
    }
}

}  // namespace layerlab::ui
