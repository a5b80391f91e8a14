# Korean for the feature store and "Prepare features" (issue #14).
KO = {
'&Prepare features for class…': '수업용 특성 준비(&P)…',
'Batch %1 of %2 · about %3 left': '%2개 배치 중 %1번째 · 약 %3 남음',
'Feature store %1: %n entries, %2 MB': '특성 저장소 %1: 항목 %n개, %2 MB',
'Preparing: scanning data, building the model…': '준비 중: 데이터를 살펴보고 모델을 만드는 중…',
'%1 images were stored already, %2 computed now': '이미지 %1개는 이미 저장되어 있었고, %2개를 지금 계산했습니다',
'Cancelled: %1. What was computed is kept.': '취소됨: %1. 계산한 것은 남아 있습니다.',
'Ready in %1: %2. Runs over these images start at once.': '%1 만에 준비됨: %2. 이 이미지들로 하는 실행은 바로 시작합니다.',
'Clear the feature store': '특성 저장소 비우기',
'Delete every stored feature? Runs will compute them again.': '저장된 특성을 모두 지울까요? 실행할 때 다시 계산합니다.',
'Prepare features': '특성 준비',
"Computes, once, what the frozen base makes of every image of this page's experiment (its model, weights, input size, freezing and augmentation bank, as Start would train it) and keeps it in the feature store. Every run over the same images then starts at once, whatever its head, learning rate or epochs. Best done the evening before class.": '이 페이지 실험의 모든 이미지에 대해 동결된 베이스의 출력을 한 번 계산해(시작 버튼이 학습할 모델, 가중치, 입력 크기, 동결, 증식 묶음 그대로) 특성 저장소에 보관합니다. 그러면 같은 이미지로 하는 실행은 헤드, 학습률, 에포크와 상관없이 바로 시작합니다. 수업 전날 저녁에 해 두면 좋습니다.',
'Size cap: ': '크기 상한: ',
' MB': ' MB',
'Clear…': '비우기…',
'&Prepare': '준비(&P)',
'Cancel': '취소',
}
