#include "experiment/CheckpointWriter.h"

namespace layerlab {

CheckpointWriter::~CheckpointWriter() {
    if (pending_.valid()) pending_.wait();  // a failure here was already reported, or moot
}

void CheckpointWriter::start(int epoch, bool best, StateSnapshot model, StateSnapshot optimizer) {
    pending_ = std::async(std::launch::async, [this, epoch, best, model = std::move(model),
                                               optimizer = std::move(optimizer)] {
        run_.writeCheckpoint(epoch, model.bytes(), optimizer.bytes(), best);
    });
}

void CheckpointWriter::wait() {
    if (pending_.valid()) pending_.get();
}

}  // namespace layerlab
