#include "experiment/CheckpointWriter.h"

namespace layerlab {

CheckpointWriter::~CheckpointWriter() {
    if (pending_.valid()) pending_.wait();  // a failure here was already reported, or moot
}

void CheckpointWriter::start(CheckpointFiles files) {
    pending_ = std::async(std::launch::async, [this, files = std::move(files)] {
        const bool bestIsThis = files.bestEpoch == files.epoch;
        if (files.bestModel) run_.writeBestModel(*files.bestEpoch, files.bestModel->bytes());
        run_.writeCheckpoint(files.epoch, files.model.bytes(), files.optimizer.bytes(), bestIsThis);
    });
}

void CheckpointWriter::wait() {
    if (pending_.valid()) pending_.get();
}

}  // namespace layerlab
