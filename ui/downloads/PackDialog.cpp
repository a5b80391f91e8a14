#include "downloads/PackDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStorageInfo>
#include <QThread>
#include <QVBoxLayout>

#include "download/pack/PackInstaller.h"
#include "io/FileIO.h"
#include "io/Paths.h"
#include "text/FailureText.h"

namespace layerlab::ui {
namespace {

using namespace layerlab::pack;

// In decimal MB, as `layerlab-cli pack list` says it: the class reads the teacher's figures.
QString sizeText(std::uint64_t bytes) {
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

// The manifest's UTC time (ISO 8601) as the user's locale writes a date and time.
QString createdText(const std::string& iso) {
    const QDateTime created = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                             : QString::fromStdString(iso);
}

QString unitLine(const PackManifest& manifest, const PackUnit& unit) {
    std::uint64_t bytes = 0;
    int files = 0;
    for (const PackMember& m : manifest.members)
        if (m.kind == unit.kind && m.unit == unit.name) bytes += m.size, ++files;
    // In PackKind's order.
    const char* kinds[] = {QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Weights"),
                           QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Dataset"),
                           QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Reviews"),
                           QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Features"),
                           QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Run"),
                           QT_TRANSLATE_NOOP("layerlab::ui::PackDialog", "Lesson")};
    return PackDialog::tr("%1 %2: %n file(s), %3", nullptr, files)
        .arg(PackDialog::tr(kinds[static_cast<int>(unit.kind)]),
             QString::fromStdString(unit.name).toHtmlEscaped(), sizeText(bytes));
}

}  // namespace

PackDialog::PackDialog(const QString& packPath, QWidget* parent)
    : QDialog(parent),
      path_(packPath),
      summary_(new QLabel(this)),
      result_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      install_(new QPushButton(tr("&Install"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Lesson pack"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    result_->setWordWrap(true);
    progress_->setRange(0, 1000);
    progress_->hide();
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(install_, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel_, QDialogButtonBox::RejectRole);
    connect(install_, &QPushButton::clicked, this, &PackDialog::startInstall);
    connect(cancel_, &QPushButton::clicked, this, &PackDialog::reject);
    auto* layout = new QVBoxLayout(this);
    for (QWidget* w : {static_cast<QWidget*>(summary_), static_cast<QWidget*>(progress_),
                       static_cast<QWidget*>(result_)})
        layout->addWidget(w);
    layout->addWidget(buttons);
    readPack();
}

PackDialog::~PackDialog() {
    if (!worker_) return;
    stop_->cancel();  // the install removes what it staged and ends
    worker_->wait();
}

void PackDialog::readPack() {
    try {
        manifest_ = readPackManifest(path_.toStdString());
    } catch (const std::exception& e) {
        summary_->setText(tr("This file cannot be installed."));
        result_->setText(failureText(e));
        install_->setEnabled(false);
        return;
    }
    QString text =
        QStringLiteral("<b>%1</b><br>")
            .arg(manifest_.title.empty() ? QFileInfo(path_).fileName().toHtmlEscaped()
                                         : QString::fromStdString(manifest_.title).toHtmlEscaped());
    text += tr("Made with LayerLab %1 on %2.")
                .arg(QString::fromStdString(manifest_.layerlabVersion),
                     createdText(manifest_.created)) +
            QStringLiteral("<ul>");
    for (const PackUnit& unit : manifest_.units)
        text += QStringLiteral("<li>") + unitLine(manifest_, unit) + QStringLiteral("</li>");
    const QStorageInfo disk(QString::fromStdString(displayPath(userCacheDir())));
    text += QStringLiteral("</ul>") +
            tr("It needs %1; %2 are free.")
                .arg(sizeText(manifest_.totalBytes()),
                     sizeText(static_cast<std::uint64_t>(disk.bytesAvailable())));
    summary_->setText(text);
}

void PackDialog::startInstall() {
    install_->setEnabled(false);
    progress_->show();
    result_->setText(tr("Checking every file of the pack…"));
    stop_ = std::make_unique<CancelToken>();
    const std::string path = path_.toStdString();
    CancelToken* stop = stop_.get();
    worker_ = QThread::create([this, path, stop] {
        auto progress = [this](std::uint64_t done, std::uint64_t total) {
            const int permille = total ? static_cast<int>(done * 1000 / total) : 1000;
            QMetaObject::invokeMethod(progress_, "setValue", Qt::QueuedConnection,
                                      Q_ARG(int, permille));
        };
        bool installed = false;
        QString text;
        try {
            recoverInterruptedInstall();  // an install killed earlier is finished or undone first
            const InstallReport report =
                installPack(path, InstallRoots::defaults(), false, progress, *stop);
            installed = true;
            text = tr("Installed %n file(s) (%1).", nullptr, static_cast<int>(report.added))
                       .arg(sizeText(report.addedBytes));
            if (report.alreadyInstalled)
                text += QLatin1Char(' ') + tr("%n file(s) were installed already.", nullptr,
                                              static_cast<int>(report.alreadyInstalled));
        } catch (const InstallCancelled&) {
            text = tr("Cancelled: nothing was installed.");
        } catch (const std::exception& e) {
            text = failureText(e);
        }
        QMetaObject::invokeMethod(
            this, [this, installed, text] { finishInstall(installed, text); },
            Qt::QueuedConnection);
    });
    worker_->start();
}

void PackDialog::finishInstall(bool installed, const QString& text) {
    worker_->wait();
    delete worker_;
    worker_ = nullptr;
    progress_->hide();
    result_->setText(text);
    cancel_->setText(tr("Close"));
    install_->setEnabled(!installed);
    Q_EMIT installEnded(installed);
}

void PackDialog::reject() {
    if (worker_) {
        stop_->cancel();  // finishInstall follows once the worker has removed what it staged
        return;
    }
    QDialog::reject();
}

PackDialog* PackDialog::open(const QString& packPath, QWidget* parent) {
    auto* dialog = new PackDialog(packPath, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

void PackDialog::chooseAndOpen(QWidget* parent) {
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Open lesson pack"),
                                     settings.value("pack/lastFolder", QDir::homePath()).toString(),
                                     tr("Lesson packs (*.llpack);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue("pack/lastFolder", QFileInfo(path).absolutePath());
    open(path, parent);
}

}  // namespace layerlab::ui
