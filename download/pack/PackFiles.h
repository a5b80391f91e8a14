#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "download/pack/PackManifest.h"

namespace layerlab::pack {

// Where `pack install` puts each kind: where LayerLab already looks for it.
struct InstallRoots {
    std::filesystem::path models;    // weights: <download cache>/models, Keras's layout
    std::filesystem::path datasets;  // datasets and reviews: <download cache>/datasets
    std::filesystem::path features;  // the feature store's entries: FeatureStore::defaultDir()
    std::filesystem::path runs;      // the GUI's runs folder (runs/root in its settings)
    std::filesystem::path lessons;   // where File ▸ Open lesson… starts after an install

    // LayerLab's own places; `runs` overrides the runs folder when not empty.
    static InstallRoots defaults(const std::filesystem::path& runs = {});
    const std::filesystem::path& of(PackKind kind) const;
};

// The GUI's runs folder: its setting runs/root, else <app data>/runs.
std::filesystem::path defaultRunsRoot();
// Where lessons installed from packs go: <app data>/lessons.
std::filesystem::path installedLessonsDir();

// Where `unit` is installed under `roots`: the feature store's entries go straight into the
// store; a run into its task's sub-folder of the runs folder, which lists that task's runs;
// anything else into a file or folder of the unit's name.
std::filesystem::path installedUnitPlace(const PackUnit& unit, const InstallRoots& roots);

// Where the file or folder `path` of the teacher's machine lands once the pack is installed
// under `roots`: inside the installed copy of the unit of `kind` whose origin is `path` or
// holds it. None when no unit does.
std::optional<std::filesystem::path> installedPlace(const PackManifest& manifest, PackKind kind,
                                                    const std::filesystem::path& path,
                                                    const InstallRoots& roots = {});

// Whether `path` is `folder` or inside it, by their spelling (both absolute and normal).
bool isUnder(const std::filesystem::path& path, const std::filesystem::path& folder);

// sha256 of a file, lower-case hex. Throws FileError when it cannot be read.
std::string fileSha256(const std::filesystem::path& file);

}  // namespace layerlab::pack
