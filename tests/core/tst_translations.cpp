// Korean is complete: every message in translations/layerlab_ko.ts has a finished
// translation, and the English file covers the same messages.
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsStats {
    int messages = 0;
    QStringList unfinished;
};

TsStats readTs(const QString& path) {
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return stats;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++stats.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value("type") == QLatin1String("unfinished") ||
                                    xml.attributes().value("type") == QLatin1String("vanished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty()) stats.unfinished << source;
        }
    }
    return stats;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void koreanIsComplete() {
        const TsStats ko = readTs(LAYERLAB_SOURCE_DIR "/translations/layerlab_ko.ts");
        const TsStats en = readTs(LAYERLAB_SOURCE_DIR "/translations/layerlab_en.ts");
        QVERIFY(ko.messages > 50);
        QCOMPARE(en.messages, ko.messages);
        QVERIFY2(ko.unfinished.isEmpty(), qPrintable("untranslated: " + ko.unfinished.join(" | ")));
        QVERIFY2(en.unfinished.isEmpty(), qPrintable("unfinished: " + en.unfinished.join(" | ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
