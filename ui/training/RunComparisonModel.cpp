#include "training/RunComparisonModel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

#include "common/Duration.h"
#include "experiment/Leaderboard.h"

namespace layerlab::ui {
namespace {

// A recorded setting as one line: lists as their length ("13 layers") or comma-joined when
// short; a setting the run does not record, a dash.
QString valueText(const RecordedValue* value) {
    const QString none = QStringLiteral("–");
    if (!value) return none;
    if (const auto* items = std::get_if<std::vector<std::string>>(value)) {
        if (items->size() > 4)
            return RunComparisonModel::tr("%n item(s)", nullptr, int(items->size()));
        QStringList texts;
        for (const auto& item : *items) texts << QString::fromStdString(item);
        return texts.join(QStringLiteral(", "));
    }
    if (const auto* flag = std::get_if<bool>(value))
        return *flag ? RunComparisonModel::tr("yes") : RunComparisonModel::tr("no");
    if (const auto* number = std::get_if<double>(value))
        return QString::number(*number, 'g', 6);  // 0.0003, not 3e-04
    const QString text = QString::fromStdString(std::get<std::string>(*value));
    return text.isEmpty() ? none : text;
}

const RecordedValue* recorded(const RunsModel::Run& run, const std::string& key) {
    return run.record ? recordedSetting(*run.record, key) : nullptr;
}

// The outcome differs where its texts do.
bool textsDiffer(const QStringList& values) {
    return std::any_of(values.begin(), values.end(),
                       [&](const QString& value) { return value != values.front(); });
}

}  // namespace

RunComparisonModel::RunComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

// The keys are the tooltips.
QString RunComparisonModel::settingName(const QString& key) {
    static const std::pair<const char*, const char*> names[] = {
        {"data.train", QT_TR_NOOP("Training images")},
        {"data.validation", QT_TR_NOOP("Validation images")},
        {"data.classes", QT_TR_NOOP("Classes")},
        {"data.path", QT_TR_NOOP("Reviews")},
        {"data.num_words", QT_TR_NOOP("Vocabulary (num_words)")},
        {"data.skip_top", QT_TR_NOOP("Most frequent words left out (skip_top)")},
        {"data.maxlen", QT_TR_NOOP("Review length (maxlen)")},
        {"model.backbone", QT_TR_NOOP("Backbone")},
        {"model.alpha", QT_TR_NOOP("MobileNetV2 alpha")},
        {"model.input_size", QT_TR_NOOP("Input size")},
        {"model.head", QT_TR_NOOP("Head")},
        {"model.preprocessing", QT_TR_NOOP("Preprocessing")},
        {"model.weights", QT_TR_NOOP("Weights")},
        {"model.frozen_layers", QT_TR_NOOP("Frozen layers")},
        {"model.cell", QT_TR_NOOP("Recurrent layer")},
        {"model.units", QT_TR_NOOP("Units")},
        {"model.input", QT_TR_NOOP("Input")},
        {"model.embedding_dim", QT_TR_NOOP("Embedding size")},
        {"model.layers", QT_TR_NOOP("Stacked layers")},
        {"model.bidirectional", QT_TR_NOOP("Bidirectional")},
        {"fit.epochs", QT_TR_NOOP("Epochs")},
        {"fit.steps_per_epoch", QT_TR_NOOP("Steps per epoch")},
        {"fit.validation_steps", QT_TR_NOOP("Validation steps")},
        {"fit.batch_size", QT_TR_NOOP("Batch size")},
        {"fit.optimizer", QT_TR_NOOP("Optimizer")},
        {"fit.learning_rate", QT_TR_NOOP("Learning rate")},
        {"fit.seed", QT_TR_NOOP("Seed")},
        {"fit.cache", QT_TR_NOOP("Cache frozen features")},
        {"fit.augmented_copies", QT_TR_NOOP("Augmented copies")},
        {"fit.augment", QT_TR_NOOP("Augmentation")},
        {"fit.interpolation", QT_TR_NOOP("Resizing (interpolation)")},
        {"fit.validation_split", QT_TR_NOOP("Validation split")},
    };
    for (const auto& [known, name] : names)
        if (key == QLatin1String(known)) return tr(name);
    return key;
}

void RunComparisonModel::setRuns(std::vector<RunsModel::Run> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    rows_.clear();
    Row epochs{QStringLiteral("epochs"), tr("Epochs done"), {}};
    Row best{QStringLiteral("best_val_acc"), tr("Best val_acc"), {}};
    Row time{QStringLiteral("time"), tr("Training time"), {}};
    for (const auto& run : runs_) {
        epochs.values << RunsModel::epochsText(run);
        best.values
            << (run.bestValAccuracy < 0
                    ? QStringLiteral("–")
                    : tr("%1 (epoch %2)").arg(run.bestValAccuracy, 0, 'f', 4).arg(run.bestEpoch));
        time.values << formatDuration(run.seconds);
    }
    for (Row* outcome : {&epochs, &best, &time}) outcome->differs = textsDiffer(outcome->values);
    rows_ = {epochs, best, time};
    // A setting differs where its values do (core's rule, the class folder's leaderboard's too),
    // a run that does not record it included; a run whose experiment.json is unreadable, in
    // every setting.
    std::vector<const RunRecord*> records;
    for (const auto& run : runs_)
        if (run.record) records.push_back(&*run.record);
    const std::vector<std::string> differing = differingSettings(records);
    const bool unreadable = records.size() < runs_.size();
    // Every setting any of the runs records, in the order the first run that has it lists it.
    for (const char* section : {"data.", "model.", "fit."})
        for (const auto& run : runs_) {
            if (!run.record) continue;
            for (const RecordedSetting& setting : run.record->settings) {
                const QString key = QString::fromStdString(setting.key);
                const bool known = std::any_of(rows_.begin(), rows_.end(),
                                               [&](const Row& r) { return r.key == key; });
                if (known || !key.startsWith(QLatin1String(section))) continue;
                Row row{key, settingName(key), {}};
                for (const auto& other : runs_)
                    row.values << valueText(recorded(other, setting.key));
                row.differs = unreadable || std::find(differing.begin(), differing.end(),
                                                      setting.key) != differing.end();
                rows_.push_back(row);
            }
        }
    // What changed between the runs first, under the outcome.
    std::stable_partition(rows_.begin() + 3, rows_.end(),
                          [](const Row& row) { return row.differs; });
    endResetModel();
}

bool RunComparisonModel::differs(int row) const {
    return rows_.at(std::size_t(row)).differs;
}

int RunComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int RunComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(runs_.size());
}

QVariant RunComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    if (role == Qt::DisplayRole)
        return rows_[std::size_t(index.row())].values.value(index.column());
    if (role == Qt::BackgroundRole && differs(index.row())) return QBrush(QColor(0xff, 0xf1, 0xb8));
    if (role == Qt::ToolTipRole)  // in full: long paths are shortened in the cell
        return rows_[std::size_t(index.row())].values.value(index.column());
    return {};
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal)
        return section < columnCount() && role == Qt::DisplayRole ? runs_[std::size_t(section)].name
                                                                  : QVariant();
    if (section >= rowCount()) return {};
    const Row& row = rows_[std::size_t(section)];
    if (role == Qt::DisplayRole) return row.name;
    // The key as experiment.json and layerlab-cli's --help say it, for those who know them.
    if (role == KeyRole || role == Qt::ToolTipRole) return row.key;
    return {};
}

}  // namespace layerlab::ui
