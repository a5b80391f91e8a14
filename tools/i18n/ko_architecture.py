# Korean for the strings added by the architecture step (issue #10). Used with
# tools/fill_translations.py.
KO = {
'Stopping…': '멈추는 중…',
}
