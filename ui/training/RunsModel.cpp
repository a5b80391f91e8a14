#include "training/RunsModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

#include "common/FailureText.h"
#include "common/Duration.h"
#include "io/RunDirectory.h"
#include "util/EnumNames.h"

namespace layerlab::ui {
namespace {

// experiment.json's "task"; runs written before IMDB existed have none.
Task taskOf(const QJsonObject& experiment) {
    return enumFromName(kTasks, experiment.value("task").toString().toStdString())
        .value_or(Task::Transfer);
}

// 0.0001 → "1e-4", 0.0003 → "3e-4": how a class says learning rates.
QString rateText(double rate) {
    const int exponent = static_cast<int>(std::floor(std::log10(rate)));
    const double mantissa = rate / std::pow(10.0, exponent);
    if (exponent >= -2) return QString::number(rate);
    return QStringLiteral("%1e%2").arg(QString::number(mantissa, 'g', 3)).arg(exponent);
}

// "run 3 · mobilenet_v2 frozen lr 1e-3": the number counts the runs of its folder by age.
QString defaultName(const QString& path, const QJsonObject& experiment) {
    QDir parent = QFileInfo(path).dir();
    const QStringList runs = parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const int number = std::max<qsizetype>(1, runs.indexOf(QFileInfo(path).fileName()) + 1);
    const QJsonObject model = experiment.value("model").toObject();
    const QJsonObject fit = experiment.value("fit").toObject();
    QString what;
    if (taskOf(experiment) == Task::Imdb) {
        what = QStringLiteral("%1 %2")
                   .arg(model.value("cell").toString())
                   .arg(model.value("units").toInt());
    } else {
        const bool frozen = !model.value("frozen_layers").toArray().isEmpty();
        what = model.value("backbone").toString() + (experiment.contains("fine_tune_from")
                                                         ? RunsModel::tr(" fine-tune")
                                                     : frozen ? RunsModel::tr(" frozen")
                                                              : QString());
    }
    return RunsModel::tr("run %1 · %2 lr %3")
        .arg(number)
        .arg(what, rateText(fit.value("learning_rate").toDouble()));
}

QString settingsOf(const QJsonObject& experiment) {
    const QJsonObject model = experiment.value("model").toObject();
    const QJsonObject fit = experiment.value("fit").toObject();
    QString text;
    if (taskOf(experiment) == Task::Imdb) {
        text = QStringLiteral("%1 %2, %3")
                   .arg(model.value("cell").toString())
                   .arg(model.value("units").toInt())
                   .arg(model.value("input").toString());
    } else {
        text = QStringLiteral("%1 %2px, %3")
                   .arg(model.value("backbone").toString())
                   .arg(model.value("input_size").toInt())
                   .arg(model.value("head").toString());
        const int frozen = model.value("frozen_layers").toArray().size();
        text += RunsModel::tr(", %1 frozen").arg(frozen);
    }
    text += QStringLiteral(", %1 lr %2")
                .arg(fit.value("optimizer").toString())
                .arg(fit.value("learning_rate").toDouble());
    if (experiment.contains("fine_tune_from")) text += RunsModel::tr(", fine-tune");
    return text;
}

}  // namespace

RunsModel::RunsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RunsModel::epochsText(const Run& run, bool active) {
    const int done = run.history.empty() ? 0 : run.history.back().epoch;
    if (run.plannedEpochs <= 0 || done >= run.plannedEpochs) return QString::number(done);
    return (active ? tr("%1 / %2 (training)") : tr("%1 / %2 (stopped)"))
        .arg(done)
        .arg(run.plannedEpochs);
}

void RunsModel::setActiveRun(const QString& path) {
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
    QFile file(QDir(path).filePath("experiment.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject experiment = QJsonDocument::fromJson(file.readAll()).object();
        run.task = taskOf(experiment);
        run.experiment = experiment;
        run.plannedEpochs = experiment.value("fit").toObject().value("epochs").toInt();
        run.settings = settingsOf(experiment);
        run.name = defaultName(path, experiment);
        for (const auto& c : experiment.value("data").toObject().value("classes").toArray())
            run.classes << c.toString();
    }
    try {
        const RunDirectory folder = RunDirectory::open(path.toStdString());
        run.history = folder.history();
        const RunDirectory::Label label = folder.label();
        if (!label.name.empty()) run.name = QString::fromStdString(label.name);
        run.note = QString::fromStdString(label.note);
    } catch (const std::exception& e) {
        run.problem = failureText(e);
    }
    for (const auto& m : run.history) {
        if (std::isfinite(m.valAccuracy) && m.valAccuracy > run.bestValAccuracy) {
            run.bestValAccuracy = m.valAccuracy;
            run.bestEpoch = m.epoch;
        }
        run.seconds += m.seconds;
    }
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
        if (!QFile::exists(dir.filePath(name + "/experiment.json"))) continue;
        Run run = readRun(dir.filePath(name));
        if (run.task == task_) runs_.push_back(std::move(run));
    }
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

int RunsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const {
    const Run* r = index.isValid() ? run(index.row()) : nullptr;
    if (!r) return {};
    if (role == PathRole) return r->path;
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return overlaid_.contains(r->path) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return r->problem.isEmpty() ? r->path : r->path + "\n" + r->problem;
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
        case NameColumn:
            return r->name;
        case NoteColumn:
            return r->note;
        case SettingsColumn:
            return r->settings;
        case EpochsColumn:
            return epochsText(*r, r->path == active_);
        case BestColumn:
            return r->bestValAccuracy < 0 ? QStringLiteral("–")
                                          : QString::number(r->bestValAccuracy, 'f', 4);
        case DurationColumn:
            return formatDuration(r->seconds);
    }
    return {};
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
    if (index.column() == NameColumn) f |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    if (index.column() == NoteColumn) f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
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
    }
    return {};
}

}  // namespace layerlab::ui
