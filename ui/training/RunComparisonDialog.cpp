#include "training/RunComparisonDialog.h"

#include <QDialogButtonBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "training/RunComparisonModel.h"

namespace layerlab::ui {

RunComparisonDialog::RunComparisonDialog(std::vector<RunsModel::Run> runs, QWidget* parent)
    : QDialog(parent) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare runs"));
    auto* model = new RunComparisonModel(this);
    model->setRuns(std::move(runs));
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("comparison"));
    table->setModel(model);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->resizeColumnsToContents();
    for (int column = 0; column < model->columnCount(); ++column)  // three runs side by side
        table->setColumnWidth(column, std::min(table->columnWidth(column), 280));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QWidget* window = parent->window();
    resize(std::min(window->width() - 40, 1200), std::min(window->height() - 80, 640));
}

}  // namespace layerlab::ui
