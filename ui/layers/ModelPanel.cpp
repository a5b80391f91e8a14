#include "layers/ModelPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>
#include <map>
#include <set>

#include "text/FailureText.h"
#include "common/EnumCombo.h"
#include "experiment/ModelOptions.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "layers/LayerTreeModel.h"
#include "layers/SummaryDialog.h"
#include "model/KerasCode.h"
#include "model/PretrainedWeights.h"
#include "train/TorchRuntime.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

const double kAlphas[] = {0.35, 0.5, 0.75, 1.0, 1.3, 1.4};

// The weights choice as it is remembered ("model/weights").
constexpr std::pair<WeightsSource::Kind, const char*> kWeightsKinds[] = {
    {WeightsSource::Kind::KerasCache, "keras_cache"},
    {WeightsSource::Kind::File, "file"},
    {WeightsSource::Kind::None, "none"}};

// Break points after path separators and underscores: a long path or file name wraps in a
// narrow label instead of widening the panel past a 1024-pixel screen.
QString breakable(QString text) {
    for (const QChar c : {QChar('/'), QChar('\\'), QChar('_')})
        text.replace(c, QString(c) + QChar(0x200b));
    return text;
}

// The setting holds the alpha itself ("0.35"); LayerLab 0.1 stored the row ("0").
void setAlphaFromSetting(QComboBox* alpha, const QVariant& stored) {
    const QString text = stored.toString();
    const int row = text.contains('.') ? alpha->findData(text.toDouble()) : text.toInt();
    if (row >= 0 && row < alpha->count()) alpha->setCurrentIndex(row);
}

// The freeze changes from the default state, by block when a whole block changed alike.
void freezeDiff(const std::vector<LayerSpec>& now, const std::vector<LayerSpec>& defaults,
                std::vector<std::string>& freeze, std::vector<std::string>& unfreeze) {
    std::map<std::string, std::vector<std::size_t>> blocks;
    std::vector<std::string> order;
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (!blocks.count(now[i].block)) order.push_back(now[i].block);
        blocks[now[i].block].push_back(i);
    }
    for (const auto& block : order) {
        const auto& rows = blocks[block];
        bool allChanged = true, sameState = true;
        for (std::size_t i : rows) {
            allChanged &= now[i].trainable != defaults[i].trainable;
            sameState &= now[i].trainable == now[rows.front()].trainable;
        }
        if (allChanged && sameState) {
            (now[rows.front()].trainable ? unfreeze : freeze).push_back(block);
            continue;
        }
        for (std::size_t i : rows)
            if (now[i].trainable != defaults[i].trainable)
                (now[i].trainable ? unfreeze : freeze).push_back(now[i].name);
    }
}

}  // namespace

ModelPanel::ModelPanel(QWidget* parent)
    : QWidget(parent),
      model_(new LayerTreeModel(this)),
      backbone_(new QComboBox(this)),
      alpha_(new QComboBox(this)),
      size_(new QSpinBox(this)),
      head_(new QComboBox(this)),
      preprocessing_(new QComboBox(this)),
      frozenPrecision_(new QComboBox(this)),
      weights_(new QComboBox(this)),
      weightsStatus_(new QLabel(this)),
      preset_(new QComboBox(this)),
      presetText_(new QLabel(this)),
      tree_(new QTreeView(this)),
      totals_(new QLabel(this)),
      summaryButton_(new QPushButton(this)),
      copyCode_(new QPushButton(this)),
      backboneLabel_(new QLabel(this)),
      alphaLabel_(new QLabel(this)),
      sizeLabel_(new QLabel(this)),
      headLabel_(new QLabel(this)),
      preprocessingLabel_(new QLabel(this)),
      frozenPrecisionLabel_(new QLabel(this)),
      weightsLabel_(new QLabel(this)),
      presetLabel_(new QLabel(this)) {
    fillChoices();
    buildLayout();
    restoreSettings();
    connectControls();
    setComboValue(preprocessing_, preferredPreprocessing(comboValue<Backbone>(backbone_)));
    retranslate();
    rebuild();
}

// Every combo box's items carry their value; texts come in retranslate().
void ModelPanel::fillChoices() {
    for (const auto& [value, name] : kBackbones) backbone_->addItem(QString(), int(value));
    for (double a : kAlphas) alpha_->addItem(QString::number(a), a);
    size_->setRange(32, 512);
    size_->setSingleStep(16);
    size_->setValue(ModelSpec().inputSize);
    size_->setSuffix(QStringLiteral(" px"));
    for (const auto& [value, name] : kHeads) head_->addItem(QString(), int(value));
    for (const auto& [value, name] : kPreprocessings)
        preprocessing_->addItem(QString(), int(value));
    for (const auto& [value, name] : kFrozenPrecisions)
        frozenPrecision_->addItem(QString(), int(value));
    for (const auto& [kind, name] : kWeightsKinds) weights_->addItem(QString(), int(kind));
    weightsStatus_->setWordWrap(true);
    preset_->addItem(QString());
    for (const auto& s : strategies()) preset_->addItem(QString(), QString(s.key));
    presetText_->setWordWrap(true);
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    // The numbers whole, the names in what is left (elided, in full in the tooltip): at 1024 px
    // the Trainable column stays on screen whichever block is expanded.
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(LayerTreeModel::NameColumn, QHeaderView::Stretch);
    tree_->setTextElideMode(Qt::ElideMiddle);  // "block_…project_BN": the block and the layer
    tree_->setIndentation(tree_->indentation() * 2 / 3);
    totals_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    totals_->setWordWrap(true);  // three long numbers must not make the window wider than 1024
}

// The choices on the left; the layer tree, Keras's totals, model.summary() and the Keras code
// on the right.
void ModelPanel::buildLayout() {
    auto* form = new QFormLayout;
    // Labels above their choices: the choices' full width without the labels' beside them
    // leaves the layer tree room for all its columns on a 1024-pixel screen.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(backboneLabel_, backbone_);
    form->addRow(alphaLabel_, alpha_);
    form->addRow(sizeLabel_, size_);
    form->addRow(headLabel_, head_);
    form->addRow(preprocessingLabel_, preprocessing_);
    form->addRow(frozenPrecisionLabel_, frozenPrecision_);
    form->addRow(weightsLabel_, weights_);
    form->addRow(QString(), weightsStatus_);
    form->addRow(presetLabel_, preset_);
    form->addRow(QString(), presetText_);
    auto* left = new QWidget(this);
    left->setLayout(form);
    left->setMaximumWidth(500);  // the lesson's head and the preprocessing names in full
    // Where a long choice is still cut (Korean, large type), its tooltip shows it whole.
    for (QComboBox* combo : {backbone_, head_, preprocessing_, weights_, preset_})
        connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
    auto* right = new QVBoxLayout;
    right->addWidget(tree_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(totals_, 1);
    bottom->addWidget(summaryButton_);
    bottom->addWidget(copyCode_);
    right->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(left);
    layout->addLayout(right, 1);
}

void ModelPanel::restoreSettings() {
    QSettings settings;
    setComboFromSetting(backbone_, kBackbones, settings.value("model/backbone"));
    setAlphaFromSetting(alpha_, settings.value("model/alpha"));
    size_->setValue(settings.value("model/size", ModelSpec().inputSize).toInt());
    setComboFromSetting(head_, kHeads, settings.value("model/head"));
    setComboFromSetting(frozenPrecision_, kFrozenPrecisions,
                        settings.value("model/frozenPrecision"));
    customWeights_ = settings.value("model/weightsFile").toString();
    setComboFromSetting(weights_, kWeightsKinds, settings.value("model/weights"));
    if (customWeights_.isEmpty() &&
        comboValue<WeightsSource::Kind>(weights_) == WeightsSource::Kind::File)
        setComboValue(weights_, WeightsSource::Kind::KerasCache);
}

void ModelPanel::saveSettings() const {
    QSettings s;
    s.setValue("model/backbone", comboSettingValue(backbone_, kBackbones));
    s.setValue("model/alpha", QString::number(alpha_->currentData().toDouble(), 'f', 2));
    s.setValue("model/size", size_->value());
    s.setValue("model/head", comboSettingValue(head_, kHeads));
    s.setValue("model/frozenPrecision", comboSettingValue(frozenPrecision_, kFrozenPrecisions));
    s.setValue("model/weights", comboSettingValue(weights_, kWeightsKinds));
}

void ModelPanel::connectControls() {
    auto changed = [this] {
        saveSettings();
        rebuild();
    };
    connect(backbone_, &QComboBox::currentIndexChanged, this, [this, changed] {
        // Each backbone's weights want their own preprocessing.
        setComboValue(preprocessing_, preferredPreprocessing(comboValue<Backbone>(backbone_)));
        changed();
    });
    connect(alpha_, &QComboBox::currentIndexChanged, this, changed);
    connect(size_, &QSpinBox::valueChanged, this, changed);
    connect(head_, &QComboBox::currentIndexChanged, this, changed);
    // The layers stay as they are: only how the frozen base computes changes.
    connect(frozenPrecision_, &QComboBox::currentIndexChanged, this, [this] { saveSettings(); });
    connect(weights_, &QComboBox::activated, this, [this](int index) {
        if (weights_->itemData(index).toInt() == int(WeightsSource::Kind::File))
            chooseWeightsFile();
        saveSettings();
        updateWeightsStatus();
    });
    connect(preset_, &QComboBox::activated, this, &ModelPanel::applyPreset);
    connect(model_, &LayerTreeModel::trainableChanged, this, &ModelPanel::updateTotals);
    // A box ticked by hand leaves the preset: the combo says "Custom" again.
    connect(model_, &LayerTreeModel::trainableChanged, this, [this] {
        if (applyingPreset_ || preset_->currentIndex() == 0) return;
        preset_->setCurrentIndex(0);
        presetText_->clear();
    });
    connect(summaryButton_, &QPushButton::clicked, this, &ModelPanel::showSummary);
    connect(copyCode_, &QPushButton::clicked, this, &ModelPanel::copyKerasCode);
}

ModelSpec ModelPanel::spec() const {
    ModelSpec spec;
    spec.backbone = comboValue<Backbone>(backbone_);
    spec.alpha = alpha_->currentData().toDouble();
    spec.inputSize = size_->value();
    spec.head = comboValue<HeadKind>(head_);
    spec.preprocessing = comboValue<Preprocessing>(preprocessing_);
    spec.frozenPrecision = comboValue<FrozenPrecision>(frozenPrecision_);
    spec.numClasses = classes_;
    return spec;
}

void ModelPanel::setClassCount(int classes) {
    if (classes < 2 || classes == classes_) return;
    classes_ = classes;
    rebuild();
}

void ModelPanel::setLessonModel(Backbone backbone, int inputSize) {
    setComboValue(backbone_, backbone);
    size_->setValue(inputSize);
    setComboValue(head_, HeadKind::Lesson);
    rebuild();  // also when nothing changed: the default freezing, then none of it
    std::set<std::string> blocks;
    for (const LayerSpec& layer : model_->layers()) blocks.insert(layer.block);
    for (const std::string& block : blocks) model_->setTrainable(block, true);
}

void ModelPanel::rebuild() {
    alpha_->setEnabled(comboValue<Backbone>(backbone_) == Backbone::MobileNetV2);
    const ModelSpec s = spec();
    try {
        model_->setLayers(buildLayers(s), Shape{s.inputSize, s.inputSize, 3});
    } catch (const std::exception& e) {
        totals_->setText(failureText(e));
        return;
    }
    tree_->expand(model_->index(model_->rowCount() - 1, 0));  // the head
    preset_->setCurrentIndex(0);
    presetText_->clear();
    updateWeightsStatus();
}

void ModelPanel::choosePreset(Strategy strategy) {
    for (int index = 1; index < preset_->count(); ++index) {
        const StrategyInfo* info = findStrategy(preset_->itemData(index).toString().toStdString());
        if (info && info->strategy == strategy) {
            preset_->setCurrentIndex(index);
            return applyPreset(index);
        }
    }
}

void ModelPanel::applyPreset(int index) {
    if (index <= 0) {
        presetText_->clear();
        return;
    }
    const StrategyInfo* info = findStrategy(preset_->itemData(index).toString().toStdString());
    applyingPreset_ = true;
    model_->applyStrategy(info->strategy);
    applyingPreset_ = false;
    const QString texts[] = {
        tr("Much data, unlike ImageNet: train the whole model; the pretrained weights are only a "
           "starting point."),
        tr("Much data, like ImageNet: train the top block and the head, freeze the rest."),
        tr("Little data, unlike ImageNet: train the upper blocks, keep the generic lower ones "
           "frozen."),
        tr("Little data, like ImageNet (the lesson's cats and dogs): freeze the convolutional "
           "base, train only the head.")};
    presetText_->setText(texts[static_cast<int>(info->strategy)]);
}

QString ModelPanel::weightsFile() const {
    switch (comboValue<WeightsSource::Kind>(weights_)) {
        case WeightsSource::Kind::KerasCache: {
            const auto found = findKerasWeights(spec());
            return found ? QString::fromStdString(displayPath(found->file)) : QString();
        }
        case WeightsSource::Kind::File:
            return QFileInfo::exists(customWeights_) ? customWeights_ : QString();
        case WeightsSource::Kind::None:
            break;
    }
    return {};
}

QString ModelPanel::randomBaseReason() const {
    if (!weightsFile().isEmpty()) return {};
    switch (comboValue<WeightsSource::Kind>(weights_)) {
        case WeightsSource::Kind::KerasCache:
            return tr("%1 is not in the Keras cache.")
                .arg(breakable(QString::fromStdString(kerasWeightsFileName(spec()))));
        case WeightsSource::Kind::File:
            return tr("the weights file %1 no longer exists.").arg(breakable(customWeights_));
        case WeightsSource::Kind::None:
            break;
    }
    return tr("the Model tab's weights are set to None.");
}

void ModelPanel::updateWeightsStatus() {
    const QString reason = randomBaseReason();
    const auto kind = comboValue<WeightsSource::Kind>(weights_);
    if (reason.isEmpty()) {
        showPretrainedWeights();
    } else {
        weightsStatus_->setText(
            kind == WeightsSource::Kind::None
                ? tr("No weights chosen: random initialisation.")
                : tr("No pretrained weights: %1 Random initialisation: the base learns nothing "
                     "useful frozen; get the weights or choose a file.")
                      .arg(reason));
        weightsStatus_->setToolTip(kind == WeightsSource::Kind::File ? customWeights_ : QString());
        weightsStatus_->setStyleSheet(QStringLiteral("color: #b35900;"));
    }
    Q_EMIT weightsChanged();
}

// "Pretrained weights: FILE", and which size they were trained at when that is another.
void ModelPanel::showPretrainedWeights() {
    const QString file = weightsFile();
    const auto cached = comboValue<WeightsSource::Kind>(weights_) == WeightsSource::Kind::KerasCache
                            ? findKerasWeights(spec())
                            : std::nullopt;
    QString text = tr("Pretrained weights: %1").arg(breakable(file));
    if (cached && cached->otherSize)
        text += QLatin1Char('\n') +
                tr("These were trained at %1 px (the shapes match at %2 px); Get data has "
                   "the %2 px file.")
                    .arg(*cached->otherSize)
                    .arg(spec().inputSize);
    weightsStatus_->setText(text);
    weightsStatus_->setToolTip(file);  // the path in full, without the break points
    weightsStatus_->setStyleSheet(QString());
}

void ModelPanel::chooseWeightsFile() {
    // Where weights are: the last file's folder, else the Keras cache's models/, else home.
    QString folder =
        customWeights_.isEmpty() ? QString() : QFileInfo(customWeights_).absolutePath();
    for (const auto& dir : kerasCacheDirs())
        if (folder.isEmpty() &&
            QFileInfo(QString::fromStdString((dir / "models").string())).isDir())
            folder = QString::fromStdString((dir / "models").string());
    if (folder.isEmpty()) folder = QDir::homePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Keras weights"), folder, tr("Keras HDF5 weights (*.h5 *.hdf5);;All files (*)"));
    if (file.isEmpty()) {
        if (customWeights_.isEmpty()) setComboValue(weights_, WeightsSource::Kind::KerasCache);
        return;
    }
    customWeights_ = file;
    QSettings().setValue("model/weightsFile", file);
}

void ModelPanel::applyTo(TransferExperimentSpec& spec) const {
    spec.model = this->spec();
    // The file found now, so that the run says which weights it used even if the cache changes.
    const QString file = weightsFile();
    spec.weights = file.isEmpty() ? WeightsSource{WeightsSource::Kind::None, {}}
                                  : WeightsSource{WeightsSource::Kind::File, file.toStdString()};
    spec.freeze.clear();
    spec.unfreeze.clear();
    freezeDiff(model_->layers(), buildLayers(spec.model), spec.freeze, spec.unfreeze);
}

QString ModelPanel::totalsText() const {
    const ParamTotals t = model_->totals();
    return tr("Total params: %1   Trainable params: %2   Non-trainable params: %3")
        .arg(QString::fromStdString(withThousands(t.total)),
             QString::fromStdString(withThousands(t.trainable)),
             QString::fromStdString(withThousands(t.nonTrainable)));
}

void ModelPanel::updateTotals() {
    totals_->setText(totalsText());
}

void ModelPanel::showSummary() {
    const auto& layers = model_->layers();
    const auto infos = inferLayers(layers, Shape{size_->value(), size_->value(), 3});
    const std::string base = kerasBaseName(spec(), kerasWeights().kind);
    SummaryDialog dialog(
        QString::fromStdString(kerasNestedSummary(layers, infos, base, "sequential")),
        QString::fromStdString(kerasSummary(layers, infos, "sequential")), this);
    dialog.exec();
}

WeightsSource ModelPanel::kerasWeights() const {
    const auto kind = comboValue<WeightsSource::Kind>(weights_);
    return {kind, kind == WeightsSource::Kind::File ? customWeights_.toStdString() : std::string()};
}

QString ModelPanel::copyKerasCode() {
    const QString code =
        QString::fromStdString(kerasModelCode(spec(), model_->layers(), kerasWeights()));
    QApplication::clipboard()->setText(code);
    Q_EMIT statusMessage(tr("Copied the model's Keras code to the clipboard"));
    return code;
}

void ModelPanel::retranslate() {
    backboneLabel_->setText(tr("Backbone"));
    alphaLabel_->setText(tr("MobileNetV2 alpha"));
    sizeLabel_->setText(tr("Input size"));
    headLabel_->setText(tr("Head"));
    preprocessingLabel_->setText(tr("Preprocessing"));
    weightsLabel_->setText(tr("Weights"));
    presetLabel_->setText(tr("Strategy"));
    backbone_->setItemText(0, tr("VGG16 (the lesson's)"));
    backbone_->setItemText(1, tr("MobileNetV2 (fast on a CPU)"));
    head_->setItemText(0, tr("Lesson: Flatten → Dense 512 → Dropout 0.5 → Dense"));
    head_->setItemText(1, tr("GlobalAveragePooling → Dense"));
    preprocessing_->setItemText(0, tr("rescale 1/255 (the lesson's)"));
    preprocessing_->setItemText(1, tr("caffe: BGR minus ImageNet mean (VGG16 weights)"));
    preprocessing_->setItemText(2, tr("tf: scale to [−1, 1] (MobileNetV2 weights)"));
    frozenPrecisionLabel_->setText(tr("Frozen base computes in"));
    frozenPrecision_->setItemText(0, tr("fp32 (exact)"));
    frozenPrecision_->setItemText(1, torchRuntimeInfo().nativeBf16
                                         ? tr("bf16 (about twice as fast on this CPU)")
                                         : tr("bf16 (emulated: slower on this CPU)"));
    frozenPrecision_->setToolTip(
        tr("bfloat16 for the frozen layers' forward pass: their features stay within cosine "
           "0.999 of fp32's; trained layers always compute in fp32."));
    auto setWeightsText = [this](WeightsSource::Kind kind, const QString& text) {
        weights_->setItemText(weights_->findData(int(kind)), text);
    };
    setWeightsText(WeightsSource::Kind::KerasCache, tr("ImageNet, from the Keras cache"));
    setWeightsText(WeightsSource::Kind::File, tr("Keras .h5 file…"));
    setWeightsText(WeightsSource::Kind::None, tr("None (random initialisation)"));
    preset_->setItemText(0, tr("Custom (tick the boxes)"));
    preset_->setItemText(1, tr("Large data, different from ImageNet"));
    preset_->setItemText(2, tr("Large data, similar to ImageNet"));
    preset_->setItemText(3, tr("Small data, different from ImageNet"));
    preset_->setItemText(4, tr("Small data, similar to ImageNet"));
    summaryButton_->setText(tr("Keras summary…"));
    copyCode_->setText(tr("Copy as Keras code"));
    copyCode_->setToolTip(tr("The notebook cell that builds this model, frozen as ticked: paste "
                             "it and model.summary() prints these totals"));
    if (preset_->currentIndex() > 0) applyPreset(preset_->currentIndex());
    updateWeightsStatus();
    updateTotals();
}

void ModelPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
