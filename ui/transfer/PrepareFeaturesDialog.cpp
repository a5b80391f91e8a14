#include "transfer/PrepareFeaturesDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "common/Duration.h"
#include "common/FeatureStoreSettings.h"
#include "experiment/Experiment.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "train/TorchRuntime.h"

namespace layerlab::ui {
namespace {

constexpr int kTextWidth = 540;  // the dialog's text column at its minimum width

}  // namespace

PrepareFeaturesDialog::PrepareFeaturesDialog(TransferExperimentSpec spec, QWidget* parent)
    : QDialog(parent),
      spec_(std::move(spec)),
      intro_(new QLabel(this)),
      usage_(new QLabel(this)),
      cap_(new QSpinBox(this)),
      clear_(new QPushButton(this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      prepare_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      poll_(new QTimer(this)) {
    intro_->setWordWrap(true);
    status_->setWordWrap(true);
    usage_->setWordWrap(true);
    cap_->setRange(64, 1 << 20);
    cap_->setSingleStep(512);
    cap_->setValue(featureStoreCapMB());
    cancel_->setEnabled(false);
    progress_->setValue(0);  // always shown: the dialog keeps its shape while it works
    buildLayout();
    connectSignals();
    retranslate();
    showUsage();
}

void PrepareFeaturesDialog::buildLayout() {
    auto* store = new QHBoxLayout;
    store->addWidget(usage_, 1);
    store->addWidget(clear_);
    auto* form = new QFormLayout;
    form->addRow(store);
    form->addRow(QString(), cap_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(prepare_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    // Grows with its text (a long status, a translated intro) instead of squeezing it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(kTextWidth + 40);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PrepareFeaturesDialog::connectSignals() {
    connect(prepare_, &QPushButton::clicked, this, &PrepareFeaturesDialog::prepare);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (cancelToken_) cancelToken_->cancel();
    });
    connect(clear_, &QPushButton::clicked, this, &PrepareFeaturesDialog::clearStore);
    connect(cap_, &QSpinBox::valueChanged, this, [](int mb) { setFeatureStoreCapMB(mb); });
    connect(poll_, &QTimer::timeout, this, [this] {
        const std::size_t done = done_, total = total_;
        if (total == 0) return;
        progress_->setRange(0, static_cast<int>(total));
        progress_->setValue(static_cast<int>(done));
        const double seconds = clock_.elapsed() / 1000.0;
        if (done > 0)
            status_->setText(tr("Batch %1 of %2 · about %3 left")
                                 .arg(done)
                                 .arg(total)
                                 .arg(formatDuration(seconds / done * (total - done))));
    });
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this,
            [this] { finish(watcher_.result()); });
}

PrepareFeaturesDialog::~PrepareFeaturesDialog() {
    if (cancelToken_) cancelToken_->cancel();
    watcher_.waitForFinished();
}

void PrepareFeaturesDialog::showUsage() {
    try {
        const FeatureStore store(spec_.featureStoreDir());
        const auto usage = store.usage();
        usage_->setText(
            tr("Feature store %1: %n entries, %2 MB", nullptr, static_cast<int>(usage.entries))
                .arg(QDir::toNativeSeparators(QString::fromStdString(displayPath(store.dir()))))
                .arg(static_cast<double>(usage.bytes) / (1 << 20), 0, 'f', 1));
    } catch (const std::exception& e) {
        usage_->setText(failureText(e));
    }
}

void PrepareFeaturesDialog::prepare() {
    if (watcher_.isRunning()) return;
    cancelToken_ = std::make_shared<CancelToken>();  // one per preparation: none is reset
    done_ = total_ = 0;
    clock_.start();
    progress_->setRange(0, 0);
    prepare_->setEnabled(false);
    clear_->setEnabled(false);
    cancel_->setEnabled(true);
    status_->setText(tr("Preparing: scanning data, building the model…"));
    TransferExperimentSpec spec = spec_;
    spec.fit.featureStore.capBytes = featureStoreCapBytes();
    poll_->start(200);
    running_ = true;
    watcher_.setFuture(QtConcurrent::run([this, spec, cancel = cancelToken_] {
        Outcome outcome;
        try {
            useComputeThreads();
            outcome.report = prepareFeatures(
                spec, [](const Message&) {},
                [this](std::size_t done, std::size_t total) {
                    done_ = done;
                    total_ = total;
                },
                *cancel);
        } catch (const Stopped&) {
        } catch (const std::exception& e) {
            outcome.error = failureText(e);
        }
        outcome.cancelled = cancel->cancelled();
        return outcome;
    }));
}

void PrepareFeaturesDialog::finish(const Outcome& outcome) {
    running_ = false;
    poll_->stop();
    progress_->setRange(0, 1);
    progress_->setValue(outcome.cancelled ? 0 : 1);
    prepare_->setEnabled(true);
    clear_->setEnabled(true);
    cancel_->setEnabled(false);
    showUsage();
    if (!outcome.error.isEmpty()) {
        status_->setText(outcome.error);
        return;
    }
    const QString counts = tr("%1 images were stored already, %2 computed now")
                               .arg(outcome.report.stored)
                               .arg(outcome.report.computed);
    if (outcome.report.removed) {
        status_->setText(
            tr("The size cap made the store drop its %n oldest entries: raise the "
               "cap to keep everything prepared.",
               nullptr, static_cast<int>(outcome.report.removed)));
        return;
    }
    status_->setText(outcome.cancelled
                         ? tr("Cancelled: %1. What was computed is kept.").arg(counts)
                         : tr("Ready in %1: %2. Runs over these images start at once.")
                               .arg(formatDuration(clock_.elapsed() / 1000.0), counts));
}

void PrepareFeaturesDialog::clearStore() {
    if (QMessageBox::question(this, tr("Clear the feature store"),
                              tr("Delete every stored feature? Runs will compute them again.")) !=
        QMessageBox::Yes)
        return;
    status_->clear();  // what it said of the store is no longer true
    try {
        FeatureStore(spec_.featureStoreDir()).clear();
    } catch (const std::exception& e) {
        status_->setText(failureText(e));
    }
    showUsage();
}

void PrepareFeaturesDialog::retranslate() {
    setWindowTitle(tr("Prepare features"));
    intro_->setText(
        tr("Computes, once, what the frozen base makes of every image of this page's "
           "experiment (its model, weights, input size, freezing and augmentation "
           "bank, as Start would train it) and keeps it in the feature store. Every "
           "run over the same images then starts at once, whatever its head, "
           "learning rate or epochs. Best done the evening before class."));
    // A word-wrapped label asks for too little height: reserve what its text needs at the
    // dialog's narrowest.
    intro_->setMinimumHeight(intro_->heightForWidth(kTextWidth));
    status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 2);
    cap_->setPrefix(tr("Size cap: "));
    cap_->setSuffix(tr(" MB"));
    clear_->setText(tr("Clear…"));
    prepare_->setText(tr("&Prepare"));
    cancel_->setText(tr("Cancel"));
}

void PrepareFeaturesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace layerlab::ui
