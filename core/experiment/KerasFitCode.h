#pragma once

#include <string>

#include "experiment/ExperimentSpec.h"

namespace layerlab {

// The notebook cell for this experiment's compile() and fit(), the seed's way:
// model.compile(optimizer=Adam(learning_rate=1e-4), loss='binary_crossentropy',
// metrics=['acc']), then history = model.fit(train_generator, steps_per_epoch=100, epochs=30,
// validation_data=validation_generator, validation_steps=50, verbose=1) for transfer learning,
// or fit(x_data_train_seq, t_data_train, epochs, batch_size, validation_split) and evaluate on
// the test reviews for IMDB (the names kerasImdbDataCode's cell gives). Early stopping is
// Keras's callback; a batch size or classes that the generators set, and the feature cache's
// bank of augmented copies (Keras has none), are said in # comments.
std::string kerasFitCode(const ExperimentSpec& spec);

}  // namespace layerlab
