#include "io/NpyArray.h"

#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <regex>
#include <variant>

namespace layerlab {
namespace {

// ---- the restricted unpickler ----------------------------------------------------------

enum class Global { Reconstruct, Ndarray, Dtype, CodecsEncode };

// Values point into the unpickler's arena instead of owning what they hold: a list nested
// 200,000 levels deep then frees without recursion (owning pointers overflowed the stack in
// their destructors), a memo read copies a pointer rather than a string, and cycles cannot leak.
struct ListObject;
struct TupleObject;
struct Mark {};
struct None {};
struct Text {
    const std::string* s;
};
struct Bytes {
    const std::string* s;
};
struct DtypeObject {
    std::string code;  // "O8", "i8", …
};
struct ArrayObject {
    std::vector<std::int64_t> shape;
    std::string dtype;
    const ListObject* objects = nullptr;  // object arrays: their elements
    const std::string* raw = nullptr;     // numeric arrays: their bytes
    bool built = false;
};

struct Value {
    std::variant<None, Mark, bool, std::int64_t, Text, Bytes, ListObject*, TupleObject*, Global,
                 DtypeObject*, ArrayObject*>
        v;
};
struct ListObject {
    std::vector<Value> items;
};
struct TupleObject {
    std::vector<Value> items;
};

// Keras's full imdb.npz holds about 6 million tokens per split; twice that bounds the memory
// a hostile pickle can make LayerLab spend (16 bytes a value) well under a gigabyte.
constexpr std::size_t kMaxPickleValues = 12'000'000;
// Keras's imdb.npz has 25,000 reviews per split; each costs a list and its bookkeeping.
constexpr std::size_t kMaxPickleLists = 1'000'000;

class Unpickler {
  public:
    Unpickler(const std::string& data, std::size_t start, const std::string& name)
        : data_(data), pos_(start), name_(name) {}

    // The array the pickle builds; it points into this unpickler, so it lives as long.
    const ArrayObject& run() {
        while (true) {
            if (pos_ >= data_.size()) fail(Message(MessageId::PickleEndsEarly));
            const auto op = static_cast<unsigned char>(data_[pos_++]);
            if (op == '.') break;
            step(op);
        }
        const Value result = pop();
        const auto* array = std::get_if<ArrayObject*>(&result.v);
        if (!array || !(*array)->built) fail("does not hold a numpy array");
        return **array;
    }

  private:
    // The rarer ways a pickle can be malformed are said in English only: they are for whoever
    // debugs the file that holds it, not for a class.
    [[noreturn]] void fail(const std::string& what) const { fail(verbatim(what)); }
    [[noreturn]] void fail(Message what) const {
        throw FormatError(MessageId::NpyPickle, {name_, std::to_string(pos_)}, std::move(what));
    }

    std::uint64_t readUnsigned(int bytes) {
        if (pos_ + static_cast<std::size_t>(bytes) > data_.size()) fail(Message(MessageId::PickleTruncated));
        std::uint64_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[pos_ + i]))
                     << (8 * i);
        pos_ += static_cast<std::size_t>(bytes);
        return value;
    }
    std::string readBytes(std::uint64_t n) {
        if (n > data_.size() - pos_) fail(Message(MessageId::PickleTruncated));
        std::string out = data_.substr(pos_, static_cast<std::size_t>(n));
        pos_ += static_cast<std::size_t>(n);
        return out;
    }
    std::string readLine() {
        const auto end = data_.find('\n', pos_);
        if (end == std::string::npos) fail(Message(MessageId::PickleTruncated));
        std::string line = data_.substr(pos_, end - pos_);
        pos_ = end + 1;
        return line;
    }

    Value pop() {
        if (stack_.empty()) fail("pops an empty stack");
        Value value = std::move(stack_.back());
        stack_.pop_back();
        return value;
    }
    std::vector<Value> popToMark() {
        std::vector<Value> items;
        while (true) {
            if (stack_.empty()) fail("has no MARK");
            Value value = pop();
            if (std::holds_alternative<Mark>(value.v)) break;
            items.push_back(std::move(value));
        }
        return {items.rbegin(), items.rend()};
    }
    void push(Value value) {
        if (++values_ > kMaxPickleValues)
            fail(Message(MessageId::PickleTooManyValues, {std::to_string(kMaxPickleValues)}));
        stack_.push_back(value);
    }
    template <typename T, typename... Args>
    T* make(std::deque<T>& arena, Args&&... args) {
        arena.push_back(T{std::forward<Args>(args)...});
        return &arena.back();
    }
    void pushText(std::string text) { push(Value{Text{make(strings_, std::move(text))}}); }
    void pushBytes(std::string bytes) { push(Value{Bytes{make(strings_, std::move(bytes))}}); }
    void pushList(std::vector<Value> items = {}) {
        if (lists_.size() >= kMaxPickleLists)
            fail(Message(MessageId::PickleTooManyLists, {std::to_string(kMaxPickleLists)}));
        push(Value{make(lists_, std::move(items))});
    }
    void remember(std::uint64_t key) {
        if (++values_ > kMaxPickleValues) fail("memoizes too many values: refused");
        memo_[key] = top();
    }
    Value& top() {
        if (stack_.empty()) fail("reads an empty stack");
        return stack_.back();
    }

    Global global(const std::string& module, const std::string& name) {
        if (module == "numpy.core.multiarray" && name == "_reconstruct") return Global::Reconstruct;
        if (module == "numpy" && name == "ndarray") return Global::Ndarray;
        if (module == "numpy" && name == "dtype") return Global::Dtype;
        if (module == "_codecs" && name == "encode") return Global::CodecsEncode;
        fail(Message(MessageId::PickleRefersTo, {module + "." + name}));
    }

    void appendTo(std::vector<Value> items) {
        auto* list = std::get_if<ListObject*>(&top().v);
        if (!list) fail("appends to something that is not a list");
        (*list)->items.insert((*list)->items.end(), items.begin(), items.end());
    }

    void pushTuple(std::vector<Value> items) { push(Value{make(tuples_, std::move(items))}); }

    void reduce() {
        Value args = pop();
        const Value callable = pop();
        const auto* g = std::get_if<Global>(&callable.v);
        const auto* tuple = std::get_if<TupleObject*>(&args.v);
        if (!g || !tuple) fail("calls something that is not an allowed numpy function");
        const auto& a = (*tuple)->items;
        switch (*g) {
            case Global::Reconstruct: {
                if (a.empty() || !std::holds_alternative<Global>(a[0].v) ||
                    std::get<Global>(a[0].v) != Global::Ndarray)
                    fail("reconstructs something other than numpy.ndarray");
                push(Value{make(arrays_)});
                return;
            }
            case Global::Dtype: {
                const auto* code = a.empty() ? nullptr : std::get_if<Text>(&a[0].v);
                if (!code) fail("builds a dtype without a type code");
                push(Value{make(dtypes_, *code->s)});
                return;
            }
            case Global::CodecsEncode: {  // protocol 2 writes bytes as _codecs.encode(str,
                                          // 'latin1')
                const auto* arg = a.size() == 2 ? std::get_if<Text>(&a[0].v) : nullptr;
                if (!arg) fail("calls _codecs.encode with unexpected arguments");
                const std::string* text = arg->s;
                std::string bytes;
                for (std::size_t i = 0; i < text->size();) {  // UTF-8 code points < 256 → latin-1
                    const auto c = static_cast<unsigned char>((*text)[i]);
                    if (c < 0x80)
                        bytes += static_cast<char>(c), i += 1;
                    else if (i + 1 < text->size())
                        bytes += static_cast<char>(((c & 0x1f) << 6) | ((*text)[i + 1] & 0x3f)),
                            i += 2;
                    else
                        fail("has a damaged latin-1 string");
                }
                pushBytes(std::move(bytes));
                return;
            }
            case Global::Ndarray:
                break;
        }
        fail("calls numpy.ndarray directly");
    }

    void build() {
        Value state = pop();
        Value& target = top();
        if (std::holds_alternative<DtypeObject*>(target.v))
            return;  // byte order, flags: not needed
        auto* array = std::get_if<ArrayObject*>(&target.v);
        auto* tuple = std::get_if<TupleObject*>(&state.v);
        if (!array || !tuple || (*tuple)->items.size() != 5)
            fail("builds something that is not an ndarray");
        auto& items = (*tuple)->items;
        const auto* shape = std::get_if<TupleObject*>(&items[1].v);
        const auto* dtype = std::get_if<DtypeObject*>(&items[2].v);
        if (!shape || !dtype) fail("has an ndarray without shape or dtype");
        for (const auto& d : (*shape)->items) {
            const auto* n = std::get_if<std::int64_t>(&d.v);
            if (!n || *n < 0) fail("has a bad ndarray shape");
            (*array)->shape.push_back(*n);
        }
        (*array)->dtype = (*dtype)->code;
        if (auto* list = std::get_if<ListObject*>(&items[4].v))
            (*array)->objects = *list;
        else if (auto* bytes = std::get_if<Bytes>(&items[4].v))
            (*array)->raw = bytes->s;
        else
            fail("has ndarray data of an unexpected kind");
        (*array)->built = true;
    }

    void step(unsigned char op) {
        switch (op) {
            case 0x80:
                readUnsigned(1);
                return;  // PROTO
            case 0x95:
                readUnsigned(8);
                return;  // FRAME
            case 'c': {  // GLOBAL
                const std::string module = readLine();
                push(Value{global(module, readLine())});
                return;
            }
            case 0x93: {  // STACK_GLOBAL
                const Value name = pop(), module = pop();
                const auto* n = std::get_if<Text>(&name.v);
                const auto* m = std::get_if<Text>(&module.v);
                if (!n || !m) fail("has a malformed STACK_GLOBAL");
                push(Value{global(*m->s, *n->s)});
                return;
            }
            case 'q':
                remember(readUnsigned(1));
                return;  // BINPUT
            case 'r':
                remember(readUnsigned(4));
                return;  // LONG_BINPUT
            case 0x94:
                remember(memo_.size());
                return;  // MEMOIZE
            case 'h':
            case 'j': {  // BINGET, LONG_BINGET
                const auto found = memo_.find(readUnsigned(op == 'h' ? 1 : 4));
                if (found == memo_.end()) fail("reads an unknown memo entry");
                push(found->second);
                return;
            }
            case 'K':
                push(Value{static_cast<std::int64_t>(readUnsigned(1))});
                return;
            case 'M':
                push(Value{static_cast<std::int64_t>(readUnsigned(2))});
                return;
            case 'J':
                push(Value{static_cast<std::int64_t>(static_cast<std::int32_t>(readUnsigned(4)))});
                return;
            case 0x8a: {  // LONG1
                const auto n = readUnsigned(1);
                if (n > 8) fail("has an integer too large for 64 bits");
                std::int64_t value =
                    n ? static_cast<std::int64_t>(readUnsigned(static_cast<int>(n))) : 0;
                if (n && n < 8 && (value >> (8 * n - 1)) & 1) value -= std::int64_t(1) << (8 * n);
                push(Value{value});
                return;
            }
            case 'N':
                push(Value{None{}});
                return;
            case 0x88:
                push(Value{true});
                return;
            case 0x89:
                push(Value{false});
                return;
            case 0x8c:
                pushText(readBytes(readUnsigned(1)));
                return;  // SHORT_BINUNICODE
            case 'X':
                pushText(readBytes(readUnsigned(4)));
                return;  // BINUNICODE
            case 0x8d:
                pushText(readBytes(readUnsigned(8)));
                return;  // BINUNICODE8
            case 'C':
                pushBytes(readBytes(readUnsigned(1)));
                return;
            case 'B':
                pushBytes(readBytes(readUnsigned(4)));
                return;
            case 0x8e:
                pushBytes(readBytes(readUnsigned(8)));
                return;
            case 'U':
                pushBytes(readBytes(readUnsigned(1)));
                return;  // SHORT_BINSTRING
            case 'T':
                pushBytes(readBytes(readUnsigned(4)));
                return;  // BINSTRING
            case '(':
                push(Value{Mark{}});
                return;
            case ']':
                pushList();
                return;
            case 'l':
                pushList(popToMark());
                return;
            case 'a':
                appendTo({pop()});
                return;
            case 'e':
                appendTo(popToMark());
                return;
            case ')':
                pushTuple({});
                return;
            case 't':
                pushTuple(popToMark());
                return;
            case 0x85: {
                Value a = pop();
                pushTuple({a});
                return;
            }
            case 0x86: {
                Value b = pop(), a = pop();
                pushTuple({a, b});
                return;
            }
            case 0x87: {
                Value c = pop(), b = pop(), a = pop();
                pushTuple({a, b, c});
                return;
            }
            case 'R':
                reduce();
                return;
            case 'b':
                build();
                return;
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                pos_--;
                fail(Message(MessageId::PickleOpcode, {hex}));
            }
        }
    }

    const std::string& data_;
    std::size_t pos_;
    std::string name_;
    std::vector<Value> stack_;
    std::map<std::uint64_t, Value> memo_;
    std::size_t values_ = 0;
    std::deque<std::string> strings_;
    std::deque<ListObject> lists_;
    std::deque<TupleObject> tuples_;
    std::deque<DtypeObject> dtypes_;
    std::deque<ArrayObject> arrays_;
};

// ---- .npy --------------------------------------------------------------------------------

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
