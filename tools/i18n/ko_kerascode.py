# Korean for "Copy as Keras code" on the Model tabs and the training panel, and the summary
# dialog's nested and expanded model.summary() (issue #22, item 4). Used with
# tools/fill_translations.py.
KO = {
'Copy as Keras code': 'Keras 코드로 복사',
"Copied the model's Keras code to the clipboard": '모델의 Keras 코드를 클립보드에 복사했습니다',
'The notebook cell that builds this model, frozen as ticked: paste it and model.summary() prints these totals': '체크한 대로 동결된 이 모델을 만드는 노트북 셀입니다. 붙여 넣으면 model.summary()가 이 합계를 출력합니다',
'Copied load_data, pad_sequences and the model as Keras code to the clipboard': 'load_data, pad_sequences와 모델을 Keras 코드로 클립보드에 복사했습니다',
"imdb.load_data, pad_sequences and this model as the notebook's cells": 'imdb.load_data, pad_sequences와 이 모델을 노트북 셀로',
"model.compile() and model.fit() with these settings, as the notebook's cell": '이 설정의 model.compile()과 model.fit()을 노트북 셀로',
'Copied compile() and fit() as Keras code to the clipboard': 'compile()과 fit()을 Keras 코드로 클립보드에 복사했습니다',
'model.summary()': 'model.summary()',
'As Keras prints it': 'Keras가 출력하는 그대로',
'Every layer (LayerLab)': '모든 층 (LayerLab)',
"The notebook's Sequential: the base is one layer, its totals the same": '노트북의 Sequential: 기반 모델이 한 층으로 보이며 합계는 같습니다',
"The base's layers one by one, the frozen ones marked": '기반 모델의 층을 하나씩, 동결된 층은 표시하여',
}
