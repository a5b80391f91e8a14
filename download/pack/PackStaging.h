#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "download/pack/PackFiles.h"

namespace layerlab::pack {

// The files of an install on their way: staged in a folder beside each destination root
// (<root>.llpack-staging, on the root's own file system, so publishing is a link, not a copy),
// then published all at once. A journal file says at every moment what to undo or finish if the
// process dies: while staging, the staging folders and the folders made for them (rolled back);
// while publishing, every staged file and its destination (completed).
class PackStaging {
  public:
    PackStaging(InstallRoots roots, std::filesystem::path journal);
    const InstallRoots& roots() const { return roots_; }

    // Where the file for `destination` (under one of the roots) is staged; with `create`, its
    // folder is made (and the journal names the staging folder first).
    std::filesystem::path place(const std::filesystem::path& destination, bool create = true);
    void publishLater(std::filesystem::path staged, std::filesystem::path destination);

    struct Published {
        std::size_t added = 0, alreadyThere = 0;
        std::uint64_t addedBytes = 0;
    };
    // Refuses, before anything is published, a destination that holds other bytes; publishes
    // the rest with links that never replace a file; removes the staging folders and the
    // journal. A failure while publishing removes what this call published. Throws FileError.
    Published publish();
    // Removes everything staged, the folders made for it, and the journal.
    void discard() noexcept;

    // See recoverInterruptedInstall().
    static std::string recover(const std::filesystem::path& journal);

  private:
    void writeJournal(const char* state) const;
    std::filesystem::path stagingFor(const std::filesystem::path& destination) const;

    InstallRoots roots_;
    std::filesystem::path journal_;
    std::vector<std::filesystem::path> stagingDirs_, madeDirs_;
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> files_;
};

}  // namespace layerlab::pack
