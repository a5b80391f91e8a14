#include "io/KerasH5.h"

#include <hdf5.h>

#include <cmath>
#include <functional>
#include <mutex>

#include "io/FileIO.h"
#include "util/Checksum.h"

namespace layerlab {
namespace {

// VGG16's largest layer with the ImageNet top (fc1, 25,088 × 4,096) has 103 M values.
constexpr hsize_t kMaxDatasetValues = 128'000'000;

// Debian's HDF5 is built without thread safety: one reader at a time.
std::mutex& hdf5Mutex() {
    static std::mutex mutex;
    return mutex;
}

// Closes an HDF5 handle when it leaves scope.
class Handle {
  public:
    Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
    ~Handle() {
        if (id_ >= 0) close_(id_);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

  private:
    hid_t id_;
    herr_t (*close_)(hid_t);
};

std::vector<std::string> readStringAttribute(hid_t object, const char* name) {
    std::vector<std::string> result;
    if (H5Aexists(object, name) <= 0) return result;
    Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    Handle type(H5Aget_type(attribute.get()), H5Tclose);
    Handle space(H5Aget_space(attribute.get()), H5Sclose);
    if (!attribute.valid() || !type.valid() || !space.valid())
        throw WeightsError(MessageId::WeightsAttributeUnreadable, {name});
    // h5py stores an empty list as an empty float64 array: a layer without weights.
    if (H5Tget_class(type.get()) != H5T_STRING) return result;
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count <= 0) return result;
    if (H5Tis_variable_str(type.get()) > 0) {
        Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memType.get(), H5T_VARIABLE);
        // h5py >= 3 writes UTF-8 strings; HDF5 converts no variable string between character
        // sets, so read each in its own.
        H5Tset_cset(memType.get(), H5Tget_cset(type.get()));
        std::vector<char*> pointers(static_cast<std::size_t>(count), nullptr);
        if (H5Aread(attribute.get(), memType.get(), pointers.data()) < 0)
            throw WeightsError(MessageId::WeightsAttributeUnreadable, {name});
        for (char* p : pointers) {
            result.emplace_back(p ? p : "");
            H5free_memory(p);
        }
        return result;
    }
    const std::size_t size = H5Tget_size(type.get());
    std::string buffer(size * static_cast<std::size_t>(count), '\0');
    if (H5Aread(attribute.get(), type.get(), buffer.data()) < 0)
        throw WeightsError(MessageId::WeightsAttributeUnreadable, {name});
    for (hssize_t i = 0; i < count; ++i) {
        std::string item = buffer.substr(static_cast<std::size_t>(i) * size, size);
        item.erase(item.find_last_not_of(std::string("\0 ", 2)) + 1);
        result.push_back(item);
    }
    return result;
}

WeightArray readDataset(hid_t file, const std::string& path, const std::string& name) {
    Handle dataset(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid()) throw WeightsError(MessageId::WeightsDatasetMissing, {path});
    Handle space(H5Dget_space(dataset.get()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0 || rank > 8) throw WeightsError(MessageId::WeightsDatasetUnreadable, {path});
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    WeightArray array;
    array.name = name;
    std::size_t total = 1;
    for (hsize_t d : dims) {
        // Checked before anything is allocated: the shape is whatever the file declares.
        if (d != 0 && total > kMaxDatasetValues / d)
            throw WeightsError(MessageId::WeightsDatasetTooLarge,
                               {path, std::to_string(kMaxDatasetValues)});
        array.shape.push_back(static_cast<std::int64_t>(d));
        total *= static_cast<std::size_t>(d);
    }
    // A contiguous dataset (what Keras writes) must have its bytes in the file: a small file
    // must not declare hundreds of megabytes of zeros for LayerLab to allocate.
    Handle properties(H5Dget_create_plist(dataset.get()), H5Pclose);
    Handle stored(H5Dget_type(dataset.get()), H5Tclose);
    if (properties.valid() && stored.valid() && H5Pget_layout(properties.get()) == H5D_CONTIGUOUS &&
        H5Dget_storage_size(dataset.get()) < total * H5Tget_size(stored.get()))
        throw WeightsError(MessageId::WeightsDatasetTruncated, {path, std::to_string(total)});
    array.values.resize(total);
    if (total && H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                         array.values.data()) < 0)
        throw WeightsError(MessageId::WeightsDatasetCannotRead, {path});
    for (const float v : array.values)
        if (!std::isfinite(v))
            throw WeightsError(MessageId::WeightsNotFinite, {path});
    return array;
}

// Every group below `root` that carries weight_names, in HDF5's (sorted) visiting order.
std::vector<std::string> groupsWithWeights(hid_t file, const std::string& root) {
    std::vector<std::string> groups;
    Handle start(H5Gopen2(file, root.c_str(), H5P_DEFAULT), H5Gclose);
    if (!start.valid()) return groups;
    if (H5Aexists(start.get(), "weight_names") > 0) groups.push_back(root);
    struct Context {
        std::vector<std::string>* groups;
        std::string root;
    } context{&groups, root == "/" ? "" : root};
    auto visit = [](hid_t object, const char* name, const H5O_info_t* info, void* data) -> herr_t {
        if (info->type != H5O_TYPE_GROUP) return 0;
        auto* ctx = static_cast<Context*>(data);
        if (H5Aexists_by_name(object, name, "weight_names", H5P_DEFAULT) > 0)
            ctx->groups->push_back(ctx->root + "/" + name);
        return 0;
    };
    H5Ovisit2(start.get(), H5_INDEX_NAME, H5_ITER_NATIVE, visit, &context, H5O_INFO_BASIC);
    return groups;
}

bool startsWith(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

// "layer/kernel:0" names its layer, also inside a nested model's group; a recurrent layer's
// weights sit in its cell ("lstm/lstm_cell/kernel:0") and a Bidirectional layer's in
// forward_/backward_ sub-layers ("bidirectional/forward_lstm/lstm_cell/kernel:0"). A legacy
// "block1_conv1_W_1:0" lives in its layer's group.
std::string layerOfWeight(const std::string& name, const std::string& groupName) {
    std::vector<std::string> parts;
    for (std::size_t start = 0, slash; (slash = name.find('/', start)) != std::string::npos;
         start = slash + 1)
        parts.push_back(name.substr(start, slash - start));
    auto wrapper = [](const std::string& part) {
        const bool cell = part.size() > 5 && part.compare(part.size() - 5, 5, "_cell") == 0;
        return cell || startsWith(part, "forward_") || startsWith(part, "backward_");
    };
    while (parts.size() > 1 && wrapper(parts.back())) parts.pop_back();
    return parts.empty() ? groupName : parts.back();
}

void readGroup(hid_t file, const std::string& groupPath, KerasWeights& weights) {
    Handle group(H5Gopen2(file, groupPath.c_str(), H5P_DEFAULT), H5Gclose);
    const std::string groupName = groupPath.substr(groupPath.find_last_of('/') + 1);
    for (const std::string& name : readStringAttribute(group.get(), "weight_names")) {
        const std::string layer = layerOfWeight(name, groupName);
        WeightArray array = readDataset(file, groupPath + "/" + name, name);
        auto& list = weights.byLayer[layer];
        if (list.empty()) weights.layerOrder.push_back(layer);
        list.push_back(std::move(array));
    }
}

}  // namespace

std::string WeightArray::role() const {
    const auto slash = name.find_last_of('/');
    if (slash == std::string::npos) return {};
    std::string role = name.substr(slash + 1);
    return role.substr(0, role.find(':'));
}

KerasWeights readKerasH5(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw WeightsError(MessageId::WeightsFileNotFound, {displayPath(path)});
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // errors become messages, not stderr noise
    if (H5Fis_hdf5(path.c_str()) <= 0)
        throw WeightsError(MessageId::WeightsNotHdf5, {displayPath(path)});
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid())
        throw WeightsError(MessageId::WeightsCannotOpen, {displayPath(path)});

    KerasWeights weights;
    weights.source = path;
    Handle root(H5Gopen2(file.get(), "/", H5P_DEFAULT), H5Gclose);
    const auto version = readStringAttribute(root.get(), "keras_version");
    if (!version.empty()) weights.kerasVersion = version.front();
    weights.fullModel = H5Lexists(file.get(), "model_weights", H5P_DEFAULT) > 0;
    const std::string top = weights.fullModel ? "/model_weights" : "/";
    try {
        for (const auto& group : groupsWithWeights(file.get(), top))
            readGroup(file.get(), group, weights);
    } catch (const WeightsError& failure) {
        throw WeightsError(MessageId::WeightsInFile, {displayPath(path)}, failure.message());
    }
    if (weights.byLayer.empty())
        throw WeightsError(MessageId::WeightsNone, {displayPath(path)});
    weights.checksum = fileChecksum(path);  // never the whole file in memory
    return weights;
}

bool isLayerLabKerasExport(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(path, error)))
        return false;
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    if (H5Fis_hdf5(path.c_str()) <= 0) return false;
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    return file.valid() && H5Aexists_by_name(file.get(), "/", "layerlab_classes", H5P_DEFAULT) > 0;
}

}  // namespace layerlab
