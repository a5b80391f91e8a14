#include "io/RestrictedUnpickler.h"

#include <cstdio>
#include <cstring>

namespace layerlab::pickle {

void Unpickler::reduce() {
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
                    bytes += static_cast<char>(((c & 0x1f) << 6) | ((*text)[i + 1] & 0x3f)), i += 2;
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

void Unpickler::build() {
    Value state = pop();
    Value& target = top();
    if (std::holds_alternative<DtypeObject*>(target.v)) return;  // byte order, flags: not needed
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

void Unpickler::step(unsigned char op) {
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

}  // namespace layerlab::pickle
