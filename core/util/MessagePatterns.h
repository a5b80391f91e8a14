#pragma once

// The English patterns of core's messages, in two tables by subject (files and data; what
// experiments, training, models and lessons say), each in MessageId's order. Only Message*.cpp
// include this.

#include "util/Message.h"

// lupdate collects the patterns into the GUI's translations (context "Message"); core itself has
// no Qt, so the marker is only a marker.
#define QT_TRANSLATE_NOOP(context, text) text

namespace layerlab::detail {

struct MessagePattern {
    MessageId id;
    const char* english;
};

// Where the second table starts.
inline constexpr MessageId kFirstExperimentMessage = MessageId::SkippedImage;

// Whether `table` lists the ids from `first` on, once each, in order.
template <std::size_t N>
constexpr bool listsInOrder(const MessagePattern (&table)[N], MessageId first) {
    for (std::size_t i = 0; i < N; ++i)
        if (static_cast<std::size_t>(table[i].id) != static_cast<std::size_t>(first) + i)
            return false;
    return true;
}

// The pattern of an id from kFirstExperimentMessage on (MessageExperiment.cpp).
const char* experimentMessageTemplate(MessageId id);

}  // namespace layerlab::detail
