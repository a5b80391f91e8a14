#pragma once

#include <QMetaType>
#include <QString>

namespace layerlab::ui {

// How one training request ended, as the training thread knows it: the page shows the run
// and says what happened from this alone, without asking the disk.
struct RunOutcome {
    // The run's folder once the experiment was prepared; empty when Stop or a failure came
    // while the data and model were being prepared.
    QString runDir;
    // Training ran (to its end or to a Stop): the folder holds a run to show and resume. False
    // when Stop came while the data and model were being prepared (no run was made) and after
    // a failure (see `error`).
    bool kept = false;
    bool stopped = false;  // Stop was asked for: it ended before its last epoch, or never began
    int lastEpoch = 0;     // the last whole epoch on disk, 0 for none (what Resume goes on from)
    QString error;         // empty unless it failed; then the run stays as it was left
};

}  // namespace layerlab::ui

Q_DECLARE_METATYPE(layerlab::ui::RunOutcome)
