#!/usr/bin/env python3
"""Lists the longest functions in C++ sources: `tools/function_lengths.py core ui [--top N]`.

A heuristic brace matcher, not a parser: a block opened at namespace or class scope whose head
has a parameter list is a function; its length runs from the head's first line to the closing
brace. Good enough to keep functions on one screen (the aim is 60 lines)."""
import re
import sys
from pathlib import Path

HEAD_KEYWORDS = re.compile(r"\b(namespace|class|struct|enum|union)\b")


def strip(text):
    # Preprocessor lines, comments, strings and character literals cannot open or close blocks.
    text = re.sub(r"(?m)^[ \t]*#[^\n]*", lambda m: " " * len(m.group()), text)
    text = re.sub(r"//[^\n]*", lambda m: " " * len(m.group()), text)
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S)
    text = re.sub(r'R"\((.*?)\)"', lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S)
    text = re.sub(r'"(\\.|[^"\\\n])*"', lambda m: " " * len(m.group()), text)
    text = re.sub(r"'(\\.|[^'\\\n])'", lambda m: " " * len(m.group()), text)
    return text


def functions(path):
    text = strip(path.read_text(errors="replace"))
    stack = []  # kinds of open blocks: scope (namespace/class) or body
    head_start = 0
    for i, ch in enumerate(text):
        if ch == "{":
            head = text[head_start:i]
            in_scope = all(kind == "scope" for kind, _, _ in stack)
            if in_scope and HEAD_KEYWORDS.search(head) and "(" not in head.split("=")[0]:
                stack.append(("scope", i, head))
            elif in_scope and "(" in head and not head.strip().endswith("="):
                stack.append(("function", i, head))
            else:
                stack.append(("body", i, head))
            head_start = i + 1
        elif ch == "}":
            if stack:
                kind, opened, head = stack.pop()
                if kind == "function":
                    first = opened - len(head) + (len(head) - len(head.lstrip()))
                    start = text.count("\n", 0, first) + 1
                    end = text.count("\n", 0, i) + 1
                    name = re.sub(r"\s+", " ", head.strip().split("(")[0])[-60:]
                    yield end - start + 1, f"{path}:{start}", name
            head_start = i + 1
        elif ch == ";" and all(kind == "scope" for kind, _, _ in stack):
            head_start = i + 1


def main(argv):
    top = 10
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
        del argv[argv.index("--top") : argv.index("--top") + 2]
    for root in argv or ["core", "ui"]:
        found = []
        for path in sorted(Path(root).rglob("*.cpp")):
            found.extend(functions(path))
        found.sort(reverse=True)
        print(f"{root}: longest functions")
        for length, where, name in found[:top]:
            print(f"  {length:4d}  {where}  {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
