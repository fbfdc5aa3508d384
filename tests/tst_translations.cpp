// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete: every translations/*.ts entry is finished (not unfinished,
// obsolete or vanished, not empty, same placeholders and an accelerator where the source has
// one), and every tr() string in the client's sources is in every chatbuddy_<lang>.ts file
// (lupdate is run on the current sources into a temporary file and compared), with nothing
// left over that the sources no longer have. A new tr() string without translations fails here.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QString::fromUtf8(CHATBUDDY_SOURCE_DIR);
const QString Lupdate = QString::fromUtf8(CHATBUDDY_LUPDATE);

struct Entry {
    QString context;
    QString source;
    QString comment;
    QString type;             // translation type attribute: "", unfinished, obsolete, vanished
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(path);
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            entry =
                Entry{context, {}, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            entry.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            entry.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            entry.type = xml.attributes().value(u"type"_s).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        entry.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                entry.translations.append(xml.readElementText());
            }
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"&[^&\\s]"_s);
    return text.contains(re);
}

QStringList tsFiles()
{
    return QDir(SourceDir + u"/translations"_s).entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
}

QString shortKey(const Entry &entry)
{
    return u"[%1] \"%2\""_s.arg(entry.context, entry.source.left(70));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entriesFinished_data();
    void entriesFinished();
    void sourcesTranslated_data();
    void sourcesTranslated();
    void fourLanguages();

private:
    QList<Entry> m_fromSources;
    QString m_lupdateError;
    bool m_ranLupdate = false;
    const QList<Entry> &fromSources();
};

void TestTranslations::fourLanguages()
{
    const QStringList files = tsFiles();
    for (const QString &lang : {u"de"_s, u"es"_s, u"fr"_s, u"hi"_s})
        QVERIFY2(files.contains(u"chatbuddy_%1.ts"_s.arg(lang)), qPrintable(lang));
}

void TestTranslations::entriesFinished_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::entriesFinished()
{
    QFETCH(QString, file);
    QString error;
    const QList<Entry> entries = readTs(SourceDir + u"/translations/"_s + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    QStringList problems;
    for (const Entry &e : entries) {
        if (!e.type.isEmpty()) {
            problems.append(u"%1 is %2"_s.arg(shortKey(e), e.type));
            continue;
        }
        if (e.translations.isEmpty() || e.translations.contains(QString())) {
            problems.append(u"%1 has an empty translation"_s.arg(shortKey(e)));
            continue;
        }
        for (const QString &t : e.translations) {
            // A plural form may leave out %n ("one message"); everything else must match.
            QStringList want = placeholders(e.source), have = placeholders(t);
            if (e.numerus) {
                want.removeAll(u"%n"_s);
                have.removeAll(u"%n"_s);
            }
            if (want != have)
                problems.append(
                    u"%1: placeholders %2 in \"%3\""_s.arg(shortKey(e), have.join(u','), t));
            if (hasAccelerator(e.source) && !hasAccelerator(t))
                problems.append(u"%1: no &accelerator in \"%2\""_s.arg(shortKey(e), t));
        }
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("%s: %s", qPrintable(file), qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

const QList<Entry> &TestTranslations::fromSources()
{
    if (m_ranLupdate)
        return m_fromSources;
    m_ranLupdate = true;
    QTemporaryDir dir;
    const QString ts = dir.filePath(u"current.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The same scan as tools/update-translations.sh.
    lupdate.start(Lupdate, {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s,
                            u"cpp,h"_s, u"desktop-client"_s, u"shared"_s, u"-ts"_s, ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0) {
        m_lupdateError = u"%1 failed: %2"_s.arg(Lupdate, QString::fromLocal8Bit(lupdate.readAll()));
        return m_fromSources;
    }
    m_fromSources = readTs(ts, &m_lupdateError);
    return m_fromSources;
}

void TestTranslations::sourcesTranslated_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles()) {
        if (!file.startsWith(u"chatbuddy_qt_"_s)) // Qt's own strings, not ours
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestTranslations::sourcesTranslated()
{
    QFETCH(QString, file);
    const QList<Entry> &current = fromSources();
    QVERIFY2(m_lupdateError.isEmpty(), qPrintable(m_lupdateError));
    QVERIFY2(current.size() > 100, "lupdate found (almost) no strings in the sources");

    QString error;
    const QList<Entry> committed = readTs(SourceDir + u"/translations/"_s + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys, currentKeys;
    for (const Entry &e : committed)
        committedKeys.insert(e.key());
    QStringList problems;
    for (const Entry &e : current) {
        currentKeys.insert(e.key());
        if (!committedKeys.contains(e.key()))
            problems.append(u"not translated: %1"_s.arg(shortKey(e)));
    }
    for (const Entry &e : committed) {
        if (!currentKeys.contains(e.key()))
            problems.append(u"no longer in the sources (obsolete): %1"_s.arg(shortKey(e)));
    }
    if (!problems.isEmpty())
        problems.append(u"Run tools/update-translations.sh and translate the new entries."_s);
    for (const QString &problem : std::as_const(problems))
        qWarning("%s: %s", qPrintable(file), qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
