#include "training/TrainingPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <chrono>
#include <cmath>

#include "common/ButtonShortcut.h"
#include "common/Duration.h"
#include "common/EnumCombo.h"
#include "common/FeatureStoreSettings.h"
#include "experiment/KerasFitCode.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

// The lesson's fit() for transfer learning; the book's RNN settings for IMDB.
FitConfig defaultsFor(Task task) {
    return task == Task::Imdb ? ImdbExperimentSpec::bookFit() : TransferExperimentSpec().fit;
}

// The text of `field`'s row label in `form` (rows are added with placeholder labels).
void setLabel(QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(field))) l->setText(text);
}

QSpinBox* spin(QWidget* parent, int lo, int hi) {
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    return box;
}

}  // namespace

TrainingPanel::TrainingPanel(Task task, QWidget* parent)
    : QWidget(parent),
      task_(task),
      form_(new QFormLayout),
      epochs_(spin(this, 1, 10000)),
      steps_(spin(this, 0, 100000)),
      validationSteps_(spin(this, 0, 100000)),
      batch_(spin(this, 1, 4096)),
      optimizer_(new QComboBox(this)),
      learningRate_(new QDoubleSpinBox(this)),
      seed_(spin(this, 0, 1 << 30)),
      validationSplit_(new QDoubleSpinBox(this)),
      augment_(new QCheckBox(this)),
      augmentSummary_(new QLabel(this)),
      cache_(new QCheckBox(this)),
      advancedToggle_(new QToolButton(this)),
      advanced_(new QWidget(this)),
      advancedForm_(new QFormLayout(advanced_)),
      checkpointSeconds_(spin(this, 0, 24 * 60 * 60)),
      defaults_(new QPushButton(this)),
      findLearningRate_(new QPushButton(this)),
      copyCode_(new QPushButton(this)),
      start_(new QPushButton(this)),
      pause_(new QPushButton(this)),
      stop_(new QPushButton(this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      randomBase_(new QLabel(this)) {
    configureControls();
    buildLayout();
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool shown) {
        advanced_->setVisible(shown);
        advancedToggle_->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    // A setting that is not the default is never hidden: a remembered or a run's own interval
    // opens the section it sits in (connected before the settings are restored).
    connect(checkpointSeconds_, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (seconds != CheckpointInterval{}.seconds.count()) advancedToggle_->setChecked(true);
    });
    restoreDefaults();
    restoreSettings();
    connectControls();
    setRunning(false, false);
    retranslate();
}

void TrainingPanel::connectControls() {
    // Remembered as they change, not only on Start: a teacher prepares, quits, comes back.
    for (QSpinBox* box : {epochs_, steps_, validationSteps_, batch_, seed_, checkpointSeconds_})
        connect(box, &QSpinBox::valueChanged, this, &TrainingPanel::save);
    for (QDoubleSpinBox* box : {learningRate_, validationSplit_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::save);
    connect(optimizer_, &QComboBox::currentIndexChanged, this, &TrainingPanel::save);
    for (QCheckBox* box : {augment_, cache_})
        connect(box, &QCheckBox::toggled, this, &TrainingPanel::save);
    connect(augment_, &QCheckBox::toggled, this, &TrainingPanel::updateAugmentSummary);
    connect(augmentSummary_, &QLabel::linkActivated, this,
            &TrainingPanel::augmentationSettingsRequested);
    connect(defaults_, &QPushButton::clicked, this, &TrainingPanel::restoreDefaults);
    connect(findLearningRate_, &QPushButton::clicked, this,
            &TrainingPanel::learningRateFinderRequested);
    connect(copyCode_, &QPushButton::clicked, this, &TrainingPanel::copyKerasCode);
    connect(start_, &QPushButton::clicked, this, [this] {
        save();
        Q_EMIT startRequested();
    });
    connect(pause_, &QPushButton::toggled, this, &TrainingPanel::pauseToggled);
    connect(stop_, &QPushButton::clicked, this, &TrainingPanel::stopRequested);
}

void TrainingPanel::configureControls() {
    fillEnumCombo(optimizer_, kOptimizers);
    learningRate_->setDecimals(6);
    learningRate_->setRange(1e-6, 1.0);
    learningRate_->setSingleStep(1e-5);
    validationSplit_->setRange(0.0, 0.9);
    validationSplit_->setSingleStep(0.05);
    addButtonShortcut(start_, QKeySequence(Qt::Key_F5));
    addButtonShortcut(pause_, QKeySequence(Qt::Key_F6));
    addButtonShortcut(stop_, QKeySequence(Qt::SHIFT | Qt::Key_F5));
    pause_->setCheckable(true);
    start_->setDefault(true);
    status_->setWordWrap(true);
    randomBase_->setWordWrap(true);
    randomBase_->setStyleSheet(QStringLiteral("color: #b35900;"));  // as the Model tab says it
    randomBase_->hide();
    augmentSummary_->setWordWrap(true);
    augmentSummary_->setTextFormat(Qt::RichText);
    progress_->setTextVisible(true);
    advancedToggle_->setCheckable(true);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setAutoRaise(true);
    advanced_->hide();
    advancedForm_->setContentsMargins(0, 0, 0, 0);
    checkpointSeconds_->setSingleStep(10);
}

// Labels are placeholders until retranslate(); each task shows only its own settings.
void TrainingPanel::buildLayout() {
    const bool images = task_ == Task::Transfer;
    form_->addRow(QStringLiteral("-"), epochs_);
    form_->addRow(QStringLiteral("-"), steps_);
    form_->addRow(QStringLiteral("-"), validationSteps_);
    form_->addRow(QStringLiteral("-"), batch_);
    form_->addRow(QStringLiteral("-"), optimizer_);
    form_->addRow(QStringLiteral("-"), learningRate_);
    form_->addRow(QStringLiteral("-"), seed_);
    form_->addRow(QStringLiteral("-"), validationSplit_);
    form_->setRowVisible(validationSplit_, !images);
    form_->setRowVisible(steps_, images);
    form_->setRowVisible(validationSteps_, images);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    if (images) {
        layout->addWidget(augment_);
        layout->addWidget(augmentSummary_);
        layout->addWidget(cache_);
    } else {
        for (QWidget* w : std::initializer_list<QWidget*>{augment_, augmentSummary_, cache_})
            w->hide();
    }
    advancedForm_->addRow(QStringLiteral("-"), checkpointSeconds_);
    layout->addWidget(advancedToggle_);
    layout->addWidget(advanced_);
    auto* helpers = new QHBoxLayout;
    helpers->addWidget(defaults_);
    helpers->addWidget(findLearningRate_);
    helpers->addStretch(1);
    layout->addLayout(helpers);
    auto* code = new QHBoxLayout;  // a row of its own: three buttons do not fit 340 px
    code->addWidget(copyCode_);
    code->addStretch(1);
    layout->addLayout(code);
    layout->addWidget(randomBase_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addStretch(1);
}

void TrainingPanel::restoreSettings() {
    QSettings settings;
    if (settings.contains(key("epochs"))) {
        epochs_->setValue(settings.value(key("epochs")).toInt());
        steps_->setValue(settings.value(key("steps")).toInt());
        validationSteps_->setValue(settings.value(key("validationSteps")).toInt());
        batch_->setValue(settings.value(key("batch")).toInt());
        setComboFromSetting(optimizer_, kOptimizers, settings.value(key("optimizer")));
        learningRate_->setValue(settings.value(key("learningRate")).toDouble());
        seed_->setValue(settings.value(key("seed")).toInt());
        validationSplit_->setValue(
            settings.value(key("validationSplit"), defaults::imdb::kValidationSplit).toDouble());
        augment_->setChecked(settings.value(key("augment"), true).toBool());
        cache_->setChecked(settings.value(key("cache"), true).toBool());
    }
    if (settings.contains(key("checkpointSeconds")))
        checkpointSeconds_->setValue(settings.value(key("checkpointSeconds")).toInt());
}

QString TrainingPanel::key(const char* name) const {
    return QStringLiteral("training/%1/%2")
        .arg(QString::fromLatin1(enumName(kTasks, task_)), QString::fromLatin1(name));
}

void TrainingPanel::save() const {
    QSettings s;
    s.setValue(key("epochs"), epochs_->value());
    s.setValue(key("steps"), steps_->value());
    s.setValue(key("validationSteps"), validationSteps_->value());
    s.setValue(key("batch"), batch_->value());
    s.setValue(key("optimizer"), comboSettingValue(optimizer_, kOptimizers));
    s.setValue(key("learningRate"), learningRate_->value());
    s.setValue(key("seed"), seed_->value());
    s.setValue(key("validationSplit"), validationSplit_->value());
    s.setValue(key("augment"), augment_->isChecked());
    s.setValue(key("cache"), cache_->isChecked());
    s.setValue(key("checkpointSeconds"), checkpointSeconds_->value());
}

void TrainingPanel::restoreDefaults() {
    const FitConfig fit = defaultsFor(task_);
    epochs_->setValue(fit.epochs);
    steps_->setValue(fit.stepsPerEpoch);
    validationSteps_->setValue(fit.validationSteps);
    batch_->setValue(fit.batchSize);
    setComboValue(optimizer_, fit.optimizer);
    learningRate_->setValue(fit.learningRate);
    seed_->setValue(static_cast<int>(fit.seed));
    validationSplit_->setValue(ImdbExperimentSpec().validationSplit);
    augment_->setChecked(true);
    cache_->setChecked(fit.cacheFrozenFeatures);
    checkpointSeconds_->setValue(static_cast<int>(fit.checkpointEvery.seconds.count()));
}

void TrainingPanel::applyTo(ExperimentSpec& spec) const {
    std::visit(
        [this](auto& s) {
            s.fit.epochs = epochs_->value();
            s.fit.batchSize = batch_->value();
            s.fit.optimizer = comboValue<OptimizerKind>(optimizer_);
            s.fit.learningRate = learningRate_->value();
            s.fit.seed = static_cast<unsigned>(seed_->value());
            s.fit.checkpointEvery = {std::chrono::seconds(checkpointSeconds_->value())};
        },
        spec);
    if (auto* transfer = std::get_if<TransferExperimentSpec>(&spec)) {
        transfer->fit.stepsPerEpoch = steps_->value();
        transfer->fit.validationSteps = validationSteps_->value();
        transfer->fit.cacheFrozenFeatures = cache_->isChecked();
        transfer->fit.featureStore.capBytes = featureStoreCapBytes();
        if (!augment_->isChecked()) transfer->augment.reset();
    } else if (auto* imdb = std::get_if<ImdbExperimentSpec>(&spec)) {
        imdb->validationSplit = validationSplit_->value();
    }
}

void TrainingPanel::showSettings(const ExperimentSpec& spec) {
    std::visit(
        [this](const auto& s) {
            epochs_->setValue(s.fit.epochs);
            batch_->setValue(s.fit.batchSize);
            setComboValue(optimizer_, s.fit.optimizer);
            learningRate_->setValue(s.fit.learningRate);
            seed_->setValue(static_cast<int>(s.fit.seed));
            checkpointSeconds_->setValue(static_cast<int>(s.fit.checkpointEvery.seconds.count()));
        },
        spec);
    if (const auto* transfer = std::get_if<TransferExperimentSpec>(&spec)) {
        steps_->setValue(transfer->fit.stepsPerEpoch);
        validationSteps_->setValue(transfer->fit.validationSteps);
        cache_->setChecked(transfer->fit.cacheFrozenFeatures);
        augment_->setChecked(transfer->augment.has_value());
    } else if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&spec)) {
        validationSplit_->setValue(imdb->validationSplit);
    }
}

void TrainingPanel::setLearningRate(double learningRate) {
    learningRate_->setValue(learningRate);  // QDoubleSpinBox clamps to its range
}

void TrainingPanel::setRunning(bool running, bool paused) {
    start_->setEnabled(!running);
    pause_->setEnabled(running);
    stop_->setEnabled(running);
    {
        const QSignalBlocker blocker(pause_);
        pause_->setChecked(paused);
    }
    pause_->setText(paused ? tr("Resume (F6)") : tr("Pause (F6)"));
    paused_ = running && paused;
    showRunState();
    for (QWidget* w : std::initializer_list<QWidget*>{
             epochs_, steps_, validationSteps_, batch_, optimizer_, learningRate_, seed_,
             validationSplit_, augment_, cache_, checkpointSeconds_, defaults_, findLearningRate_})
        w->setEnabled(!running);
    if (!running) {
        progressText_.clear();
        progress_->setFormat(QStringLiteral("%p%"));
    }
}

// Paused: the bar and the status say so, also when the batch that was under way reports after
// the click; Resume brings the progress back.
void TrainingPanel::showRunState() {
    if (!progressText_.isEmpty())
        progress_->setFormat(paused_ ? tr("Paused · %1").arg(progressText_) : progressText_);
    if (paused_)
        status_->setText(
            tr("Paused. Resume (F6) continues with the next batch; the ETA leaves "
               "the pause out."));
    else if (!metricsText_.isEmpty())
        status_->setText(metricsText_);
}

void TrainingPanel::showProgress(const BatchMetrics& m, int epochs, double etaSeconds) {
    const int total = std::max(1, epochs * m.steps);
    progress_->setRange(0, total);
    progress_->setValue((m.epoch - 1) * m.steps + m.step);
    progressText_ =
        tr("epoch %1/%2 · step %3/%4").arg(m.epoch).arg(epochs).arg(m.step).arg(m.steps);
    metricsText_ = tr("loss %1 · acc %2 · ETA %3")
                       .arg(m.loss, 0, 'f', 4)
                       .arg(m.accuracy, 0, 'f', 4)
                       .arg(formatDuration(etaSeconds));
    showRunState();
}

void TrainingPanel::showMessage(const QString& text) {
    metricsText_.clear();
    status_->setText(text);
}

void TrainingPanel::setRandomBaseWarning(const QString& reason) {
    randomBaseReason_ = reason;
    updateRandomBaseWarning();
}

void TrainingPanel::updateRandomBaseWarning() {
    randomBase_->setText(
        tr("This run will train on a randomly initialised base: %1").arg(randomBaseReason_));
    randomBase_->setVisible(!randomBaseReason_.isEmpty());
}

void TrainingPanel::retranslate() {
    auto label = [this](QWidget* field, const QString& text) { setLabel(form_, field, text); };
    label(epochs_, tr("Epochs"));
    label(steps_, tr("Steps per epoch"));
    label(validationSteps_, tr("Validation steps"));
    label(batch_, tr("Batch size"));
    label(optimizer_, tr("Optimizer"));
    label(learningRate_, tr("Learning rate"));
    label(seed_, tr("Seed"));
    label(validationSplit_, tr("Validation split"));
    retranslateAdvanced();
    steps_->setSpecialValueText(tr("one pass"));
    validationSteps_->setSpecialValueText(tr("one pass"));
    steps_->setToolTip(tr("steps_per_epoch: batches per epoch (0: one pass over the data)"));
    augment_->setText(tr("Augment training images"));
    updateAugmentSummary();
    augment_->setToolTip(
        tr("With the Augmentation tab's settings; validation images are never augmented"));
    cache_->setText(tr("Cache frozen features"));
    cache_->setToolTip(
        tr("The frozen base's outputs are computed once per image: the same results, much faster"));
    defaults_->setText(task_ == Task::Transfer ? tr("Lesson defaults") : tr("Book defaults"));
    findLearningRate_->setText(tr("Find learning rate…"));
    findLearningRate_->setToolTip(
        tr("The learning-rate finder: a short sweep on a copy of the model suggests a value"));
    copyCode_->setText(tr("Copy as Keras code"));
    copyCode_->setToolTip(tr("model.compile() and model.fit() with these settings, as the "
                             "notebook's cell"));
    start_->setText(tr("Start (F5)"));
    pause_->setText(pause_->isChecked() ? tr("Resume (F6)") : tr("Pause (F6)"));
    stop_->setText(tr("Stop (Shift+F5)"));
    updateRandomBaseWarning();
}

void TrainingPanel::retranslateAdvanced() {
    advancedToggle_->setText(tr("Advanced settings"));
    setLabel(advancedForm_, checkpointSeconds_, tr("Checkpoint every"));
    checkpointSeconds_->setSuffix(tr(" s"));
    checkpointSeconds_->setSpecialValueText(tr("every epoch"));
    checkpointSeconds_->setToolTip(
        tr("How often a resumable checkpoint is written, at most: a large model takes longer to "
           "save than a short epoch takes to train. Pause, Stop, the end and a failure always "
           "write one; the history is saved after every epoch."));
}

void TrainingPanel::setClassCount(int classes) {
    classes_ = classes;
}

QString TrainingPanel::copyKerasCode() {
    ExperimentSpec spec = task_ == Task::Imdb ? ExperimentSpec(ImdbExperimentSpec())
                                              : ExperimentSpec(TransferExperimentSpec());
    applyTo(spec);
    if (auto* transfer = std::get_if<TransferExperimentSpec>(&spec))
        transfer->model.numClasses = classes_;
    const QString code = QString::fromStdString(kerasFitCode(spec));
    QApplication::clipboard()->setText(code);
    Q_EMIT statusMessage(tr("Copied compile() and fit() as Keras code to the clipboard"));
    return code;
}

void TrainingPanel::setAugmentation(const QString& kerasCode) {
    augmentCode_ = kerasCode;
    updateAugmentSummary();
}

// Training silently used the preview's settings; now the panel says which, and where to change
// them.
void TrainingPanel::updateAugmentSummary() {
    const QString link = QStringLiteral("<a href=\"augmentation\">%1</a>").arg(tr("change…"));
    augmentSummary_->setText(
        augment_->isChecked() && !augmentCode_.isEmpty()
            ? QStringLiteral("<small><code>%1</code> %2</small>")
                  .arg(augmentCode_.toHtmlEscaped(), link)
            : QStringLiteral("<small>%1 %2</small>")
                  .arg(tr("Training images are only rescaled, as validation images are."), link));
}

void TrainingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
