#pragma once

#include <string>

namespace layerlab {

// Who made a run: the account and the machine. In a class folder thirty machines write into,
// it says whose run is whose, and whether this LayerLab may change it (only its own).
struct RunAuthor {
    std::string user, host;

    bool operator==(const RunAuthor& other) const {
        return user == other.user && host == other.host;
    }
    bool operator!=(const RunAuthor& other) const { return !(*this == other); }
};

// This process's user (the account's name, else $USER) and host name.
RunAuthor thisAuthor();

// "kim@pc-07": the author as a class reads it.
std::string authorText(const RunAuthor& author);

// "pc-07-kim": the author fit for a folder name on any file system (letters, digits, '.', '_'
// and '-' kept, anything else '_').
std::string authorTag(const RunAuthor& author);

}  // namespace layerlab
