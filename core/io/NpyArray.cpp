#include "io/NpyArray.h"

#include <cstring>
#include <limits>
#include <optional>
#include <regex>

#include "io/RestrictedUnpickler.h"

namespace layerlab {
namespace {

using pickle::ArrayObject;
using pickle::kMaxPickleValues;
using pickle::ListObject;
using pickle::Unpickler;
using pickle::Value;

template <typename T>
std::int64_t load(const char* p) {
    T value;
    std::memcpy(&value, p, sizeof value);  // x86 is little-endian, as '<' and '|' dtypes are
    return static_cast<std::int64_t>(value);
}

std::int64_t readInteger(const char* p, char kind, int size) {
    const bool isUnsigned = kind == 'u' || kind == 'b';
    switch (size) {
        case 1:
            return isUnsigned ? load<std::uint8_t>(p) : load<std::int8_t>(p);
        case 2:
            return isUnsigned ? load<std::uint16_t>(p) : load<std::int16_t>(p);
        case 4:
            return isUnsigned ? load<std::uint32_t>(p) : load<std::int32_t>(p);
        default:
            return load<std::int64_t>(p);
    }
}

// The element count of `shape`, or nothing when it exceeds `limit` (checked as it multiplies,
// so no shape can wrap it).
std::optional<std::size_t> elementCount(const std::vector<std::int64_t>& shape, std::size_t limit) {
    std::size_t count = 1;
    for (const auto n : shape) {
        if (n == 0) return 0;
        if (static_cast<std::size_t>(n) > limit / count) return std::nullopt;
        count *= static_cast<std::size_t>(n);
    }
    return count;
}

void decodeNumeric(NpyArray& array, const char* raw, std::size_t rawSize, const std::string& name) {
    // '<i8', '|i1', '|b1', '<u2', …: little-endian or single-byte integers and bools.
    const std::string& d = array.descr;
    const bool known = d.size() == 3 && (d[0] == '<' || d[0] == '|') &&
                       (d[1] == 'i' || d[1] == 'u' || d[1] == 'b') &&
                       (d[2] == '1' || d[2] == '2' || d[2] == '4' || d[2] == '8');
    if (!known)
        throw FormatError(MessageId::NpyDtype, {name, d});
    const int size = d[2] - '0';
    const auto count = elementCount(array.shape, kMaxPickleValues);
    if (!count)
        throw FormatError(MessageId::NpyTooManyValues, {name, std::to_string(kMaxPickleValues)});
    if (rawSize / static_cast<std::size_t>(size) < *count)
        throw FormatError(MessageId::NpyShorterThanShape, {name});
    array.values.resize(*count);
    for (std::size_t i = 0; i < *count; ++i)
        array.values[i] = readInteger(raw + i * size, d[1], size);
}

// The dimensions of a header's shape tuple, e.g. "25000," → {25000}.
std::vector<std::int64_t> parseShape(const std::string& dims, const std::string& name) {
    std::vector<std::int64_t> shape;
    const std::regex number("\\d+");
    for (std::sregex_iterator it(dims.begin(), dims.end(), number), end; it != end; ++it) {
        if (it->length() > 15) throw FormatError(MessageId::NpyShapeAbsurd, {name, it->str()});
        shape.push_back(std::stoll(it->str()));
    }
    return shape;
}

// The lists of ints an object array's elements are (Keras's reviews), checked one by one.
void readLists(NpyArray& array, const ArrayObject& object, const std::string& name) {
    if (object.dtype != "O8" || !object.objects)
        throw FormatError(MessageId::NpyNotObjectArray, {name});
    if (elementCount(array.shape, kMaxPickleValues) != object.objects->items.size())
        throw FormatError(MessageId::NpyShapeMismatch,
                          {name, std::to_string(object.objects->items.size())});
    for (const Value& element : object.objects->items) {
        const auto* list = std::get_if<ListObject*>(&element.v);
        if (!list) throw FormatError(MessageId::NpyElementNotList, {name});
        std::vector<std::int32_t> ints;
        ints.reserve((*list)->items.size());
        for (const Value& item : (*list)->items) {
            const auto* n = std::get_if<std::int64_t>(&item.v);
            if (!n) throw FormatError(MessageId::NpyListNotInts, {name});
            if (*n < 0 || *n > std::numeric_limits<std::int32_t>::max())
                throw FormatError(MessageId::NpyWordIndexOutOfRange, {name, std::to_string(*n)});
            ints.push_back(static_cast<std::int32_t>(*n));
        }
        array.lists.push_back(std::move(ints));
    }
}

// Where the header's text starts and how long it is (formats 1.0 to 3.0).
std::pair<std::size_t, std::size_t> headerSpan(const std::string& bytes, const std::string& name) {
    if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0)
        throw FormatError(MessageId::NpyNotNpy, {name});
    const int major = static_cast<unsigned char>(bytes[6]);
    if (major != 1 && major != 2 && major != 3)
        throw FormatError(MessageId::NpyVersion, {name, std::to_string(major)});
    const std::size_t offset = major == 1 ? 10 : 12;
    if (bytes.size() < offset) throw FormatError(MessageId::NpyTruncatedHeader, {name});
    std::size_t length = 0;
    for (std::size_t i = 0; i < offset - 8; ++i)
        length |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
    if (offset + length > bytes.size()) throw FormatError(MessageId::NpyTruncatedHeader, {name});
    return {offset, length};
}

}  // namespace

NpyArray parseNpy(const std::string& bytes, const std::string& name) {
    const auto [offset, headerLength] = headerSpan(bytes, name);
    const std::string header = bytes.substr(offset, headerLength);
    std::smatch match;
    NpyArray array;
    if (!std::regex_search(header, match, std::regex("'descr':\\s*'([^']+)'")))
        throw FormatError(MessageId::NpyNoDescr, {name});
    array.descr = match[1];
    if (header.find("'fortran_order': True") != std::string::npos)
        throw FormatError(MessageId::NpyFortranOrder, {name});
    if (!std::regex_search(header, match, std::regex("'shape':\\s*\\(([^)]*)\\)")))
        throw FormatError(MessageId::NpyNoShape, {name});
    array.shape = parseShape(match[1], name);
    const std::size_t data = offset + headerLength;
    if (array.isObject()) {
        Unpickler unpickler(bytes, data, name);
        readLists(array, unpickler.run(), name);
    } else {
        decodeNumeric(array, bytes.data() + data, bytes.size() - data, name);
    }
    return array;
}

}  // namespace layerlab
