#pragma once

// Private to io: the restricted unpickler behind parseNpy (io/NpyArray.h). It reads only what
// numpy writes for an object array and refuses everything else; a pickle is a program, and a
// downloaded file must never run one.
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "io/NpyArray.h"

namespace layerlab::pickle {

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

    void reduce();
    void build();
    // One opcode: the pickle switch, the one long function LayerLab keeps (one case an opcode).
    void step(unsigned char op);

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

}  // namespace layerlab::pickle
