#include "training/RunComparisonModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

#include "common/Duration.h"

namespace layerlab::ui {
namespace {

// A JSON value as one line: lists as their length ("13 layers") or comma-joined when short.
QString valueText(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined()) return QStringLiteral("–");
    if (value.isString() && value.toString().isEmpty()) return QStringLiteral("–");
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (items.size() > 4)
            return RunComparisonModel::tr("%n item(s)", nullptr, int(items.size()));
        QStringList texts;
        for (const auto& item : items) texts << item.toVariant().toString();
        return texts.join(QStringLiteral(", "));
    }
    if (value.isBool()) return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) return QString::number(value.toDouble(), 'g', 6);  // 0.0003, not 3e-04
    return value.toVariant().toString();
}

}  // namespace

RunComparisonModel::RunComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunComparisonModel::setRuns(std::vector<RunsModel::Run> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    rows_.clear();
    Row epochs{tr("epochs"), {}}, best{tr("best val_acc"), {}}, time{tr("time"), {}};
    for (const auto& run : runs_) {
        epochs.values << RunsModel::epochsText(run);
        best.values
            << (run.bestValAccuracy < 0
                    ? QStringLiteral("–")
                    : tr("%1 (epoch %2)").arg(run.bestValAccuracy, 0, 'f', 4).arg(run.bestEpoch));
        time.values << formatDuration(run.seconds);
    }
    rows_ = {epochs, best, time};
    // Every setting any of the runs records, in the order the first run that has it lists it.
    for (const char* section : {"data", "model", "fit"})
        for (const auto& run : runs_)
            for (const QString& key : run.experiment.value(section).toObject().keys()) {
                const QString setting = QStringLiteral("%1.%2").arg(section, key);
                const bool known = std::any_of(rows_.begin(), rows_.end(),
                                               [&](const Row& r) { return r.setting == setting; });
                if (known) continue;
                Row row{setting, {}};
                for (const auto& other : runs_)
                    row.values << valueText(other.experiment.value(section).toObject().value(key));
                rows_.push_back(row);
            }
    // What changed between the runs first, under the outcome.
    std::stable_partition(rows_.begin() + 3, rows_.end(),
                          [](const Row& row) { return row.differs(); });
    endResetModel();
}

bool RunComparisonModel::Row::differs() const {
    return std::any_of(values.begin(), values.end(),
                       [&](const QString& value) { return value != values.front(); });
}

bool RunComparisonModel::differs(int row) const {
    return rows_.at(std::size_t(row)).differs();
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
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal)
        return section < columnCount() ? runs_[std::size_t(section)].name : QVariant();
    return section < rowCount() ? rows_[std::size_t(section)].setting : QVariant();
}

}  // namespace layerlab::ui
