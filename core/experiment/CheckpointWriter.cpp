#include "experiment/CheckpointWriter.h"

namespace layerlab {

CheckpointWriter::~CheckpointWriter() {
    if (pending_.valid()) pending_.wait();  // a failure here was already reported, or moot
}

void CheckpointWriter::start(int epoch, bool best, std::string model, std::string optimizer) {
    pending_ = std::async(std::launch::async, [this, epoch, best, model = std::move(model),
                                               optimizer = std::move(optimizer)] {
        if (best) run_.writeBestModel(epoch, model);
        run_.writeCheckpoint(epoch, model, optimizer);
    });
}

void CheckpointWriter::wait() {
    if (pending_.valid()) pending_.get();
}

}  // namespace layerlab
