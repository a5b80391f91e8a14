# Korean for checkpoints by time (issue #21): the Training panel's advanced settings. Used with
# tools/fill_translations.py.
KO = {
'Advanced settings': '고급 설정',
'Checkpoint every': '체크포인트 간격',
' s': '초',
'every epoch': '에포크마다',
'How often a resumable checkpoint is written, at most: a large model takes longer to save than a short epoch takes to train. Pause, Stop, the end and a failure always write one; the history is saved after every epoch.': '이어서 훈련할 수 있는 체크포인트를 최대 이 간격마다 저장합니다. 큰 모델은 저장하는 데 짧은 에포크 하나를 훈련하는 것보다 오래 걸리기 때문입니다. 일시 정지, 멈춤, 훈련 종료, 실패 때에는 항상 저장하며, 기록(history)은 에포크마다 저장합니다.',
}
