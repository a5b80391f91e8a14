#include "download/pack/PackManifest.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "download/pack/PackRefusal.h"
#include "experiment/Task.h"
#include "io/FileIO.h"
#include "io/ZipArchive.h"
#include "util/EnumNames.h"

using json = nlohmann::json;

namespace layerlab::pack {

void refuse(const QString& sentence) {
    throw FileError(verbatim(sentence.toStdString()));
}

void refusePack(const std::string& where, const QString& why) {
    refuse(QCoreApplication::translate("LessonPack", "%1 is not a usable lesson pack: %2")
               .arg(asQString(where), why));
}

namespace {

struct KindNames {
    PackKind kind;
    const char* name;
    const char* folder;
};
constexpr KindNames kKinds[] = {{PackKind::Weights, "weights", "weights"},
                                {PackKind::Dataset, "dataset", "datasets"},
                                {PackKind::Reviews, "reviews", "reviews"},
                                {PackKind::Features, "features", "features"},
                                {PackKind::Run, "run", "runs"},
                                {PackKind::Lesson, "lesson", "lessons"}};

const KindNames& namesOf(PackKind kind) {
    for (const auto& names : kKinds)
        if (names.kind == kind) return names;
    return kKinds[0];
}

// A kind whose unit is one file (its member's path is the unit's own).
bool oneFileKind(PackKind kind) {
    return kind == PackKind::Weights || kind == PackKind::Reviews || kind == PackKind::Lesson;
}

bool isSha256(const std::string& text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

bool isPlainName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.front() != '.' &&
           name.find_first_of("/\\") == std::string::npos;
}

PackKind kindOf(const json& value, const std::string& where) {
    const std::string name = value.get<std::string>();
    const auto kind = kindFromName(name);
    if (!kind)
        refusePack(where, QCoreApplication::translate("LessonPack",
                                                      "it holds a member of unknown kind '%1'")
                              .arg(asQString(name)));
    return *kind;
}

PackUnit unitFrom(const json& j, const std::string& where) {
    PackUnit unit{kindOf(j.at("kind"), where), j.at("name").get<std::string>(),
                  j.value("origin", std::string()), j.value("task", std::string())};
    if (!isPlainName(unit.name))
        refusePack(where,
                   QCoreApplication::translate("LessonPack", "its unit name '%1' is no plain name")
                       .arg(asQString(unit.name)));
    // A run's task names the folder it is installed in: only a task's own name will do; other
    // kinds have none.
    const bool taskFits =
        unit.kind == PackKind::Run ? bool(enumFromName(kTasks, unit.task)) : unit.task.empty();
    if (!taskFits)
        refusePack(where, QCoreApplication::translate("LessonPack",
                                                      "its unit '%1' names no task of LayerLab's")
                              .arg(asQString(unit.name)));
    return unit;
}

void checkMember(const PackManifest& manifest, const PackMember& member, const std::string& where) {
    if (!isSafeMemberName(member.path) || member.path.back() == '/')
        refusePack(where, QCoreApplication::translate(
                              "LessonPack", "its member '%1' would be written outside its folder")
                              .arg(asQString(member.path)));
    const PackUnit* unit = manifest.findUnit(member.kind, member.unit);
    if (!unit)
        refusePack(where, QCoreApplication::translate("LessonPack",
                                                      "its member '%1' belongs to no unit it lists")
                              .arg(asQString(member.path)));
    const std::string inside = member.inside();
    const bool oneFile = oneFileKind(member.kind);
    if (member.path != memberPath(member.kind, member.unit, inside) || oneFile != inside.empty())
        refusePack(where, QCoreApplication::translate(
                              "LessonPack", "its member '%1' is not where its kind and unit say")
                              .arg(asQString(member.path)));
    if (!isSha256(member.sha256))
        refusePack(where, QCoreApplication::translate("LessonPack", "its member '%1' has no sha256")
                              .arg(asQString(member.path)));
}

}  // namespace

const char* kindName(PackKind kind) {
    return namesOf(kind).name;
}

std::optional<PackKind> kindFromName(const std::string& name) {
    for (const auto& names : kKinds)
        if (name == names.name) return names.kind;
    return std::nullopt;
}

std::string kindFolder(PackKind kind) {
    return namesOf(kind).folder;
}

std::string memberPath(PackKind kind, const std::string& unit, const std::string& inside) {
    const std::string path = kindFolder(kind) + "/" + unit;
    return inside.empty() ? path : path + "/" + inside;
}

std::string PackMember::inside() const {
    const std::string unitPath = memberPath(kind, unit, {});
    if (path.size() <= unitPath.size() + 1 || path.compare(0, unitPath.size(), unitPath) != 0)
        return {};
    return path.substr(unitPath.size() + 1);
}

std::string PackManifest::toJson() const {
    json units = json::array(), members = json::array();
    for (const PackUnit& u : this->units) {
        units.push_back(
            {{"kind", kindName(u.kind)}, {"name", u.name}, {"origin", displayPath(u.origin)}});
        if (!u.task.empty()) units.back()["task"] = u.task;
    }
    for (const PackMember& m : this->members) {
        json member{{"path", m.path},
                    {"kind", kindName(m.kind)},
                    {"unit", m.unit},
                    {"size", m.size},
                    {"sha256", m.sha256}};
        if (!m.copyOf.empty()) member["copy_of"] = m.copyOf;
        members.push_back(member);
    }
    return json{{"format", kFormat},           {"format_version", kFormatVersion},
                {"layerlab", layerlabVersion}, {"title", title},
                {"created", created},          {"units", units},
                {"members", members}}
        .dump(1);
}

PackManifest PackManifest::fromJson(const std::string& text, const std::string& where) {
    PackManifest manifest;
    try {
        const json j = json::parse(text);
        if (j.value("format", "") != kFormat)
            refusePack(where, QCoreApplication::translate("LessonPack",
                                                          "its manifest is of another format"));
        if (j.at("format_version").get<int>() > kFormatVersion)
            refusePack(where,
                       QCoreApplication::translate("LessonPack",
                                                   "it is of pack format %1, newer than this "
                                                   "LayerLab reads (%2): update LayerLab to "
                                                   "install it")
                           .arg(j.at("format_version").get<int>())
                           .arg(kFormatVersion));
        manifest.layerlabVersion = j.value("layerlab", "");
        manifest.title = j.value("title", "");
        manifest.created = j.value("created", "");
        for (const json& u : j.at("units")) manifest.units.push_back(unitFrom(u, where));
        for (const json& m : j.at("members"))
            manifest.members.push_back(
                {m.at("path").get<std::string>(), kindOf(m.at("kind"), where),
                 m.at("unit").get<std::string>(), m.at("size").get<std::uint64_t>(),
                 m.at("sha256").get<std::string>(), m.value("copy_of", std::string())});
    } catch (const json::exception& error) {
        refusePack(where, QCoreApplication::translate("LessonPack", "its manifest is damaged (%1)")
                              .arg(error.what()));
    }
    std::map<std::string, const PackMember*> paths;
    std::set<std::pair<PackKind, std::string>> filled;
    for (const PackMember& member : manifest.members) {
        checkMember(manifest, member, where);
        if (!paths.emplace(member.path, &member).second)
            refusePack(where,
                       QCoreApplication::translate("LessonPack", "its member '%1' is listed twice")
                           .arg(asQString(member.path)));
        const auto original = paths.find(member.copyOf);
        if (!member.copyOf.empty() &&
            (original == paths.end() || !original->second->copyOf.empty() ||
             original->second->sha256 != member.sha256 || original->second->size != member.size))
            refusePack(where, QCoreApplication::translate(
                                  "LessonPack", "its member '%1' is a copy of no earlier member")
                                  .arg(asQString(member.path)));
        filled.insert({member.kind, member.unit});
    }
    for (const PackUnit& unit : manifest.units)
        if (!filled.count({unit.kind, unit.name}))
            refusePack(where,
                       QCoreApplication::translate("LessonPack", "its unit '%1' has no member")
                           .arg(asQString(unit.name)));
    return manifest;
}

std::uint64_t PackManifest::totalBytes() const {
    std::uint64_t total = 0;
    for (const PackMember& member : members) total += member.size;
    return total;
}

const PackUnit* PackManifest::findUnit(PackKind kind, const std::string& name) const {
    for (const PackUnit& unit : units)
        if (unit.kind == kind && unit.name == name) return &unit;
    return nullptr;
}

}  // namespace layerlab::pack
