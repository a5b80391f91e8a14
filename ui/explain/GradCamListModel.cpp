#include "explain/GradCamListModel.h"

namespace layerlab::ui {

GradCamListModel::GradCamListModel(int iconSize, QObject* parent)
    : QAbstractListModel(parent), iconSize_(iconSize), placeholder_(iconSize, iconSize) {
    // Rows have their final size before their maps arrive (the view lays out uniform items).
    placeholder_.fill(QColor(0xdd, 0xdd, 0xdd));
    connect(&watcher_, &QFutureWatcher<RunExplainer::Map>::finished, this, [this] {
        const int row = next_ - 1;
        if (row < 0 || row >= files_.size()) return;
        const RunExplainer::Map map = watcher_.result();
        errors_[std::size_t(row)] = map.error;
        if (map.error.isEmpty())
            maps_[std::size_t(row)] =
                QPixmap::fromImage(map.overlay)
                    .scaled(iconSize_, iconSize_, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        Q_EMIT dataChanged(index(row), index(row));
        computeNext();
    });
}

GradCamListModel::~GradCamListModel() {
    watcher_.waitForFinished();
}

void GradCamListModel::setSamples(std::shared_ptr<RunExplainer> explainer, QStringList files,
                                  QStringList captions) {
    watcher_.waitForFinished();  // one map at most, a fraction of a second
    beginResetModel();
    explainer_ = std::move(explainer);
    files_ = std::move(files);
    captions_ = std::move(captions);
    maps_.assign(std::size_t(files_.size()), QPixmap());
    errors_.assign(std::size_t(files_.size()), QString());
    next_ = 0;
    endResetModel();
    computeNext();
}

void GradCamListModel::computeNext() {
    if (!explainer_ || next_ >= files_.size()) return;
    watcher_.setFuture(explainer_->gradCam(files_[next_++]));
}

int GradCamListModel::mapsReady() const {
    int ready = 0;
    for (const QPixmap& map : maps_) ready += !map.isNull();
    return ready;
}

int GradCamListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(files_.size());
}

QVariant GradCamListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::size_t(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return captions_.value(index.row());
        case Qt::DecorationRole:
            return maps_[row].isNull() ? placeholder_ : maps_[row];
        case Qt::ToolTipRole:
            return errors_[row].isEmpty() ? files_.value(index.row()) : errors_[row];
        case Qt::UserRole:
            return files_.value(index.row());
        default:
            return {};
    }
}

}  // namespace layerlab::ui
