#include "io/ZipWriter.h"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <deque>

#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {

struct ZipWriter::Impl {
    fs::path path, partial;
    zip_t* archive = nullptr;
    std::deque<std::string> buffers;  // libzip reads them at zip_close: they must live till then
};

namespace {

std::string libzipReason(zip_t* archive) {
    return zip_error_strerror(zip_get_error(archive));
}

}  // namespace

bool storedUncompressed(const std::string& name) {
    std::string extension = fs::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* packed : {".jpg", ".jpeg", ".png", ".h5", ".npz", ".pt", ".zip"})
        if (extension == packed) return true;
    return false;
}

ZipWriter::ZipWriter(fs::path path) : impl_(std::make_unique<Impl>()) {
    impl_->path = std::move(path);
    impl_->partial = impl_->path.string() + ".partial";
    std::error_code ignored;
    fs::remove(impl_->partial, ignored);  // what a killed writer left
    int error = 0;
    impl_->archive = zip_open(impl_->partial.c_str(), ZIP_CREATE | ZIP_EXCL, &error);
    if (!impl_->archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string reason = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw FileError(MessageId::CannotCreate, {displayPath(impl_->path), reason});
    }
}

ZipWriter::~ZipWriter() {
    if (impl_->archive) zip_discard(impl_->archive);  // nothing was written: nothing to remove
}

namespace {

void addSource(zip_t* archive, const std::string& name, zip_source_t* source,
               const fs::path& where) {
    if (!source)
        throw FileError(MessageId::CannotWrite, {displayPath(where), libzipReason(archive)});
    const zip_int64_t index =
        zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        throw FileError(MessageId::CannotWrite, {displayPath(where), libzipReason(archive)});
    }
    const auto method = storedUncompressed(name) ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), method, 0) != 0)
        throw FileError(MessageId::CannotWrite, {displayPath(where), libzipReason(archive)});
}

}  // namespace

void ZipWriter::addBytes(const std::string& name, std::string bytes) {
    const std::string& kept = impl_->buffers.emplace_back(std::move(bytes));
    addSource(impl_->archive, name, zip_source_buffer(impl_->archive, kept.data(), kept.size(), 0),
              impl_->path);
}

void ZipWriter::addFile(const std::string& name, const fs::path& file) {
    addSource(impl_->archive, name, zip_source_file(impl_->archive, file.c_str(), 0, -1),
              impl_->path);
}

void ZipWriter::commit(bool replace) {
    const std::string where = displayPath(impl_->path);
    if (zip_close(impl_->archive) != 0) {
        const std::string reason = libzipReason(impl_->archive);
        throw FileError(MessageId::CannotWrite, {where, reason});
    }
    impl_->archive = nullptr;
    std::error_code error;
    if (replace) {
        fs::rename(impl_->partial, impl_->path, error);
        if (error) {
            const int reason = error.value();  // before remove() sets `error` again
            fs::remove(impl_->partial, error);
            throw FileError(MessageId::CannotMoveIntoPlace, {where}, reason);
        }
        return;
    }
    // link() refuses an existing name atomically: a file made meanwhile is not replaced either.
    const int linked = ::link(impl_->partial.c_str(), impl_->path.c_str());
    const int reason = errno;
    fs::remove(impl_->partial, error);
    if (linked != 0 && reason == EEXIST)
        throw FileError(verbatim(where + " exists already: it is not replaced"));
    if (linked != 0) throw FileError(MessageId::CannotMoveIntoPlace, {where}, reason);
}

}  // namespace layerlab
