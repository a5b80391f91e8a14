#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace layerlab::pack {

// What a member of a lesson pack is, and so where `pack install` puts it.
enum class PackKind { Weights, Dataset, Reviews, Features, Run, Lesson };

// The manifest's spelling of a kind ("weights", "dataset", …); none for an unknown word.
const char* kindName(PackKind kind);
std::optional<PackKind> kindFromName(const std::string& name);

// One thing the pack holds that several members make up (a dataset folder, a run folder, the
// feature store) or one file (weights, reviews, a lesson). `origin` is where it was on the
// teacher's machine: a packed run names its data and weights by those paths, and install
// points them at the installed copies instead.
struct PackUnit {
    PackKind kind = PackKind::Dataset;
    std::string name;  // a plain file or folder name, the unit's name once installed
    std::filesystem::path origin;
    // A run's task ("transfer", "imdb"): the runs folder lists each task's runs from a
    // sub-folder of that name, where install puts the run. Empty for other kinds.
    std::string task;
};

struct PackMember {
    std::string path;  // in the zip: <kind folder>/<unit name>[/<path inside the unit>]
    PackKind kind = PackKind::Dataset;
    std::string unit;  // the unit's name
    std::uint64_t size = 0;
    std::string sha256;  // lower-case hex
    // The path of an earlier member with the very same bytes, stored once in the zip (a run's
    // model.pt and best_model.pt are often one file); empty: the member is in the zip itself.
    std::string copyOf;
    // The member's path inside its unit ("train/cats/cat.1.jpg"); empty for a one-file unit.
    std::string inside() const;
};

// manifest.json, the pack's first member: what the pack is, for what, and every other member's
// kind, size and sha256.
struct PackManifest {
    static constexpr const char* kFormat = "layerlab-pack";
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kMemberName = "manifest.json";

    std::string layerlabVersion;  // of the LayerLab that made it
    std::string title;            // what the pack is for, in the teacher's words
    std::string created;          // UTC, ISO 8601
    std::vector<PackUnit> units;
    std::vector<PackMember> members;

    std::string toJson() const;
    // Throws FileError (one sentence naming `where`) for anything that is not a manifest of
    // this format: another format or a newer version, an unknown kind, a member path that would
    // leave its folder or does not match its kind and unit, a unit without members, a
    // duplicate. Hashes are not checked here (install does that).
    static PackManifest fromJson(const std::string& text, const std::string& where);

    std::uint64_t totalBytes() const;
    const PackUnit* findUnit(PackKind kind, const std::string& name) const;
};

// The zip folder that holds a kind's members: "weights", "datasets", "reviews", "features",
// "runs", "lessons".
std::string kindFolder(PackKind kind);
// A member's path in the zip.
std::string memberPath(PackKind kind, const std::string& unit, const std::string& inside);

}  // namespace layerlab::pack
