#!/usr/bin/python3
"""Fills translations into a Qt Linguist .ts file from a Python dict {source: translation}.

    tools/fill_translations.py translations/layerlab_ko.ts DICT.py
    tools/fill_translations.py translations/layerlab_en.ts --identity

The dict file defines KO = {...}. --identity marks every English entry as translated by its
source (numerus entries get singular/plural forms). Entries with no translation are listed
and left unfinished, so the completeness test fails until someone translates them.
"""
import sys
import xml.etree.ElementTree as ET


def english_plural(source):
    return [source.replace('(s)', ''), source.replace('(s)', 's')]


def main():
    path, mode = sys.argv[1], sys.argv[2]
    table = {}
    if mode != '--identity':
        scope = {}
        exec(open(mode, encoding='utf-8').read(), scope)
        table = scope['KO']
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        text = source if mode == '--identity' else table.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            forms = english_plural(source) if mode == '--identity' else [text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = text
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for source in missing:
        print('untranslated:', source.replace('\n', '\\n')[:90])


if __name__ == '__main__':
    main()
