#include "io/FeatureStore.h"

#include <algorithm>
#include <cstring>

#include "io/FileIO.h"
#include "io/Paths.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

constexpr char kMagic[8] = {'L', 'L', 'F', 'E', 'A', 'T', '1', '\n'};
constexpr std::size_t kMaxDims = 8;

std::uint64_t fnv64(const std::string& bytes, std::uint64_t hash) {
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

void put64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t get64(const std::string& in, std::size_t at) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(in[at + i]);
    return value;
}

// magic | half (1 byte) | dims (1 byte) | dims × int64 | value bytes | checksum of all before
std::string encode(const StoredFeatures& f) {
    std::string out(kMagic, sizeof kMagic);
    out.push_back(f.half ? 1 : 0);
    out.push_back(static_cast<char>(f.shape.size()));
    for (auto d : f.shape) put64(out, static_cast<std::uint64_t>(d));
    out += f.bytes;
    put64(out, fnv64(out, 14695981039346656037ull));
    return out;
}

std::optional<StoredFeatures> decode(const std::string& in) {
    if (in.size() < sizeof kMagic + 2 + 8 || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    const std::size_t body = in.size() - 8;
    if (get64(in, body) != fnv64(in.substr(0, body), 14695981039346656037ull)) return std::nullopt;
    StoredFeatures f;
    f.half = in[sizeof kMagic] == 1;
    const auto dims = static_cast<std::size_t>(static_cast<unsigned char>(in[sizeof kMagic + 1]));
    std::size_t at = sizeof kMagic + 2;
    if (dims > kMaxDims || at + 8 * dims > body) return std::nullopt;
    std::uint64_t count = 1;
    for (std::size_t i = 0; i < dims; ++i, at += 8) {
        const std::uint64_t d = get64(in, at);
        if (d == 0 || d > (1ull << 32) || count > (1ull << 40) / d) return std::nullopt;
        count *= d;
        f.shape.push_back(static_cast<std::int64_t>(d));
    }
    if (body - at != count * (f.half ? 2 : 4)) return std::nullopt;
    f.bytes = in.substr(at, body - at);
    return f;
}

}  // namespace

std::string featureKey(const std::vector<std::string>& parts) {
    std::string joined;
    for (const auto& part : parts) {
        put64(joined, part.size());
        joined += part;
    }
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx",
                  static_cast<unsigned long long>(fnv64(joined, 14695981039346656037ull)),
                  static_cast<unsigned long long>(fnv64(joined, 0x9e3779b97f4a7c15ull)));
    return hex;
}

FeatureStore::FeatureStore(fs::path dir, std::uintmax_t capBytes)
    : dir_(std::move(dir)), capBytes_(capBytes) {
    std::error_code error;
    fs::create_directories(dir_, error);
    if (error || !fs::is_directory(dir_, error))
        throw FileError("Cannot use " + displayPath(dir_) + " as the feature store: " +
                        (error ? error.message() : std::string("it is not a folder")));
}

fs::path FeatureStore::defaultDir() {
    return userCacheDir() / "features";
}

fs::path FeatureStore::entryPath(const std::string& key) const {
    return dir_ / key.substr(0, 2) / (key + ".feat");
}

std::optional<StoredFeatures> FeatureStore::load(const std::string& key) const {
    const fs::path path = entryPath(key);
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return std::nullopt;
    std::optional<StoredFeatures> features;
    try {
        features = decode(readFileBytes(path));
    } catch (const FileError&) {
        return std::nullopt;
    }
    if (!features) fs::remove(path, error);  // damaged: computed and written again
    return features;
}

bool FeatureStore::save(const std::string& key, const StoredFeatures& features) const {
    const fs::path path = entryPath(key);
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    try {
        writeFileAtomically(path, encode(features));
        return true;
    } catch (const FileError&) {
        return false;
    }
}

FeatureStore::Usage FeatureStore::usage() const {
    Usage usage;
    std::error_code error;
    for (fs::recursive_directory_iterator it(dir_, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() != ".feat" || !it->is_regular_file(error)) continue;
        ++usage.entries;
        usage.bytes += it->file_size(error);
    }
    return usage;
}

std::size_t FeatureStore::enforceCap() const {
    if (capBytes_ == 0) return 0;
    struct Entry {
        fs::path path;
        fs::file_time_type written;
        std::uintmax_t bytes;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code error;
    for (fs::recursive_directory_iterator it(dir_, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() != ".feat" || !it->is_regular_file(error)) continue;
        entries.push_back({it->path(), it->last_write_time(error), it->file_size(error)});
        total += entries.back().bytes;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.written < b.written; });
    std::size_t removed = 0;
    for (const Entry& entry : entries) {
        if (total <= capBytes_) break;
        if (!fs::remove(entry.path, error)) continue;
        total -= entry.bytes;
        ++removed;
    }
    return removed;
}

void FeatureStore::clear() const {
    std::error_code error;
    for (fs::directory_iterator it(dir_, error), end; !error && it != end; it.increment(error)) {
        // Only what the store writes: two-hex-digit folders of .feat entries.
        const std::string name = it->path().filename().string();
        if (it->is_directory(error) && name.size() == 2) fs::remove_all(it->path(), error);
    }
}

}  // namespace layerlab
