#include "training/RunsModel.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

#include "common/Duration.h"
#include "experiment/Leaderboard.h"
#include "experiment/SequenceOptions.h"
#include "io/RunDirectory.h"
#include "text/FailureText.h"
#include "training/RunComparisonModel.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

// 0.0001 → "1e-4", 0.0003 → "3e-4": how a class says learning rates.
QString rateText(double rate) {
    const int exponent = static_cast<int>(std::floor(std::log10(rate)));
    const double mantissa = rate / std::pow(10.0, exponent);
    if (exponent >= -2) return QString::number(rate);
    return QStringLiteral("%1e%2").arg(QString::number(mantissa, 'g', 3)).arg(exponent);
}

const FitConfig& fitOf(const RunRecord& record) {
    return std::visit([](const auto& s) -> const FitConfig& { return s.fit; }, record.spec);
}

// "lstm 32" for an IMDB run; a transfer run's backbone.
QString modelText(const RunRecord& record) {
    if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&record.spec))
        return QStringLiteral("%1 %2")
            .arg(QString::fromUtf8(enumName(kRecurrentCells, imdb->model.cell)))
            .arg(imdb->model.units);
    return QString::fromUtf8(
        enumName(kBackbones, std::get<TransferExperimentSpec>(record.spec).model.backbone));
}

// "run 3 · mobilenet_v2 frozen lr 1e-3": the number counts the runs of its folder by age.
QString defaultName(const QString& path, const RunRecord& record) {
    QDir parent = QFileInfo(path).dir();
    const QStringList runs = parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const int number = std::max<qsizetype>(1, runs.indexOf(QFileInfo(path).fileName()) + 1);
    QString what = modelText(record);
    if (record.task() == Task::Transfer)
        what += record.fineTunedFrom           ? RunsModel::tr(" fine-tune")
                : !record.frozenLayers.empty() ? RunsModel::tr(" frozen")
                                               : QString();
    return RunsModel::tr("run %1 · %2 lr %3")
        .arg(number)
        .arg(what, rateText(fitOf(record).learningRate));
}

QString settingsOf(const RunRecord& record) {
    QString text;
    if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&record.spec)) {
        text = QStringLiteral("%1, %2").arg(
            modelText(record), QString::fromUtf8(enumName(kSequenceInputs, imdb->model.input)));
    } else {
        const ModelSpec& model = std::get<TransferExperimentSpec>(record.spec).model;
        text = QStringLiteral("%1 %2px, %3")
                   .arg(modelText(record))
                   .arg(model.inputSize)
                   .arg(QString::fromUtf8(enumName(kHeads, model.head)));
        text += RunsModel::tr(", %1 frozen").arg(record.frozenLayers.size());
    }
    const FitConfig& fit = fitOf(record);
    text += QStringLiteral(", %1 lr %2")
                .arg(QString::fromUtf8(enumName(kOptimizers, fit.optimizer)))
                .arg(fit.learningRate);
    if (record.fineTunedFrom) text += RunsModel::tr(", fine-tune");
    return text;
}

}  // namespace

RunsModel::RunsModel(QObject* parent) : TableModel(ColumnCount, parent) {}

QString RunsModel::epochsText(const Run& run, bool active) {
    const int done = run.history.empty() ? 0 : run.history.back().epoch;
    if (run.plannedEpochs <= 0 || done >= run.plannedEpochs) return QString::number(done);
    return (active || run.training ? tr("%1 / %2 (training)") : tr("%1 / %2 (stopped)"))
        .arg(done)
        .arg(run.plannedEpochs);
}

void RunsModel::setActiveRun(const QString& path) {
    // A run this GUI stopped, before its first epoch or by failing, keeps no final model and
    // looks just written: this GUI knows it is not training, as a reader cannot.
    if (!active_.isEmpty() && active_ != path) endedHere_.insert(active_);
    endedHere_.remove(path);
    active_ = path;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EpochsColumn), index(rowCount() - 1, EpochsColumn));
}

std::vector<RunsModel::Run> RunsModel::overlaidRuns() const {
    std::vector<Run> runs;
    for (const Run& run : runs_)
        if (overlaid_.contains(run.path)) runs.push_back(run);
    return runs;
}

RunsModel::Run RunsModel::readRun(const QString& path) {
    Run run;
    run.path = path;
    run.name = QDir(path).dirName();
    try {
        run.record = RunRecord::read(path.toStdString());
    } catch (const std::exception& e) {  // a damaged run is listed, with its problem
        run.problem = failureText(e);
        return run;
    }
    const RunRecord& record = *run.record;
    run.task = record.task();
    run.plannedEpochs = record.epochsPlanned();
    run.settings = settingsOf(record);
    run.name = record.label.name.empty() ? defaultName(path, record)
                                         : QString::fromStdString(record.label.name);
    run.note = QString::fromStdString(record.label.note);
    if (record.madeBy) run.madeBy = QString::fromStdString(authorText(*record.madeBy));
    run.others = record.madeByOthers();
    // Any run, one's own too, may be trained by another LayerLab or the CLI: judged as
    // `layerlab-cli class` judges it, by reading only (a lock taken here would stop a resume).
    run.training = seemsTraining(record);
    for (const auto& c : record.classes) run.classes << QString::fromStdString(c);
    run.history = record.history;
    if (const auto best = record.bestEpoch()) {
        run.bestValAccuracy = best->valAccuracy;
        run.bestEpoch = best->epoch;
    }
    run.seconds = record.trainingSeconds();
    if (record.problem) run.problem = messageText(*record.problem);
    return run;
}

void RunsModel::setRoot(const QString& root, Task task) {
    root_ = root;
    task_ = task;
    refresh();
}

void RunsModel::refresh() {
    beginResetModel();
    runs_.clear();
    const QDir dir(root_);
    // Run folders are named by start time, so name order is age order.
    for (const QString& name :
         dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        if (!RunDirectory::holdsRun(dir.filePath(name).toStdString())) continue;
        Run run = readRun(dir.filePath(name));
        if (endedHere_.contains(run.path)) run.training = false;
        if (run.task == task_) runs_.push_back(std::move(run));
    }
    describeDifferences();
    sortRuns();
    QSet<QString> still;
    for (const Run& run : runs_)
        if (overlaid_.contains(run.path)) still.insert(run.path);
    const bool changed = still != overlaid_;
    overlaid_ = still;
    endResetModel();
    if (changed) Q_EMIT overlaysChanged();
}

const RunsModel::Run* RunsModel::run(int row) const {
    return row >= 0 && row < rowCount() ? &runs_[static_cast<std::size_t>(row)] : nullptr;
}

int RunsModel::rowOf(const QString& path) const {
    for (int row = 0; row < rowCount(); ++row)
        if (runs_[static_cast<std::size_t>(row)].path == path) return row;
    return -1;
}

QStringList RunsModel::overlaid() const {
    QStringList paths;
    for (const Run& run : runs_)
        if (overlaid_.contains(run.path)) paths << run.path;
    return paths;
}

int RunsModel::rows() const {
    return static_cast<int>(runs_.size());
}

QVariant RunsModel::cell(int row, int column, int role) const {
    const Run* r = run(row);
    if (role == PathRole) return r->path;
    if (role == Qt::CheckStateRole && column == NameColumn)
        return overlaid_.contains(r->path) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && column == SettingsColumn) {
        const QString shown = cell(row, column, Qt::DisplayRole).toString();
        return shown == r->settings ? shown : shown + "\n" + r->settings;
    }
    if (role == Qt::ToolTipRole)
        return r->problem.isEmpty() ? r->path : r->path + "\n" + r->problem;
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (column) {
        case NameColumn:
            return r->name;
        case NoteColumn:
            return r->note;
        case SettingsColumn:
            return classFolder_ && !r->differing.isEmpty() ? r->differing : r->settings;
        case EpochsColumn:
            return epochsText(*r, r->path == active_);
        case BestColumn:
            return r->bestValAccuracy < 0 ? QStringLiteral("–")
                                          : QString::number(r->bestValAccuracy, 'f', 4);
        case DurationColumn:
            return formatDuration(r->seconds);
        case MadeByColumn:
            return r->madeBy;
    }
    return {};
}

void RunsModel::setClassFolder(bool classFolder) {
    classFolder_ = classFolder;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SettingsColumn), index(rowCount() - 1, SettingsColumn));
}

// What sets each run apart in a class folder: the settings that differ between its runs, by
// their names ("Learning rate 0.001 · Backbone vgg16"). Where the data and weights are is left
// out: every machine has its own paths.
void RunsModel::describeDifferences() {
    std::vector<const RunRecord*> records;
    for (const Run& run : runs_)
        if (run.record) records.push_back(&*run.record);
    const std::vector<std::string> keys = differingSettings(records);
    for (Run& run : runs_) {
        QStringList parts;
        for (const std::string& key : keys) {
            const RecordedValue* value = run.record ? recordedSetting(*run.record, key) : nullptr;
            if (value && !namesAFile(key))
                parts << RunComparisonModel::settingName(QString::fromStdString(key)) + " " +
                             QString::fromStdString(settingText(*value));
        }
        run.differing = parts.join(QStringLiteral(" · "));
    }
}

// The listing's order (newest first), then the column's: equal rows stay newest first, so a
// class folder sorted by who made the runs lists each one's runs together, newest first.
void RunsModel::sortRuns() {
    const auto key = [this](const Run& run) -> QVariant {
        switch (sortColumn_) {
            case NameColumn:
                return run.name;
            case SettingsColumn:
                return run.settings;
            case EpochsColumn:
                return int(run.history.empty() ? 0 : run.history.back().epoch);
            case BestColumn:
                return run.bestValAccuracy;
            case DurationColumn:
                return run.seconds;
            case NoteColumn:
                return run.note;
            case MadeByColumn:
                return run.madeBy;
        }
        return {};
    };
    const auto less = [&](const Run& a, const Run& b) {
        const QVariant x = key(a), y = key(b);
        const auto order = QVariant::compare(x, y);
        return sortOrder_ == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                                : order == QPartialOrdering::Greater;
    };
    std::sort(runs_.begin(), runs_.end(), [](const Run& a, const Run& b) {
        return QFileInfo(a.path).fileName() > QFileInfo(b.path).fileName();
    });
    if (sortColumn_ >= 0) std::stable_sort(runs_.begin(), runs_.end(), less);
}

void RunsModel::sort(int column, Qt::SortOrder order) {
    sortColumn_ = column;
    sortOrder_ = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList paths;
    for (const QModelIndex& index : before) paths << runs_[std::size_t(index.row())].path;
    sortRuns();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) after << index(rowOf(paths[i]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool RunsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Run* r = index.isValid() ? run(index.row()) : nullptr;
    if (r && role == Qt::EditRole && (index.column() == NameColumn || index.column() == NoteColumn))
        return rename(index, value.toString());
    if (!r || role != Qt::CheckStateRole || index.column() != NameColumn) return false;
    if (value.toInt() == Qt::Checked)
        overlaid_.insert(r->path);
    else
        overlaid_.remove(r->path);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT overlaysChanged();
    return true;
}

// A new name or note, kept in the run's label.json (an empty name brings the default back).
bool RunsModel::rename(const QModelIndex& index, const QString& text) {
    Run& r = runs_.at(std::size_t(index.row()));
    if (r.others) return false;  // another's run: its label.json is theirs
    try {
        RunDirectory folder = RunDirectory::open(r.path.toStdString());
        RunDirectory::Label label = folder.label();
        (index.column() == NameColumn ? label.name : label.note) = text.trimmed().toStdString();
        folder.writeLabel(label);
    } catch (const std::exception&) {
        return false;  // a run folder that cannot be written keeps its old name
    }
    r = readRun(r.path);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    if (overlaid_.contains(r.path)) Q_EMIT overlaysChanged();  // the legend shows the name
    return true;
}

Qt::ItemFlags RunsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = !run(index.row())->others;
    if (index.column() == NameColumn) f |= Qt::ItemIsUserCheckable;
    if ((index.column() == NameColumn || index.column() == NoteColumn) && editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QString RunsModel::columnTitle(int column) const {
    switch (column) {
        case NameColumn:
            return tr("Run (overlay)");
        case SettingsColumn:
            return tr("Settings");
        case EpochsColumn:
            return tr("Epochs");
        case BestColumn:
            return tr("Best val_acc");
        case DurationColumn:
            return tr("Time");
        case NoteColumn:
            return tr("Note");
        case MadeByColumn:
            return tr("Made by");
    }
    return {};
}

}  // namespace layerlab::ui
