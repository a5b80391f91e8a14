#include "layers/SummaryDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace layerlab::ui {
namespace {

QPlainTextEdit* summaryView(const QString& text, QWidget* parent) {
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);  // a wrapped row is no longer a table
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    return view;
}

}  // namespace

SummaryDialog::SummaryDialog(const QString& nested, const QString& expanded, QWidget* parent)
    : QDialog(parent),
      tabs_(new QTabWidget(this)),
      nested_(summaryView(nested, this)),
      expanded_(summaryView(expanded, this)) {
    setWindowTitle(tr("model.summary()"));
    tabs_->addTab(nested_, tr("As Keras prints it"));
    tabs_->addTab(expanded_, tr("Every layer (LayerLab)"));
    tabs_->setTabToolTip(0, tr("The notebook's Sequential: the base is one layer, its totals the "
                               "same"));
    tabs_->setTabToolTip(1, tr("The base's layers one by one, the frozen ones marked"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(buttons);
    resize(760, 600);
}

}  // namespace layerlab::ui
