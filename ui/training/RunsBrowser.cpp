#include "training/RunsBrowser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "training/FolderWatch.h"
#include "training/RunComparisonDialog.h"
#include "training/RunsModel.h"

namespace layerlab::ui {

RunsBrowser::RunsBrowser(bool fineTune, QWidget* parent)
    : QWidget(parent),
      runs_(new RunsModel(this)),
      watch_(new FolderWatch(this)),
      view_(new QTableView(this)),
      show_(new QPushButton(this)),
      resume_(new QPushButton(this)),
      fineTune_(new QPushButton(this)),
      export_(new QPushButton(this)),
      compare_(new QPushButton(this)),
      delete_(new QPushButton(this)) {
    setUpView();
    // Two rows: the selected run's actions, then the list's. Six buttons in one row made the
    // window wider than a 1024-pixel screen once the Runs tab was shown.
    auto* runButtons = new QHBoxLayout;
    for (QPushButton* b : {show_, resume_, fineTune_, export_}) runButtons->addWidget(b);
    runButtons->addStretch(1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(compare_);
    listButtons->addStretch(1);
    listButtons->addWidget(delete_);
    fineTune_->setVisible(fineTune);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_);
    layout->addLayout(runButtons);
    layout->addLayout(listButtons);
    connectButtons();
    retranslate();
}

void RunsBrowser::setUpView() {
    view_->setModel(runs_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click shows a run; F2 or a click on the selected row renames it or edits its note.
    view_->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // What sets runs apart must be readable at 1024x768 with no horizontal scrollbar: the
    // numbers and who made a run fit their contents, name and settings share what is left, and
    // long settings wrap onto a second line (the whole text is the cell's tooltip too).
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {RunsModel::NameColumn, RunsModel::SettingsColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    view_->setWordWrap(true);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->verticalHeader()->hide();
    view_->setColumnHidden(RunsModel::MadeByColumn, true);  // one's own runs are all one's own
    // The list is read again whenever a run changes: the selected run stays selected.
    connect(runs_, &RunsModel::modelAboutToBeReset, this,
            [this] { selectedBeforeReset_ = selectedRun(); });
    connect(runs_, &RunsModel::modelReset, this, [this] { selectRun(selectedBeforeReset_); });
    connect(watch_, &FolderWatch::changed, this, [this] {
        runs_->refresh();
        Q_EMIT folderChanged();
    });
}

void RunsBrowser::setClassFolder(bool classFolder) {
    runs_->setClassFolder(classFolder);
    view_->setColumnHidden(RunsModel::MadeByColumn, !classFolder);
    view_->setSortingEnabled(classFolder);
    if (classFolder)
        view_->sortByColumn(RunsModel::BestColumn, Qt::DescendingOrder);
    else
        runs_->sort(-1);
    watch_->setFolder(classFolder ? runs_->root() : QString());
}

void RunsBrowser::connectButtons() {
    // A button with no run selected does nothing.
    auto onSelected = [this](QPushButton* button, void (RunsBrowser::*request)(const QString&)) {
        connect(button, &QPushButton::clicked, this, [this, request] {
            const QString run = selectedRun();
            if (!run.isEmpty()) Q_EMIT(this->*request)(run);
        });
    };
    onSelected(show_, &RunsBrowser::showRequested);
    onSelected(resume_, &RunsBrowser::resumeRequested);
    onSelected(fineTune_, &RunsBrowser::fineTuneRequested);
    onSelected(delete_, &RunsBrowser::deleteRequested);
    // Export falls back on the run on show, so it goes out empty too.
    connect(export_, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(selectedRun()); });
    connect(view_, &QTableView::doubleClicked, this,
            [this] { Q_EMIT showRequested(selectedRun()); });
    connect(compare_, &QPushButton::clicked, this, &RunsBrowser::compareTicked);
}

QString RunsBrowser::selectedRun() const {
    const QModelIndex index = view_->currentIndex();
    return index.isValid() ? runs_->data(index, RunsModel::PathRole).toString() : QString();
}

void RunsBrowser::selectRun(const QString& path) {
    const int row = runs_->rowOf(path);
    if (row >= 0) view_->selectRow(row);
}

// The ticked runs side by side, what differs highlighted.
void RunsBrowser::compareTicked() {
    std::vector<RunsModel::Run> runs = runs_->overlaidRuns();
    if (runs.size() < 2) {
        Q_EMIT statusMessage(tr("Tick two or more runs in the list to compare them."));
        return;
    }
    auto* dialog = new RunComparisonDialog(std::move(runs), this);
    dialog->show();
}

void RunsBrowser::retranslate() {
    show_->setText(tr("Show"));
    resume_->setText(tr("Resume"));
    fineTune_->setText(tr("Fine-tune from this run…"));
    delete_->setText(tr("Delete…"));
    compare_->setText(tr("Compare ticked runs…"));
    export_->setText(tr("Export to Keras…"));
    export_->setToolTip(
        tr("Write the run's model as a Keras .h5 file (keras.models.load_model reads it)"));
}

void RunsBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui
