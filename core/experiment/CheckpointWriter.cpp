#include "experiment/CheckpointWriter.h"

namespace layerlab {

CheckpointWriter::~CheckpointWriter() {
    if (pending_.valid()) pending_.wait();  // a failure here was already reported, or moot
}

void CheckpointWriter::start(int epoch, bool best, StateSnapshot model, StateSnapshot optimizer) {
    pending_ = std::async(std::launch::async, [this, epoch, best, model = std::move(model),
                                               optimizer = std::move(optimizer)] {
        const std::string modelBytes = model.bytes();
        if (best) run_.writeBestModel(epoch, modelBytes);
        run_.writeCheckpoint(epoch, modelBytes, optimizer.bytes());
    });
}

void CheckpointWriter::wait() {
    if (pending_.valid()) pending_.get();
}

}  // namespace layerlab
