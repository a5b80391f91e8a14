# Korean for "the class's runs side by side" (issue #23, part 3): the Runs menu, the class
# folder's list (who made each run) and the questions asked before another's run is changed.
# Used with tools/fill_translations.py.
KO = {
'&Runs': '실행(&R)',
'Open &class folder…': '반 폴더 열기(&C)…',
'Open class folder': '반 폴더 열기',
'List the runs of a folder the whole class trains into (a network share): who made each, the best first, updated as they train': '반 전체가 훈련 결과를 쓰는 폴더(네트워크 공유 폴더)의 실행을 나열합니다: 누가 만들었는지, 가장 좋은 것부터, 훈련하는 동안 계속 갱신됩니다',
'&My own runs': '내 실행(&M)',
'Made by': '만든 사람',
"Another's run": '다른 사람의 실행',
'%1 was made by %2. Resume it here anyway? Its folder is then written by this LayerLab.': '%1은(는) %2이(가) 만든 실행입니다. 그래도 여기서 이어서 훈련할까요? 그러면 이 LayerLab이 그 폴더에 씁니다.',
'%1 was made by %2. Delete it and everything in its folder, for everyone who shares the folder?': '%1은(는) %2이(가) 만든 실행입니다. 폴더를 함께 쓰는 모든 사람에게서 이 실행과 폴더 안의 모든 것을 삭제할까요?',
}
