#include "io/FeatureStore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <optional>

#include "io/FileIO.h"
#include "io/Paths.h"
#include "util/Checksum.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

constexpr char kMagic[8] = {'L', 'L', 'F', 'E', 'A', 'T', '2', '\n'};
// Entries of earlier versions held no key, so none can prove what it is: never read, they are
// still the store's own files, which its cap removes.
constexpr char kFirstMagic[8] = {'L', 'L', 'F', 'E', 'A', 'T', '1', '\n'};
constexpr std::size_t kMagicSize = sizeof kMagic;
constexpr std::size_t kChecksumSize = 8;
// At the store's root, so that it knows its own folder from any other.
constexpr char kMarkerName[] = "LAYERLAB-FEATURE-STORE.txt";
constexpr char kMarkerText[] =
    "This folder is LayerLab's feature store: the frozen layers' outputs for images, one file "
    "per input in the folders named by two hex digits. LayerLab only ever deletes the entries "
    "it wrote here; delete the whole folder to empty it.\n";
// A writer takes well under a second per entry: an older temporary is a killed writer's.
constexpr std::time_t kStaleTemporarySeconds = 10 * 60;

// FNV-1a of `size` bytes of `bytes` (util/Checksum.h).
std::uint64_t fnv64(const std::string& bytes, std::size_t size) {
    Fnv64 hash;
    hash.add(bytes.data(), size);
    return hash.value();
}

void put64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t get64(const std::string& in, std::size_t at) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(in[at + i]);
    return value;
}

// magic | key length (8) | key | half (1) | dims (1) | dims × int64: all an entry holds before
// its values, so all a reader expects is known before it reads.
std::string entryHeader(const std::string& key, const std::vector<std::int64_t>& shape, bool half) {
    std::string out(kMagic, kMagicSize);
    put64(out, key.size());
    out += key;
    out.push_back(half ? 1 : 0);
    out.push_back(static_cast<char>(shape.size()));
    for (auto d : shape) put64(out, static_cast<std::uint64_t>(d));
    return out;
}

std::uint64_t valueBytes(const std::vector<std::int64_t>& shape, bool half) {
    std::uint64_t count = 1;
    for (auto d : shape) count *= static_cast<std::uint64_t>(std::max<std::int64_t>(d, 0));
    return count * (half ? 2 : 4);
}

std::uint64_t checksumOf(const std::string& bytes, std::size_t size) {
    return fnv64(bytes, size);
}

// header | values | checksum of all before.
std::string encode(const std::string& key, const StoredFeatures& f) {
    std::string out = entryHeader(key, f.shape, f.half) + f.bytes;
    put64(out, checksumOf(out, out.size()));
    return out;
}

bool isHex(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool isDigits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isSubfolderName(const std::string& name) {
    return name.size() == 2 && isHex(name);
}

// What a name in one of the store's subfolders is: an entry (<32 hex>.feat), a temporary that
// writeFileAtomically writes it through (<32 hex>.feat.tmp-<digits>), or nothing of the store's.
enum class ItemKind { Entry, Temporary, Foreign };

ItemKind kindOfName(const std::string& name) {
    constexpr std::size_t kEntryName = 32 + 5;
    if (name.size() < kEntryName || !isHex(name.substr(0, 32)) || name.compare(32, 5, ".feat"))
        return ItemKind::Foreign;
    if (name.size() == kEntryName) return ItemKind::Entry;
    if (name.compare(kEntryName, 5, ".tmp-") == 0 && isDigits(name.substr(kEntryName + 5)))
        return ItemKind::Temporary;
    return ItemKind::Foreign;
}

std::optional<struct stat> linkStatus(const fs::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) return std::nullopt;
    return info;
}

std::optional<struct stat> targetStatus(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return info;
}

bool writableByOthers(const struct stat& info) {
    return (info.st_mode & (S_IWGRP | S_IWOTH)) != 0;
}

// A plain file of this user's that nobody else may write: the only kind of file the store
// reads an entry from or deletes.
bool isOwnPlainFile(const struct stat& info) {
    return S_ISREG(info.st_mode) && info.st_uid == ::geteuid() && !writableByOthers(info);
}

// Closes a descriptor on every way out.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// Opens an item of the store without following a link, and without blocking on a FIFO.
Descriptor openItem(const fs::path& path) {
    return {::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)};
}

bool readExactly(int fd, char* out, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, out + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// The bytes of a plain file of this user's that is exactly `size` bytes long; none for any
// other file, which is never read.
std::optional<std::string> readOwnFile(const fs::path& path, std::uint64_t size) {
    const Descriptor file = openItem(path);
    struct stat info {};
    if (file.fd < 0 || ::fstat(file.fd, &info) != 0 || !isOwnPlainFile(info) ||
        static_cast<std::uint64_t>(info.st_size) != size)
        return std::nullopt;
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!readExactly(file.fd, bytes.data(), bytes.size())) return std::nullopt;
    return bytes;
}

// Whether `path` is an entry the store wrote (this version's or an earlier one's): a plain file
// of this user's that starts with the store's magic.
bool isOwnEntry(const fs::path& path, const struct stat& info) {
    if (!isOwnPlainFile(info)) return false;
    const Descriptor file = openItem(path);
    char magic[kMagicSize];
    return file.fd >= 0 && readExactly(file.fd, magic, kMagicSize) &&
           (std::memcmp(magic, kMagic, kMagicSize) == 0 ||
            std::memcmp(magic, kFirstMagic, kMagicSize) == 0);
}

bool isStaleTemporary(const struct stat& info) {
    return isOwnPlainFile(info) && std::time(nullptr) - info.st_mtime > kStaleTemporarySeconds;
}

// A link in the store's folders is never the store's (it writes none): one that dangles, or
// that sits where an entry or a temporary belongs (where it would stop the entry from ever being
// written), is removed. Removing a link leaves what it points to alone.
bool isLeftoverLink(const fs::path& path, ItemKind kind) {
    std::error_code error;
    return kind != ItemKind::Foreign || !fs::exists(fs::status(path, error));
}

// One of the store's subfolders: a real folder named by two hex digits (a link to a folder is
// not one, so nothing outside the store is ever reached through it).
bool isSubfolder(const fs::directory_entry& item) {
    std::error_code error;
    return isSubfolderName(item.path().filename().string()) && !item.is_symlink(error) &&
           item.is_directory(error);
}

// Calls `visit` for each item in the store's subfolders.
void forEachStoreItem(const fs::path& dir,
                      const std::function<void(const fs::path&, ItemKind)>& visit) {
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        if (!isSubfolder(*it)) continue;
        std::error_code inner;
        for (fs::directory_iterator item(it->path(), inner); !inner && item != end;
             item.increment(inner))
            visit(item->path(), kindOfName(item->path().filename().string()));
    }
}

// The first item in `dir` a store does not write (its marker, its subfolders, and entries and
// temporaries in them), relative to `dir`; empty when there is none.
fs::path firstForeignItem(const fs::path& dir) {
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name != kMarkerName && !isSubfolder(*it)) return name;
    }
    fs::path foreign;
    forEachStoreItem(dir, [&](const fs::path& item, ItemKind kind) {
        if (kind == ItemKind::Foreign && foreign.empty()) foreign = item.lexically_relative(dir);
    });
    return foreign;
}

// Creates `dir` and every missing folder above it with mode 0700 (the XDG spec's mode for
// cache folders: what LayerLab caches is nobody else's to read or change). Returns the errno
// of a failure, 0 when `dir` exists (as a folder or not: the caller checks).
int makePrivateFolders(const fs::path& dir) {
    std::error_code error;
    if (dir.empty() || fs::exists(fs::symlink_status(dir, error))) return 0;
    if (dir.has_relative_path() && dir.parent_path() != dir)
        if (const int failure = makePrivateFolders(dir.parent_path())) return failure;
    return ::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST ? 0 : errno;
}

std::string octalMode(const struct stat& info) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%03o", static_cast<unsigned>(info.st_mode & 07777));
    return mode;
}

// How someone else could change what `folder` holds ("belongs to another user (uid 1001)"),
// empty when nobody can. `rootMayOwn`: a folder of root's is as safe as one's own (/tmp, /home);
// `stickyIsSafe`: a sticky folder writable by all (/tmp) only lets each user replace their own
// files.
std::optional<Message> whoElseCanWrite(const fs::path& folder, bool rootMayOwn,
                                       bool stickyIsSafe) {
    const uid_t me = ::geteuid();
    const auto foreign = [&](uid_t owner) { return owner != me && !(rootMayOwn && owner == 0); };
    const auto link = linkStatus(folder);
    const auto info = targetStatus(folder);
    if (!link || !info) return {};  // gone meanwhile: using it fails next
    if (S_ISLNK(link->st_mode) && foreign(link->st_uid))
        return Message(MessageId::StoreLinkOfOtherUser, {std::to_string(link->st_uid)});
    if (foreign(info->st_uid))
        return Message(MessageId::StoreOwnedByOtherUser, {std::to_string(info->st_uid)});
    if (writableByOthers(*info) && !(stickyIsSafe && (info->st_mode & S_ISVTX)))
        return Message(MessageId::StoreWritableByOthers, {octalMode(*info)});
    return {};
}

// The folder holding the store: whoever may write it can replace the store.
std::optional<Message> whyOthersCanReplace(const fs::path& self) {
    const fs::path parent = self.parent_path();
    if (parent == self) return {};
    auto how = whoElseCanWrite(parent, true, true);
    if (!how) return {};
    return Message(MessageId::StoreParentReplaceable, {displayPath(parent)}, std::move(*how));
}

// The store reads back what its folder holds.
std::optional<Message> whyOthersCanWriteInto(const fs::path& self) {
    auto how = whoElseCanWrite(self, false, false);
    if (!how) return {};
    return Message(MessageId::StoreWritableInto, {}, std::move(*how));
}

Message cannotCreate(int failure) {
    return Message(MessageId::StoreCannotCreate, {}, failure);
}

// Why `dir` can be no store, in the order a user would fix things: it must be made (but not
// inside a folder another user could write), be out of other users' reach, be writable, and
// hold only what a store writes.
std::optional<Message> whyNoStore(const fs::path& dir) {
    std::error_code error;
    const fs::path absolute = fs::absolute(dir, error).lexically_normal();
    const fs::path self = absolute.has_filename() ? absolute : absolute.parent_path();
    if (const int failure = makePrivateFolders(self.parent_path())) return cannotCreate(failure);
    if (auto why = whyOthersCanReplace(self)) return why;
    if (const int failure = makePrivateFolders(self)) return cannotCreate(failure);
    if (!fs::is_directory(self, error)) return Message(MessageId::StoreNotAFolder);
    if (auto why = whyOthersCanWriteInto(self)) return why;
    if (::faccessat(AT_FDCWD, self.c_str(), W_OK | X_OK, AT_EACCESS) != 0)
        return Message(MessageId::StoreCannotWrite, {}, errno);
    // A store is recognised by its marker, or, before it has one (an empty folder, or a store
    // of an earlier version), by holding nothing else than a store writes.
    if (fs::is_regular_file(self / kMarkerName, error)) return {};
    if (const fs::path foreign = firstForeignItem(self); !foreign.empty())
        return Message(MessageId::StoreHoldsForeignFiles, {displayPath(foreign)});
    return {};
}

// Written in place, not through a temporary file: another process opening the store meanwhile
// must see nothing but the marker and the store's folders, and only whether it exists counts.
void markAsStore(const fs::path& dir) {
    std::error_code error;
    if (!fs::is_regular_file(dir / kMarkerName, error)) writeFile(dir / kMarkerName, kMarkerText);
}

// The subfolder an entry goes in, made when missing; false when it is not a real folder of
// this user's (a link could lead the store's writes out of it).
bool isOwnSubfolder(const fs::path& folder) {
    ::mkdir(folder.c_str(), 0700);  // fails when it exists: checked next
    const auto info = linkStatus(folder);
    return info && S_ISDIR(info->st_mode) && info->st_uid == ::geteuid();
}

}  // namespace

std::string featureHash(const std::vector<std::string>& parts) {
    FeatureHasher hash;
    for (const auto& part : parts) hash.add(part);
    return hash.hex();
}

// Each part length-prefixed, as featureHash has always joined them.
void FeatureHasher::add(const char* data, std::size_t size) {
    std::string length;
    put64(length, size);
    Fnv64::addToBoth(first_, second_, length.data(), length.size());
    Fnv64::addToBoth(first_, second_, data, size);
}

std::string FeatureHasher::hex() const {
    return first_.hex() + second_.hex();
}

FeatureStore::FeatureStore(fs::path dir, std::uintmax_t capBytes)
    : dir_(std::move(dir)), capBytes_(capBytes) {
    if (auto why = whyNoStore(dir_))
        throw FileError(MessageId::StoreRefused, {displayPath(dir_)}, std::move(*why));
    markAsStore(dir_);
}

fs::path FeatureStore::defaultDir() {
    return userCacheDir() / "features";
}

fs::path FeatureStore::entryPath(const std::string& key) const {
    const std::string name = featureHash({key});
    return dir_ / name.substr(0, 2) / (name + ".feat");
}

std::optional<StoredFeatures> FeatureStore::load(const std::string& key,
                                                 const std::vector<std::int64_t>& shape,
                                                 bool half) const {
    const std::string header = entryHeader(key, shape, half);
    const std::uint64_t size = header.size() + valueBytes(shape, half) + kChecksumSize;
    const auto bytes = readOwnFile(entryPath(key), size);
    if (!bytes || bytes->compare(0, header.size(), header) != 0) return std::nullopt;
    const std::size_t body = bytes->size() - kChecksumSize;
    if (get64(*bytes, body) != checksumOf(*bytes, body)) return std::nullopt;
    return StoredFeatures{shape, half, bytes->substr(header.size(), body - header.size())};
}

bool FeatureStore::save(const std::string& key, const StoredFeatures& features) const {
    const fs::path path = entryPath(key);
    if (!isOwnSubfolder(path.parent_path())) return false;
    // writeFileAtomically never replaces a link: one where the entry belongs would keep it out.
    if (const auto info = linkStatus(path); info && S_ISLNK(info->st_mode)) ::unlink(path.c_str());
    try {
        writeFileAtomically(path, encode(key, features));
        return true;
    } catch (const FileError&) {
        return false;
    }
}

std::vector<FeatureStore::EntryFile> FeatureStore::entries(bool removeLeftovers) const {
    std::vector<EntryFile> found;
    forEachStoreItem(dir_, [&](const fs::path& path, ItemKind kind) {
        const auto info = linkStatus(path);
        if (!info) return;
        const bool leftover = S_ISLNK(info->st_mode)
                                  ? isLeftoverLink(path, kind)
                                  : kind == ItemKind::Temporary && isStaleTemporary(*info);
        if (leftover) {
            if (removeLeftovers) ::unlink(path.c_str());
        } else if (kind == ItemKind::Entry && isOwnEntry(path, *info)) {
            found.push_back(
                {path, std::int64_t{info->st_mtim.tv_sec} * 1000000000 + info->st_mtim.tv_nsec,
                 static_cast<std::uintmax_t>(info->st_size)});
        }
    });
    std::sort(found.begin(), found.end(),
              [](const EntryFile& a, const EntryFile& b) { return a.writtenNs < b.writtenNs; });
    return found;
}

FeatureStore::Usage FeatureStore::usage() const {
    Usage usage;
    for (const EntryFile& entry : entries(false)) {
        ++usage.entries;
        usage.bytes += entry.bytes;
    }
    return usage;
}

std::size_t FeatureStore::trim() const {
    const std::vector<EntryFile> found = entries(true);
    if (capBytes_ == 0) return 0;
    std::uintmax_t total = 0;
    for (const EntryFile& entry : found) total += entry.bytes;
    std::size_t removed = 0;
    for (const EntryFile& entry : found) {
        if (total <= capBytes_) break;
        if (::unlink(entry.path.c_str()) != 0) continue;
        total -= entry.bytes;
        ++removed;
    }
    return removed;
}

void FeatureStore::clear() const {
    for (const EntryFile& entry : entries(true)) ::unlink(entry.path.c_str());
    std::error_code error;
    for (fs::directory_iterator it(dir_, error), end; !error && it != end; it.increment(error))
        if (isSubfolder(*it))
            ::rmdir(it->path().c_str());  // only when empty: files not the store's stay
}

}  // namespace layerlab
