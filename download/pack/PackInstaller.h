#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "download/pack/PackFiles.h"
#include "download/pack/PackManifest.h"
#include "util/CancelToken.h"
#include "util/Message.h"

namespace layerlab::pack {

// Reads a pack's manifest and checks it against the zip: every zip member listed (no member
// the manifest does not vouch for, such as one that would escape its folder), every listed
// member present with the size the manifest says. Hashes are not read (install checks them).
// Throws FileError in one sentence naming the pack: not a zip, truncated, damaged, another
// format, an unknown kind, a zip-slip member.
PackManifest readPackManifest(const std::filesystem::path& pack);

// What an install did (or, dry, would do).
struct InstallReport {
    std::size_t added = 0;             // files put in place
    std::size_t alreadyInstalled = 0;  // identical files that were there already
    std::uint64_t addedBytes = 0;
    std::vector<std::string> places;  // each unit and where it went, one line each
};

// Bytes verified so far, of all.
using InstallProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// A cancelled install (Ctrl+C, the dialog's Cancel): nothing of it is left.
class InstallCancelled : public Failure {
  public:
    InstallCancelled() : Failure(verbatim("The install was cancelled: nothing was installed")) {}
};

// Installs `pack` under `roots`: every member is extracted into a staging folder beside its
// destination (on the same file system) while its size and sha256 are checked against the
// manifest; runs are pointed at the installed data, weights and feature store; then, only when
// all of it is verified, every file is published by a link that never replaces anything. A file
// already there with the same bytes counts as installed; a different one refuses the install
// naming it. Any failure or `cancel` removes what was staged: nothing is left. A journal
// (journalPath()) says what is being done, so that an install killed while staging is rolled
// back, and one killed while publishing is completed, by recoverInterruptedInstall(). With
// `dryRun` the members are verified and nothing is written. Throws FileError, InstallCancelled.
InstallReport installPack(const std::filesystem::path& pack, const InstallRoots& roots, bool dryRun,
                          const InstallProgress& progress = {},
                          const CancelToken& cancel = CancelToken::never());

// The journal of the install under way: <cache>/pack-install.journal.
std::filesystem::path journalPath();
// Finishes what a killed install began publishing, or removes what it staged. Returns a line
// saying which (empty: there was nothing to recover). Throws FileError.
std::string recoverInterruptedInstall();

}  // namespace layerlab::pack
