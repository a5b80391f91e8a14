#include "io/H5Writer.h"

#include <hdf5.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "io/FileIO.h"

namespace layerlab {
namespace {

hid_t checked(hid_t id, const std::string& what) {
    if (id < 0) throw FileError(MessageId::H5CannotWrite, {what});
    return id;
}

// Closes an HDF5 handle when it goes out of scope.
struct Handle {
    hid_t id;
    herr_t (*close)(hid_t);
    ~Handle() {
        if (id >= 0) close(id);
    }
};

hid_t linkCreation() {
    const hid_t links = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(links, 1);
    return links;
}

void writeAttribute(hid_t file, const std::string& object, const std::string& name, hid_t type,
                    hid_t space, const void* data) {
    const Handle target{checked(H5Oopen(file, object.c_str(), H5P_DEFAULT), object),
                        H5Oclose};
    const Handle attribute{
        checked(H5Acreate2(target.id, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT),
                name),
        H5Aclose};
    if (data && H5Awrite(attribute.id, type, data) < 0)
        throw FileError(MessageId::H5CannotWrite, {name});
}

Handle stringType(std::size_t width) {
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, std::max<std::size_t>(width, 1));
    H5Tset_strpad(type, H5T_STR_NULLPAD);
    return Handle{type, H5Tclose};
}

}  // namespace

H5Writer::H5Writer() {
    // An in-memory file (core driver, no backing store), read out by bytes().
    const Handle access{H5Pcreate(H5P_FILE_ACCESS), H5Pclose};
    H5Pset_fapl_core(access.id, 1 << 20, 0);
    // HDF5 knows open files by name: each in-memory file gets its own.
    static std::atomic<unsigned> created{0};
    const std::string name = "layerlab-memory-" + std::to_string(created++) + ".h5";
    file_ = checked(H5Fcreate(name.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, access.id),
                    "/");
}

H5Writer::~H5Writer() {
    if (file_ >= 0) H5Fclose(file_);
}

void H5Writer::createGroup(const std::string& path) {
    const Handle links{linkCreation(), H5Pclose};
    const Handle group{checked(H5Gcreate2(file_, path.c_str(), links.id, H5P_DEFAULT, H5P_DEFAULT),
                               path),
                       H5Gclose};
}

void H5Writer::setAttribute(const std::string& object, const std::string& name,
                            const std::string& value) {
    const Handle type = stringType(value.size());
    const Handle space{H5Screate(H5S_SCALAR), H5Sclose};
    writeAttribute(file_, object, name, type.id, space.id, value.data());
}

void H5Writer::setAttribute(const std::string& object, const std::string& name,
                            const std::vector<std::string>& values) {
    const hsize_t count = values.size();
    const Handle space{H5Screate_simple(1, &count, nullptr), H5Sclose};
    if (values.empty()) {
        writeAttribute(file_, object, name, H5T_IEEE_F64LE, space.id, nullptr);
        return;
    }
    std::size_t width = 1;
    for (const auto& v : values) width = std::max(width, v.size());
    std::string buffer(width * values.size(), '\0');
    for (std::size_t i = 0; i < values.size(); ++i)
        buffer.replace(i * width, values[i].size(), values[i]);
    const Handle type = stringType(width);
    writeAttribute(file_, object, name, type.id, space.id, buffer.data());
}

void H5Writer::writeFloats(const std::string& path, const std::vector<std::int64_t>& shape,
                           const float* values) {
    const std::vector<hsize_t> dims(shape.begin(), shape.end());
    const Handle links{linkCreation(), H5Pclose};
    const Handle space{H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr),
                       H5Sclose};
    const Handle dataset{checked(H5Dcreate2(file_, path.c_str(), H5T_IEEE_F32LE, space.id, links.id,
                                            H5P_DEFAULT, H5P_DEFAULT),
                                 path),
                         H5Dclose};
    if (values &&
        H5Dwrite(dataset.id, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values) < 0)
        throw FileError(MessageId::H5CannotWrite, {path});
}

std::string H5Writer::bytes() {
    H5Fflush(file_, H5F_SCOPE_GLOBAL);
    const ssize_t size = H5Fget_file_image(file_, nullptr, 0);
    if (size < 0) throw FileError(MessageId::H5CannotWrite, {"/"});
    std::string image(static_cast<std::size_t>(size), '\0');
    H5Fget_file_image(file_, image.data(), image.size());
    H5Fclose(file_);
    file_ = -1;
    return image;
}

}  // namespace layerlab
