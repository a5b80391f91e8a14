#pragma once

#include <QDialog>
#include <QString>
#include <memory>

#include "download/pack/PackManifest.h"
#include "util/CancelToken.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace layerlab::ui {

// File ▸ Open lesson pack… (and `layerlab X.llpack`): what the pack holds and the space it
// needs against the space free, then Install with a progress bar and Cancel, then what was
// added. The install runs on a worker thread (DESIGN boundary 3); Cancel stops it between
// members and leaves nothing installed.
class PackDialog : public QDialog {
    Q_OBJECT

  public:
    explicit PackDialog(const QString& packPath, QWidget* parent = nullptr);
    ~PackDialog() override;

    // Asks for a pack file, then shows its dialog (modal to `parent`).
    static void chooseAndOpen(QWidget* parent);
    // Shows the dialog of `packPath`, deleted when closed.
    static PackDialog* open(const QString& packPath, QWidget* parent);

    QPushButton* installButton() const { return install_; }
    QPushButton* cancelButton() const { return cancel_; }
    QLabel* resultLabel() const { return result_; }

  Q_SIGNALS:
    // The install ended: installed, refused or cancelled (the result label says which).
    void installEnded(bool installed);

  private:
    void readPack();
    void startInstall();
    void finishInstall(bool installed, const QString& text);
    void reject() override;

    QString path_;
    layerlab::pack::PackManifest manifest_;
    QLabel* summary_;
    QLabel* result_;
    QProgressBar* progress_;
    QPushButton* install_;
    QPushButton* cancel_;
    QThread* worker_ = nullptr;
    std::unique_ptr<CancelToken> stop_;
};

}  // namespace layerlab::ui
