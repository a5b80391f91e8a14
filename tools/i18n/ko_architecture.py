# Korean for the strings added by the architecture step (issue #10) and the fixes that came
# with it. Used with tools/fill_translations.py.
KO = {
'Stopping…': '멈추는 중…',
"Tick the blocks to unfreeze (the lesson: block5, its three convolutions). Training goes on from this run's model with a lower learning rate; the curves continue with a marker.": '동결을 풀 블록을 고르세요 (수업: block5, 합성곱 세 개). 이 실행의 모델에서 더 낮은 학습률로 훈련을 이어 가며, 곡선은 표시와 함께 이어집니다.',
'Trainable params: %1 → %2': '훈련되는 파라미터: %1 → %2',
'%1 · P(positive) = %2': '%1 · P(긍정) = %2',
'No review contains “%1”.': '“%1”이(가) 들어간 리뷰가 없습니다.',
'change…': '바꾸기…',
'Training images are only rescaled, as validation images are.': '훈련 이미지도 검증 이미지처럼 크기 조정(rescale)만 합니다.',
"Try a photo": '사진으로 해 보기',
"Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)": '이미지 (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;모든 파일 (*)',
"Show or train a run first: its model answers.": '먼저 실행을 열거나 훈련하세요: 그 실행의 모델이 답합니다.',
"Drop a photo here, or choose one: the run on screen says what it sees, from the picture as its model saw it (resized to its input size).": '여기에 사진을 끌어다 놓거나 고르세요: 화면의 실행이 무엇으로 보는지 알려 줍니다. 모델이 본 그대로(입력 크기로 줄인 그림) 판단합니다.',
"Choose photo…": '사진 고르기…',
}
