#include "training/PhotoTryout.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "common/ImageConversion.h"
#include "data/Heatmap.h"
#include "explain/ExplainDialog.h"
#include "train/TorchRuntime.h"
#include "training/RunsModel.h"

namespace layerlab::ui {

PhotoTryout::PhotoTryout(QWidget* parent)
    : QWidget(parent),
      intro_(new QLabel(this)),
      choose_(new QPushButton(this)),
      image_(new QLabel(this)),
      gradCam_(new QCheckBox(this)),
      explain_(new QPushButton(this)),
      scale_(new QLabel(this)),
      prediction_(new QLabel(this)),
      barsLayout_(new QVBoxLayout) {
    setAcceptDrops(true);
    intro_->setWordWrap(true);
    image_->setAlignment(Qt::AlignCenter);
    image_->setMinimumSize(160, 160);
    QFont big = prediction_->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    prediction_->setFont(big);
    auto* right = new QVBoxLayout;
    right->addWidget(prediction_);
    right->addLayout(barsLayout_);
    right->addStretch(1);
    scale_->setPixmap(QPixmap::fromImage(toQImage(colourScale(10, 160))));
    scale_->setAlignment(Qt::AlignCenter);
    scale_->setVisible(false);
    auto* picture = new QVBoxLayout;
    picture->addWidget(image_, 1);
    picture->addWidget(scale_);
    auto* result = new QHBoxLayout;
    result->addLayout(picture, 1);
    result->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(intro_, 1);
    top->addWidget(gradCam_);
    top->addWidget(explain_);
    top->addWidget(choose_);
    layout->addLayout(top);
    layout->addLayout(result, 1);
    connectSignals();
    retranslate();
}

void PhotoTryout::connectSignals() {
    connect(choose_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Try a photo"), startFolder(),
            tr("Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)"));
        if (!file.isEmpty()) tryPhoto(file);
    });
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this,
            [this] { showOutcome(watcher_.result()); });
    connect(gradCam_, &QCheckBox::toggled, this, &PhotoTryout::updateGradCam);
    connect(&mapWatcher_, &QFutureWatcher<RunExplainer::Map>::finished, this, [this] {
        const RunExplainer::Map map = mapWatcher_.result();
        if (!map.error.isEmpty()) Q_EMIT statusMessage(map.error);
        overlay_ = map.overlay;
        showPicture();
    });
    connect(explain_, &QPushButton::clicked, this, [this] {
        if (run_.isEmpty()) return;
        auto* dialog = new ExplainDialog(
            run_, photo_.isEmpty() ? QStringList() : QStringList{photo_}, 0, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

PhotoTryout::~PhotoTryout() {
    watcher_.waitForFinished();
    mapWatcher_.waitForFinished();
}

// Where photos to try probably are: the run's validation folder (pictures it did not train
// on), else the last folder a photo came from.
QString PhotoTryout::startFolder() const {
    const QString last = QSettings().value("photo/lastFolder").toString();
    if (!last.isEmpty()) return last;
    const auto record = RunsModel::readRun(run_).record;
    const ImageFolders folders = record ? record->imageFolders() : ImageFolders{};
    return QString::fromStdString(
        (folders.validation.empty() ? folders.train : folders.validation).string());
}

void PhotoTryout::setRun(const QString& runDir) {
    predictor_.reset();  // reloaded on the next photo: a run that trained on has new weights
    mapWatcher_.waitForFinished();
    explainer_.reset();
    if (runDir == run_) return;
    run_ = runDir;
    photo_.clear();
    input_ = overlay_ = QImage();
    image_->clear();
    prediction_->clear();
    for (QProgressBar* bar : bars_) delete bar;
    bars_.clear();
}

void PhotoTryout::tryPhoto(const QString& path) {
    if (run_.isEmpty()) {
        Q_EMIT statusMessage(tr("Show or train a run first: its model answers."));
        return;
    }
    if (watcher_.isRunning()) return;
    QSettings().setValue("photo/lastFolder", QFileInfo(path).absolutePath());
    watcher_.setFuture(QtConcurrent::run([run = run_, predictor = predictor_, path] {
        Outcome outcome{predictor, {}, path, {}};
        try {
            useComputeThreads();
            if (!outcome.predictor)
                outcome.predictor = std::make_shared<RunPredictor>(run.toStdString());
            outcome.prediction = outcome.predictor->predict(path.toStdString());
        } catch (const std::exception& e) {
            outcome.error = failureText(e);
        }
        return outcome;
    }));
}

void PhotoTryout::showOutcome(const Outcome& outcome) {
    if (!outcome.error.isEmpty()) {
        Q_EMIT statusMessage(outcome.error);
        return;
    }
    predictor_ = outcome.predictor;
    const auto& p = outcome.prediction;
    photo_ = outcome.photo;
    input_ = toQImage(p.input);
    overlay_ = QImage();
    showPicture();
    updateGradCam();
    const auto& classes = predictor_->classes();
    prediction_->setText(QStringLiteral("%1 · %2%")
                             .arg(QString::fromStdString(classes.at(std::size_t(p.predicted))))
                             .arg(qRound(100 * p.probabilities.at(std::size_t(p.predicted)))));
    while (bars_.size() < classes.size()) {
        bars_.push_back(new QProgressBar(this));
        barsLayout_->addWidget(bars_.back());
    }
    for (std::size_t i = 0; i < classes.size(); ++i) {
        bars_[i]->setRange(0, 1000);
        bars_[i]->setValue(qRound(1000 * p.probabilities[i]));
        bars_[i]->setFormat(QStringLiteral("%1: %2%")
                                .arg(QString::fromStdString(classes[i]))
                                .arg(100.0 * p.probabilities[i], 0, 'f', 1));
    }
    Q_EMIT statusMessage(QDir::toNativeSeparators(outcome.photo));
}

void PhotoTryout::showPicture() {
    const bool map = gradCam_->isChecked() && !overlay_.isNull();
    scale_->setVisible(map);
    const QImage& shown = map ? overlay_ : input_;
    if (shown.isNull()) return;
    image_->setPixmap(QPixmap::fromImage(shown).scaled(image_->size(), Qt::KeepAspectRatio,
                                                       Qt::SmoothTransformation));
}

// Grad-CAM of the predicted class at the base's last conv layer, for the photo on show.
void PhotoTryout::updateGradCam() {
    if (!gradCam_->isChecked() || photo_.isEmpty() || run_.isEmpty()) {
        showPicture();
        return;
    }
    if (mapWatcher_.isRunning()) return;
    if (!explainer_) explainer_ = std::make_shared<RunExplainer>(run_);
    mapWatcher_.setFuture(explainer_->gradCam(photo_));
}

void PhotoTryout::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void PhotoTryout::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile()) return;
    event->acceptProposedAction();
    tryPhoto(urls.front().toLocalFile());
}

void PhotoTryout::retranslate() {
    intro_->setText(
        tr("Drop a photo here, or choose one: the run on screen says what it sees, "
           "from the picture as its model saw it (resized to its input size)."));
    choose_->setText(tr("Choose photo…"));
    gradCam_->setText(tr("Show &Grad-CAM"));
    gradCam_->setToolTip(
        tr("Lay over the photo where the model looked to choose its class "
           "(blue: nothing, red: the most)"));
    explain_->setText(tr("&Explain…"));
}

void PhotoTryout::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
