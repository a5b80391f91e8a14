#include "io/ZipArchive.h"

#include <zip.h>

#include "io/FileIO.h"

namespace layerlab {

struct ZipArchive::Impl {
    zip_t* archive = nullptr;
    std::filesystem::path path;
};

ZipArchive::ZipArchive(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    int error = 0;
    impl_->archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl_->archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string reason = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw FileError("Cannot open " + displayPath(path) + " as a zip archive: " + reason);
    }
}

ZipArchive::~ZipArchive() {
    if (impl_->archive) zip_discard(impl_->archive);
}

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(impl_->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char* name = zip_get_name(impl_->archive, static_cast<zip_uint64_t>(i), 0))
            names.emplace_back(name);
    return names;
}

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(impl_->archive, name.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& name) const {
    zip_stat_t stat;
    if (zip_stat(impl_->archive, name.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        throw FileError(displayPath(impl_->path) + ": no member '" + name + "'");
    zip_file_t* file = zip_fopen(impl_->archive, name.c_str(), 0);
    if (!file) throw FileError(displayPath(impl_->path) + ": cannot read '" + name + "'");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t done = 0;
    while (done < static_cast<zip_int64_t>(bytes.size())) {
        const zip_int64_t n =
            zip_fread(file, bytes.data() + done, bytes.size() - static_cast<std::size_t>(done));
        if (n <= 0) break;
        done += n;
    }
    const int closeError = zip_fclose(file);  // also reports a CRC mismatch
    if (done != static_cast<zip_int64_t>(bytes.size()) || closeError != 0)
        throw FileError(displayPath(impl_->path) + ": member '" + name +
                        "' is damaged or truncated");
    return bytes;
}

}  // namespace layerlab
