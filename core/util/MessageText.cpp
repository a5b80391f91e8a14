#include "util/Message.h"

// Messages made, filled and said in English; their patterns are in Message.cpp and MessageExperiment.cpp.

#include <cerrno>
#include <cstring>

namespace layerlab {

Message::Message(MessageId id, std::vector<std::string> args, int osError)
    : id(id), args(std::move(args)), osError(osError) {}

Message::Message(MessageId id, std::vector<std::string> args, std::vector<Message> parts)
    : id(id), args(std::move(args)), parts(std::move(parts)) {}

Message::Message(MessageId id, std::vector<std::string> args, Message part)
    : id(id), args(std::move(args)), parts{std::move(part)} {}

Message verbatim(std::string line) {
    return Message(MessageId::Verbatim, {std::move(line)});
}

std::string fillPlaceholders(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const std::size_t index = static_cast<std::size_t>(next - '1');
        if (pattern[i] == '%' && next >= '1' && next <= '9' && index < args.size()) {
            out += args[index];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string osReason(int error) {
    if (error == ENOSPC) return "the disk is full";
    if (error == EDQUOT) return "the disk quota is exceeded";
    return std::strerror(error);
}

std::string englishText(const Message& message) {
    std::vector<std::string> args = message.args;
    for (const Message& part : message.parts) args.push_back(englishText(part));
    if (message.osError) args.push_back(osReason(message.osError));
    return fillPlaceholders(messageTemplate(message.id), args);
}

Failure::Failure(Message message)
    : std::runtime_error(englishText(message)), message_(std::move(message)) {}

}  // namespace layerlab
