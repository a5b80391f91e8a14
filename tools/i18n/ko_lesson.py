# Korean for the lesson panel (issue #22): its buttons and output, what a step needs first, what
# the GUI says while it performs a step, and File ▸ Open lesson…. Used with
# tools/fill_translations.py.
KO = {
# The panel
'◀ Previous': '◀ 이전',
"The step before (Page Up: a figure's own steps first)": '이전 단계 (Page Up: 그림에 자체 단계가 있으면 그것부터)',
'Do it': '실행',
'LayerLab performs this step on its pages and shows the output (Ctrl+Return)': 'LayerLab이 이 단계를 화면에서 직접 수행하고 결과를 보여 줍니다 (Ctrl+Return)',
'Next ▶': '다음 ▶',
"The next step (Page Down, a presenter's clicker: a figure's own steps first, such as the words of the unrolled review)": '다음 단계 (Page Down, 프레젠터 리모컨: 펼친 리뷰의 단어처럼 그림에 자체 단계가 있으면 그것부터)',
'Class time (5 short epochs)': '수업 시간용 (짧은 epoch 5번)',
'Lesson figures': '수업 그림',
"The training step trains at most 5 epochs of 10 steps without augmentation, so the feature store serves VGG16's features": '학습 단계에서 증식 없이 10 step짜리 epoch를 최대 5번만 학습합니다. 그래서 특징 저장소가 VGG16의 특징을 바로 제공합니다',
'Output': '출력',
'Working…': '수행 중…',
'Done.': '완료했습니다.',
'The pages changed since this step was done: Do it again for its numbers.': '이 단계를 한 뒤에 화면의 데이터가 바뀌었습니다. 값을 보려면 다시 실행하세요.',
'Page Down now reads the review word by word; the ▶ button goes on.': '이제 Page Down으로 리뷰를 한 단어씩 읽습니다. ▶ 버튼은 다음 단계로 갑니다.',
'The figure is on the Lesson figures page.': '그림은 수업 그림 탭에 있습니다.',
'Saving asked where; the status bar says what was written.': '저장할 곳을 물었습니다. 무엇을 저장했는지는 상태 표시줄에 나옵니다.',
'A run is training: fine-tune it once it has finished (the counts are the model\'s all the same).': '학습 중인 실행이 있습니다. 끝난 뒤에 미세 조정하세요 (파라미터 수는 그래도 이 모델의 값입니다).',
'as in the lesson (%1)': '수업과 같음 (%1)',
'the lesson has %1': '수업의 값은 %1',
'lesson: %1': '수업: %1',
"This is not the lesson's data: the values are its own, and the lesson's (from the full dataset) stand beside them, unticked.": '수업의 데이터가 아닙니다. 값은 이 데이터의 것이고, 전체 데이터셋에서 나온 수업의 값은 체크 표시 없이 옆에 적었습니다.',
# What a step needs first
'This step reads a folder with train/ and validation/ in it, as cats_and_dogs_filtered has: open one first.': '이 단계는 cats_and_dogs_filtered처럼 train/과 validation/이 있는 폴더를 읽습니다. 먼저 그런 폴더를 여세요.',
'Open a folder…': '폴더 열기…',
'This step needs a run: train one first.': '이 단계에는 학습 실행이 필요합니다. 먼저 학습하세요.',
'Go to the training step': '학습 단계로 가기',
'This step works on the reviews: load them first.': '이 단계는 리뷰를 다룹니다. 먼저 리뷰를 불러오세요.',
'This step changes the model: build it first.': '이 단계는 모델을 바꿉니다. 먼저 모델을 만드세요.',
'Go to the loading step': '불러오기 단계로 가기',
'Go to the model step': '모델 단계로 가기',
# What the GUI says while it performs a step
'The reviews could not be loaded: the Reviews tab says why.': '리뷰를 불러오지 못했습니다. 이유는 리뷰 탭에 있습니다.',
'No reviews are loaded: choose where they come from on the Reviews tab.': '불러온 리뷰가 없습니다. 리뷰 탭에서 리뷰를 가져올 곳을 고르세요.',
'A run is already training: its curves are on the Training tab.': '이미 학습 중인 실행이 있습니다. 곡선은 학습 탭에 있습니다.',
'Training started: %1 epochs. The curves grow on the Training tab.': '학습을 시작했습니다: epoch %1번. 곡선은 학습 탭에서 자랍니다.',
"Fine-tuning continues a finished run: do the training step first (the counts are the model's all the same).": '미세 조정은 끝난 실행을 이어서 학습합니다. 먼저 학습 단계를 하세요 (파라미터 수는 그래도 이 모델의 값입니다).',
'Fine-tuning %1: %2 more epochs at learning rate %3.': '%1 미세 조정: 학습률 %3로 %2 epoch 더 학습합니다.',
# The figures' data
'%1 read by %2': '%2이(가) 읽은 %1',
'%1 as the model receives it (word indices); train an IMDB run to see what it reads': '모델이 받는 그대로의 %1 (단어 번호). 모델이 읽는 모습을 보려면 IMDB 실행을 학습하세요',
'Trainable params: %1': '훈련되는 파라미터: %1',
# File ▸ Open lesson…
'Open &lesson…': '수업 열기(&L)…',
'&Lesson': '수업(&L)',
'Lesson': '수업',
'Open lesson': '수업 열기',
'Lessons (*.lesson);;All files (*)': '수업 파일 (*.lesson);;모든 파일 (*)',
'Lesson not opened': '수업을 열지 못했습니다',
}
