#include "downloads/GetDataDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "common/Duration.h"
#include "download/Downloader.h"

namespace layerlab::ui {

ResourceListModel::ResourceListModel(QObject* parent) : QAbstractTableModel(parent) {
    states_.resize(download::resourceCatalogue().size());
    connect(&watcher_, &QFutureWatcher<std::vector<download::ResourceState>>::finished, this,
            [this] {
                states_ = watcher_.result();
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                Q_EMIT refreshed();
            });
}

void ResourceListModel::refresh() {
    if (watcher_.isRunning()) return;
    watcher_.setFuture(QtConcurrent::run([] {
        std::vector<download::ResourceState> states;
        for (const auto& resource : download::resourceCatalogue())
            states.push_back(download::inspectResource(resource));
        return states;
    }));
}

download::ResourceState ResourceListModel::state(int row) const {
    return states_.at(static_cast<std::size_t>(row));
}

bool ResourceListModel::available(int row) const {
    const auto kind = state(row).kind;
    return kind == download::ResourceState::InKerasCache ||
           kind == download::ResourceState::Downloaded;
}

void ResourceListModel::setActiveRow(int row) {
    activeRow_ = row;
    Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

int ResourceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(download::resourceCatalogue().size());
}

int ResourceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const download::Resource& r = resource(index.row());
    const download::ResourceState s = state(index.row());
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(download::downloadUrl(r)) +
               (s.detail.isEmpty() ? QString() : "\n" + s.detail);
    if (role == Qt::ForegroundRole && index.column() == StateColumn &&
        s.kind == download::ResourceState::Corrupt)
        return QColor(0xb0, 0x00, 0x20);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(r.name);
        case SizeColumn:
            return r.size ? QStringLiteral("%1 MB").arg(r.size / 1e6, 0, 'f', 1)
                          : QStringLiteral("?");
        case StateColumn:
            if (index.row() == activeRow_) return tr("downloading…");
            if (refreshing() && s.kind == download::ResourceState::Missing) return tr("checking…");
            switch (s.kind) {
                case download::ResourceState::InKerasCache:
                    return tr("in Keras cache");
                case download::ResourceState::Downloaded:
                    return tr("downloaded");
                case download::ResourceState::Corrupt:
                    return tr("corrupt: %1").arg(s.detail);
                case download::ResourceState::Missing:
                    return tr("missing");
            }
            return {};
        case WhereColumn:
            return s.path.isEmpty() ? QCoreApplication::translate("Resource", r.title.c_str())
                                    : s.path;
    }
    return {};
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return tr("Resource");
        case SizeColumn:
            return tr("Size");
        case StateColumn:
            return tr("State");
        case WhereColumn:
            return tr("Where / what");
    }
    return {};
}

GetDataDialog::GetDataDialog(QWidget* parent)
    : QDialog(parent),
      model_(new ResourceListModel(this)),
      downloader_(new download::Downloader(this)),
      table_(new QTableView(this)),
      intro_(new QLabel(this)),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      getAll_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      close_(new QPushButton(this)) {
    buildLayout();
    connect(getAll_, &QPushButton::clicked, this, &GetDataDialog::getAllMissing);
    connect(cancel_, &QPushButton::clicked, this, &GetDataDialog::cancel);
    connect(close_, &QPushButton::clicked, this, &QDialog::accept);
    connect(model_, &ResourceListModel::refreshed, this, &GetDataDialog::updateButtons);
    connectDownloader();
    retranslate();
    model_->refresh();
    updateButtons();
}

// The resources with a Get button each, then progress, status and the dialog's buttons.
void GetDataDialog::buildLayout() {
    intro_->setWordWrap(true);
    status_->setWordWrap(true);
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ResourceListModel::WhereColumn,
                                                     QHeaderView::Stretch);
    for (int row = 0; row < model_->rowCount(); ++row) {
        auto* button = new QPushButton(table_);
        connect(button, &QPushButton::clicked, this, [this, row] { get(row); });
        table_->setIndexWidget(model_->index(row, ResourceListModel::GetColumn), button);
        rowButtons_.push_back(button);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(getAll_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(close_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(table_, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    resize(1000, 520);
}

void GetDataDialog::connectDownloader() {
    connect(downloader_, &download::Downloader::progress, this,
            [this](const QString& name, qint64 received, qint64 total, double speed, double eta) {
                progress_->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0) progress_->setValue(static_cast<int>(1000.0 * received / total));
                status_->setText(
                    tr("%1: %2 of %3 MB · %4 MB/s · ETA %5")
                        .arg(name)
                        .arg(received / 1e6, 0, 'f', 1)
                        .arg(total > 0 ? QString::number(total / 1e6, 'f', 1) : QStringLiteral("?"))
                        .arg(speed / 1e6, 0, 'f', 2)
                        .arg(formatDuration(eta)));
            });
    connect(downloader_, &download::Downloader::finished, this,
            [this](const QString& name, const QString& path) {
                const download::Resource* resource = download::findResource(name.toStdString());
                status_->setText(tr("%1: %2 and ready in %3")
                                     .arg(name,
                                          resource
                                              ? download::checkWord(*resource)
                                              : QCoreApplication::translate("Resource", "verified"),
                                          path));
                progress_->setRange(0, 1);
                progress_->setValue(1);
                Q_EMIT resourceReady(name, path);
                model_->refresh();
                next();
            });
    connect(downloader_, &download::Downloader::failed, this,
            [this](const QString& name, const QString& message) {
                status_->setText(tr("%1 failed: %2").arg(name, message));
                progress_->setRange(0, 1);
                progress_->setValue(0);
                queue_.clear();
                model_->refresh();
                updateButtons();
            });
    connect(downloader_, &download::Downloader::canceled, this, [this](const QString& name) {
        status_->setText(tr("%1: canceled. The partial file is kept; Get resumes it.").arg(name));
        queue_.clear();
        updateButtons();
    });
}

GetDataDialog::~GetDataDialog() {
    queue_.clear();
    downloader_->cancel();
}

void GetDataDialog::get(int row) {
    queue_.push_back(row);
    if (!downloader_->busy()) next();
    updateButtons();
}

void GetDataDialog::getAllMissing() {
    for (int row = 0; row < model_->rowCount(); ++row)
        if (!model_->available(row)) queue_.push_back(row);
    if (!downloader_->busy()) next();
    updateButtons();
}

void GetDataDialog::next() {
    if (queue_.empty()) {
        updateButtons();
        return;
    }
    const int row = queue_.front();
    queue_.erase(queue_.begin());
    status_->setText(tr("%1: connecting…").arg(QString::fromStdString(model_->resource(row).name)));
    progress_->setRange(0, 0);
    downloader_->start(model_->resource(row));
    model_->setActiveRow(row);
    updateButtons();
}

void GetDataDialog::cancel() {
    queue_.clear();
    downloader_->cancel();
}

void GetDataDialog::updateButtons() {
    const bool busy = downloader_->busy();
    if (!busy) model_->setActiveRow(-1);
    for (int row = 0; row < static_cast<int>(rowButtons_.size()); ++row) {
        rowButtons_[static_cast<std::size_t>(row)]->setEnabled(!busy && !model_->available(row));
        rowButtons_[static_cast<std::size_t>(row)]->setText(model_->available(row) ? tr("Here")
                                                                                   : tr("Get"));
    }
    getAll_->setEnabled(!busy);
    cancel_->setEnabled(busy);
}

void GetDataDialog::retranslate() {
    setWindowTitle(tr("Get the lesson's data"));
    intro_->setText(
        tr("The lesson's Keras code downloads these files itself. LayerLab first looks in the "
           "Keras cache "
           "(~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file "
           "is checked before it is used: against Keras's size and md5/sha256, or, for weights "
           "Keras publishes no hash for, by their structure (every layer, every shape). Without "
           "internet the built-in samples work offline."));
    getAll_->setText(tr("Get all missing"));
    cancel_->setText(tr("Cancel"));
    close_->setText(tr("Close"));
    updateButtons();
}

void GetDataDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace layerlab::ui
