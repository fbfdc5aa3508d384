// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: one suite for the one module, mostly a table of hostile names and results.
// Received files: hostile suggested names become safe ones (paths, controls, bidi tricks,
// device names, reserved characters, NFD, lengths in bytes), and a claimed place is free,
// inside its folder, never a followed symbolic link, and never overwritten when finished.

#include "filenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>

#include <memory>
#include <thread>
#include <vector>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace chatbuddy::client::files;

namespace {

qsizetype bytes(const QString &text)
{
    return text.toUtf8().size();
}

QString repeated(const QString &text, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

QString ucs4(char32_t code)
{
    return QString::fromUcs4(&code, 1);
}

QStringList entries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                               QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(data) == data.size();
}

// Root meets permission bits only with other file system ids; per thread, restored on
// destruction (dropping fsuid 0 drops CAP_DAC_OVERRIDE, taking it back restores it).
class ActAsNobody {
public:
    ActAsNobody()
        : m_active(::geteuid() == 0)
    {
        if (m_active) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
    }
    ~ActAsNobody()
    {
        if (m_active) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
    ActAsNobody(const ActAsNobody &) = delete;
    ActAsNobody &operator=(const ActAsNobody &) = delete;

private:
    bool m_active;
};

} // namespace

class TestFileNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void safeName_data();
    void safeName();
    void longMultibyteNames_data();
    void longMultibyteNames();

    void newOnlyRefusesSymlinks();
    void claimFreeName();
    void claimCollisions_data();
    void claimCollisions();
    void claimCountsPartFiles();
    void claimTwice();
    void claimRace();
    void claimSkipsPlantedPartLink();
    void claimSkipsDanglingFinalLink();
    void claimHostileNameStaysInside_data();
    void claimHostileNameStaysInside();
    void claimThroughFolderLink();
    void claimLongNameLeavesRoomForPart();
    void claimMissingFolder();
    void claimNotAFolder();
    void claimReadOnlyFolder();
    void claimBadSuffix();

    void finishMovesPart();
    void finishNeverOverwrites();
    void finishSkipsOtherTransfers();
    void finishRefusesReplacedPart();

private:
    QString in(const QString &name = {}) const { return m_root->filePath(u"in/"_s + name); }
    QString out(const QString &name = {}) const { return m_root->filePath(u"out/"_s + name); }
    std::unique_ptr<QTemporaryDir> m_root;
};

void TestFileNames::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    QVERIFY(QDir(m_root->path()).mkpath(u"in"_s));
    QVERIFY(QDir(m_root->path()).mkpath(u"out"_s));
}

void TestFileNames::cleanup()
{
    // claimReadOnlyFolder takes write permission away; give it back so the folder can go.
    QFile::setPermissions(in(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_root.reset();
}

// Over 50 lines: the table of names is the specification, kept in one place to read it whole.
void TestFileNames::safeName_data()
{
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("expected");

    // Paths: only the last component, whichever separator.
    QTest::newRow("plain") << u"photo.jpg"_s << u"photo.jpg"_s;
    QTest::newRow("unix climb") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("windows climb") << u"..\\..\\windows\\system32\\x.dll"_s << u"x.dll"_s;
    QTest::newRow("mixed separators") << u"a/b\\c/d.txt"_s << u"d.txt"_s;
    QTest::newRow("absolute unix") << u"/etc/shadow"_s << u"shadow"_s;
    QTest::newRow("absolute windows") << u"C:\\x.exe"_s << u"x.exe"_s;
    QTest::newRow("drive relative") << u"C:x.exe"_s << u"C_x.exe"_s;
    QTest::newRow("UNC") << u"\\\\server\\share\\doc.pdf"_s << u"doc.pdf"_s;
    QTest::newRow("trailing slash") << u"folder/"_s << u"file"_s;

    // Dots, spaces, nothing.
    QTest::newRow("dotfile") << u".bashrc"_s << u"file.bashrc"_s;
    QTest::newRow("dotted dotfile") << u".config.json"_s << u"config.json"_s;
    QTest::newRow("three dots") << u"..."_s << u"file"_s;
    QTest::newRow("two dots") << u".."_s << u"file"_s;
    QTest::newRow("one dot") << u"."_s << u"file"_s;
    QTest::newRow("empty") << QString() << u"file"_s;
    QTest::newRow("only spaces") << u"    "_s << u"file"_s;
    QTest::newRow("only extension after dots") << u"..pdf"_s << u"file.pdf"_s;
    QTest::newRow("spaces before extension") << u"   .pdf"_s << u"file.pdf"_s;
    QTest::newRow("leading dots and spaces") << u" ..name.txt"_s << u"name.txt"_s;
    QTest::newRow("trailing dots and spaces") << u"report.pdf. . ."_s << u"report.pdf"_s;
    QTest::newRow("trailing spaces") << u"name   "_s << u"name"_s;
    QTest::newRow("inner dots kept") << u"archive.tar.gz"_s << u"archive.tar.gz"_s;
    QTest::newRow("inner spaces kept") << u"my  holiday .jpg"_s << u"my  holiday .jpg"_s;

    // Controls.
    QTest::newRow("newline") << u"a\nb.txt"_s << u"ab.txt"_s;
    QTest::newRow("carriage return") << u"a\r\nb.txt"_s << u"ab.txt"_s;
    QTest::newRow("NUL") << QStringView(u"a\0b.txt", 7).toString() << u"ab.txt"_s;
    QTest::newRow("tab and bell") << u"a\tb\a.txt"_s << u"ab.txt"_s;
    QTest::newRow("terminal escape") << u"\x1b[31mred.txt"_s << u"[31mred.txt"_s;
    QTest::newRow("DEL") << u"a\u007Fb"_s << u"ab"_s;
    QTest::newRow("C1 NEL and CSI") << u"a\u0085b\u009b.txt"_s << u"ab.txt"_s;
    QTest::newRow("only controls") << u"\n\r\t"_s << u"file"_s;

    // Bidi and invisible characters.
    QTest::newRow("RTL override") << u"invoice\u202Egnp.exe"_s << u"invoicegnp.exe"_s;
    QTest::newRow("RTL override before dot") << u"\u202E.pdf"_s << u"file.pdf"_s;
    QTest::newRow("bidi embeddings") << u"a\u202Ab\u202Bc\u202Cd\u202De.txt"_s << u"abcde.txt"_s;
    QTest::newRow("bidi isolates and marks")
        << u"a\u2066b\u2067\u2068\u2069\u200E\u200F.txt"_s << u"ab.txt"_s;
    QTest::newRow("arabic letter mark") << u"a\u061Cb"_s << u"ab"_s;
    QTest::newRow("zero-width space") << u"pay\u200Bpal.pdf"_s << u"paypal.pdf"_s;
    QTest::newRow("zero-width joiners and BOM")
        << u"\uFEFFa\u200Db\u200Cc\u2060.txt"_s << u"abc.txt"_s;
    QTest::newRow("emoji joined by ZWJ") << u"👨\u200D👩\u200D👧.png"_s << u"👨👩👧.png"_s;
    QTest::newRow("soft hyphen") << u"in\u00ADvoice.pdf"_s << u"invoice.pdf"_s;
    QTest::newRow("tag characters") << u"a"_s + ucs4(0xE0041) + u"b.txt"_s << u"ab.txt"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029c"_s << u"abc"_s;
    QTest::newRow("no-break spaces trimmed") << u"\u00A0\u2003evil.txt\u3000"_s << u"evil.txt"_s;
    QTest::newRow("no-break space inside") << u"a\u00A0b.txt"_s << u"a b.txt"_s;

    // Surrogates.
    QTest::newRow("emoji kept") << u"😀.txt"_s << u"😀.txt"_s;
    QTest::newRow("lone high surrogate")
        << u"a"_s + QChar(char16_t(0xD83D)) + u"b.txt"_s << u"ab.txt"_s;
    QTest::newRow("lone low surrogate")
        << u"a"_s + QChar(char16_t(0xDE00)) + u"b.txt"_s << u"ab.txt"_s;
    QTest::newRow("reversed pair")
        << u"a"_s + QChar(char16_t(0xDE00)) + QChar(char16_t(0xD83D)) + u".txt"_s << u"a.txt"_s;
    QTest::newRow("high surrogate at end") << u"a.txt"_s + QChar(char16_t(0xD83D)) << u"a.txt"_s;

    // Reserved characters and device names.
    QTest::newRow("reserved characters") << u"a<b>c:d\"e|f?g*h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("NTFS stream") << u"x.txt:secret"_s << u"x.txt_secret"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("LPT1.log") << u"LPT1.log"_s << u"_LPT1.log"_s;
    QTest::newRow("nul") << u"nul"_s << u"_nul"_s;
    QTest::newRow("Aux two extensions") << u"Aux.tar.gz"_s << u"_Aux.tar.gz"_s;
    QTest::newRow("prn in a path") << u"dir/prn.txt"_s << u"_prn.txt"_s;
    QTest::newRow("COM9") << u"com9.bin"_s << u"_com9.bin"_s;
    QTest::newRow("COM superscript") << u"COM\u00B9.txt"_s << u"_COM\u00B9.txt"_s;
    QTest::newRow("device then space") << u"CON .txt"_s << u"_CON .txt"_s;
    QTest::newRow("device with trailing dot") << u"con."_s << u"_con"_s;
    QTest::newRow("CONOUT$") << u"conout$"_s << u"_conout$"_s;
    QTest::newRow("not a device: console") << u"console.txt"_s << u"console.txt"_s;
    QTest::newRow("not a device: COM10") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("not a device: LPT") << u"LPT"_s << u"LPT"_s;

    // Unicode forms and ordinary names.
    QTest::newRow("NFD to NFC") << u"e\u0301te\u0301.txt"_s << u"\u00E9t\u00E9.txt"_s;
    QTest::newRow("Hangul jamo to syllable") << u"\u1112\u1161\u11AB.txt"_s << u"\uD55C.txt"_s;
    QTest::newRow("NFC after a dropped mark") << u"e\u200B\u0301"_s << u"\u00E9"_s;
    QTest::newRow("accents kept") << u"Résumé 2024 — final.docx"_s << u"Résumé 2024 — final.docx"_s;
    QTest::newRow("Hindi kept") << u"नमस्ते दुनिया.txt"_s << u"नमस्ते दुनिया.txt"_s;
    QTest::newRow("Chinese kept") << u"照片.jpg"_s << u"照片.jpg"_s;

    // Lengths, in bytes of UTF-8.
    QTest::newRow("1000 characters with extension")
        << QString(996, u'a') + u".txt"_s << QString(251, u'a') + u".txt"_s;
    QTest::newRow("1000 characters") << QString(1000, u'a') << QString(255, u'a');
    QTest::newRow("255 bytes untouched")
        << QString(251, u'b') + u".txt"_s << QString(251, u'b') + u".txt"_s;
    QTest::newRow("too long to be an extension")
        << QString(300, u'a') + u"."_s + QString(20, u'b') << QString(255, u'a');
    QTest::newRow("16-character extension kept") << QString(300, u'a') + u"."_s + QString(16, u'e')
                                                 << QString(238, u'a') + u"."_s + QString(16, u'e');
    QTest::newRow("cut leaves no trailing space")
        << QString(254, u'a') + u"  b"_s << QString(254, u'a');
    QTest::newRow("emoji cut at 255 bytes")
        << repeated(u"😀"_s, 200) + u".png"_s << repeated(u"😀"_s, 62) + u".png"_s;
    QTest::newRow("device prefix then cut")
        << u"con."_s + QString(300, u'x') << u"_con."_s + QString(250, u'x');
    // One grapheme cluster longer than the limit: cut between code points, pairs kept whole.
    QTest::newRow("combining marks")
        << u"a"_s + QString(400, QChar(0x0316)) << u"a"_s + QString(127, QChar(0x0316));
    QTest::newRow("supplementary marks")
        << u"😀"_s + repeated(ucs4(0xE0100), 300) << u"😀"_s + repeated(ucs4(0xE0100), 62);
}

void TestFileNames::safeName()
{
    QFETCH(QString, suggested);
    QFETCH(QString, expected);
    const QString name = safeFileName(suggested);
    QCOMPARE(name, expected);

    // What every result must be, whatever the input.
    QVERIFY(!name.isEmpty());
    QVERIFY2(bytes(name) <= MaxNameBytes, qPrintable(QString::number(bytes(name))));
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // no broken character or pair
    QCOMPARE(name.normalized(QString::NormalizationForm_C), name);
    QVERIFY(!name.startsWith(u'.') && !name.startsWith(u' '));
    QVERIFY(!name.endsWith(u'.') && !name.endsWith(u' '));
    for (const char32_t c : name.toUcs4()) {
        QVERIFY2(c >= 0x80 || !QStringView(u"<>:\"/\\|?*").contains(QChar(char16_t(c))),
                 qPrintable(name));
        const auto category = QChar::category(c);
        QVERIFY(category != QChar::Other_Control && category != QChar::Other_Format &&
                category != QChar::Other_Surrogate);
    }
    QCOMPARE(safeFileName(name), name); // a safe name stays as it is
}

void TestFileNames::longMultibyteNames_data()
{
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("extension");
    QTest::newRow("Hindi") << repeated(u"नमस्ते दुनिया "_s, 40) + u"x.txt"_s << u".txt"_s;
    QTest::newRow("Hindi, no extension") << repeated(u"क्षत्रिय"_s, 60) << QString();
    QTest::newRow("emoji sequences")
        << repeated(u"👍🏽🇫🇷"_s, 60) + u".jpeg"_s << u".jpeg"_s;
    QTest::newRow("mixed widths") << repeated(u"aé漢😀"_s, 80) + u".md"_s << u".md"_s;
}

void TestFileNames::longMultibyteNames()
{
    QFETCH(QString, suggested);
    QFETCH(QString, extension);
    const QString name = safeFileName(suggested);
    QVERIFY(bytes(name) <= MaxNameBytes);
    QVERIFY(name.endsWith(extension));
    const QString stem = name.first(name.size() - extension.size());
    QVERIFY(suggested.startsWith(stem));
    QVERIFY(!stem.isEmpty());

    // Cut between grapheme clusters, and as late as the limit allows.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, suggested);
    graphemes.setPosition(stem.size());
    QVERIFY(graphemes.isAtBoundary());
    const qsizetype next = graphemes.toNextBoundary();
    QVERIFY(next > stem.size());
    QVERIFY(bytes(suggested.first(next)) + bytes(extension) > MaxNameBytes);
}

void TestFileNames::newOnlyRefusesSymlinks()
{
    // claimTarget relies on this: O_CREAT|O_EXCL fails on a link, dangling or not.
    QVERIFY(QFile::link(out(u"victim"_s), in(u"dangling"_s)));
    QFile dangling(in(u"dangling"_s));
    QVERIFY(!dangling.open(QIODevice::WriteOnly | QIODevice::NewOnly));
    QVERIFY(!QFileInfo::exists(out(u"victim"_s)));

    QVERIFY(writeFile(out(u"precious"_s), "keep me"));
    QVERIFY(QFile::link(out(u"precious"_s), in(u"pointing"_s)));
    QFile pointing(in(u"pointing"_s));
    QVERIFY(!pointing.open(QIODevice::WriteOnly | QIODevice::NewOnly));
    QCOMPARE(contents(out(u"precious"_s)), QByteArray("keep me"));
}

void TestFileNames::claimFreeName()
{
    auto claimed = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY2(claimed, qPrintable(claimed.ok() ? QString() : claimed.error()));
    const QString folder = QFileInfo(in()).canonicalFilePath();
    QCOMPARE(claimed->name, u"photo.jpg"_s);
    QCOMPARE(claimed->finalPath, QString(folder + u"/photo.jpg"_s));
    QCOMPARE(claimed->partPath, QString(folder + u"/photo.jpg.part"_s));
    QVERIFY(claimed->part && claimed->part->isOpen() && claimed->part->isWritable());
    QCOMPARE(claimed->part->fileName(), claimed->partPath);
    QVERIFY(!QFileInfo::exists(claimed->finalPath));
    QCOMPARE(entries(in()), QStringList{u"photo.jpg.part"_s});
    QCOMPARE(QFileInfo(claimed->partPath).size(), qint64(0));
}

void TestFileNames::claimCollisions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << u"photo.jpg"_s << QStringList{} << u"photo.jpg"_s;
    QTest::newRow("taken once") << u"photo.jpg"_s << QStringList{u"photo.jpg"_s}
                                << u"photo (1).jpg"_s;
    QTest::newRow("taken twice") << u"photo.jpg"_s
                                 << QStringList{u"photo.jpg"_s, u"photo (1).jpg"_s}
                                 << u"photo (2).jpg"_s;
    QTest::newRow("first gap") << u"photo.jpg"_s << QStringList{u"photo.jpg"_s, u"photo (2).jpg"_s}
                               << u"photo (1).jpg"_s;
    QTest::newRow("no extension") << u"notes"_s << QStringList{u"notes"_s} << u"notes (1)"_s;
    QTest::newRow("two extensions")
        << u"a.tar.gz"_s << QStringList{u"a.tar.gz"_s} << u"a.tar (1).gz"_s;
    QTest::newRow("a folder takes the name")
        << u"docs"_s << QStringList{u"docs/"_s} << u"docs (1)"_s;
    QTest::newRow("suggested name cleaned first")
        << u"../x/\u202Ephoto.jpg"_s << QStringList{u"photo.jpg"_s} << u"photo (1).jpg"_s;
}

void TestFileNames::claimCollisions()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    for (const QString &e : existing) {
        if (e.endsWith(u'/'))
            QVERIFY(QDir(in()).mkdir(e.chopped(1)));
        else
            QVERIFY(writeFile(in(e), "theirs"));
    }
    const auto claimed = claimTarget(in(), name);
    QVERIFY(claimed);
    QCOMPARE(QFileInfo(claimed->finalPath).fileName(), expected);
    QCOMPARE(QFileInfo(claimed->partPath).fileName(), QString(expected + u".part"_s));
    for (const QString &e : existing) {
        if (!e.endsWith(u'/'))
            QCOMPARE(contents(in(e)), QByteArray("theirs"));
    }
}

void TestFileNames::claimCountsPartFiles()
{
    QVERIFY(writeFile(in(u"photo.jpg.part"_s), "another transfer"));
    const auto claimed = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY(claimed);
    QCOMPARE(QFileInfo(claimed->finalPath).fileName(), u"photo (1).jpg"_s);
    QCOMPARE(contents(in(u"photo.jpg.part"_s)), QByteArray("another transfer"));

    // Another suffix is another set of names.
    QVERIFY(writeFile(in(u"doc.pdf.download"_s), "x"));
    const auto other = claimTarget(in(), u"doc.pdf"_s, u".download"_s);
    QVERIFY(other);
    QCOMPARE(QFileInfo(other->partPath).fileName(), u"doc (1).pdf.download"_s);
}

void TestFileNames::claimTwice()
{
    const auto first = claimTarget(in(), u"song.mp3"_s);
    const auto second = claimTarget(in(), u"song.mp3"_s);
    QVERIFY(first && second);
    QCOMPARE(QFileInfo(first->finalPath).fileName(), u"song.mp3"_s);
    QCOMPARE(QFileInfo(second->finalPath).fileName(), u"song (1).mp3"_s);
}

void TestFileNames::claimRace()
{
    // Threads claiming the same name at once each get their own; none is lost or shared.
    constexpr int Threads = 4;
    constexpr int PerThread = 25;
    std::vector<QStringList> claimedBy(Threads);
    std::vector<std::thread> threads;
    const QString folder = in();
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&claimedBy, folder, t] {
            for (int i = 0; i < PerThread; ++i) {
                auto claimed = claimTarget(folder, u"race.bin"_s);
                claimedBy[t] << (claimed ? QFileInfo(claimed->finalPath).fileName()
                                         : QString(u"error: "_s + claimed.error()));
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    QStringList got;
    for (const QStringList &names : claimedBy)
        got += names;
    got.sort();
    QStringList expected{u"race.bin"_s};
    for (int n = 1; n < Threads * PerThread; ++n)
        expected << u"race (%1).bin"_s.arg(n);
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(entries(in()).size(), qsizetype(Threads * PerThread));
}

void TestFileNames::claimSkipsPlantedPartLink()
{
    // One link to nothing (a claim would create its target), one to a file (would truncate it).
    QVERIFY(QFile::link(out(u"created-outside"_s), in(u"photo.jpg.part"_s)));
    QVERIFY(writeFile(out(u"precious"_s), "keep me"));
    QVERIFY(QFile::link(out(u"precious"_s), in(u"photo (1).jpg.part"_s)));

    auto claimed = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY(claimed);
    QCOMPARE(QFileInfo(claimed->finalPath).fileName(), u"photo (2).jpg"_s);
    QVERIFY(!QFileInfo(claimed->partPath).isSymLink());
    QCOMPARE(claimed->part->write("data"), 4);
    claimed->part->close();

    QCOMPARE(entries(out()), QStringList{u"precious"_s});
    QCOMPARE(contents(out(u"precious"_s)), QByteArray("keep me"));
    QCOMPARE(QFileInfo(in(u"photo.jpg.part"_s)).symLinkTarget(), out(u"created-outside"_s));
}

void TestFileNames::claimSkipsDanglingFinalLink()
{
    QVERIFY(QFile::link(out(u"nothing"_s), in(u"photo.jpg"_s)));
    const auto claimed = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY(claimed);
    QCOMPARE(QFileInfo(claimed->finalPath).fileName(), u"photo (1).jpg"_s);
    QVERIFY(entries(out()).isEmpty());
}

void TestFileNames::claimHostileNameStaysInside_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("climb") << u"../escape.txt"_s << u"escape.txt"_s;
    QTest::newRow("climb to out") << u"../out/x"_s << u"x"_s;
    QTest::newRow("two dots") << u".."_s << u"file"_s;
    QTest::newRow("absolute") << u"/tmp/abs.txt"_s << u"abs.txt"_s;
    QTest::newRow("backslashes") << u"..\\..\\x.dll"_s << u"x.dll"_s;
    QTest::newRow("empty") << QString() << u"file"_s;
}

void TestFileNames::claimHostileNameStaysInside()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QStringList before = entries(m_root->path());
    const auto claimed = claimTarget(in(), name);
    QVERIFY(claimed);
    const QString folder = QFileInfo(in()).canonicalFilePath();
    QCOMPARE(QFileInfo(claimed->finalPath).absolutePath(), folder);
    QCOMPARE(QFileInfo(claimed->partPath).canonicalPath(), folder);
    QCOMPARE(QFileInfo(claimed->finalPath).fileName(), expected);
    QCOMPARE(entries(m_root->path()), before);
    QVERIFY(entries(out()).isEmpty());
    QCOMPARE(entries(in()), QStringList{expected + u".part"_s});
}

void TestFileNames::claimThroughFolderLink()
{
    QVERIFY(QFile::link(in(), m_root->filePath(u"alias"_s)));
    const auto claimed = claimTarget(m_root->filePath(u"alias"_s), u"a.txt"_s);
    QVERIFY(claimed);
    QCOMPARE(claimed->finalPath, QString(QFileInfo(in()).canonicalFilePath() + u"/a.txt"_s));
    QCOMPARE(entries(in()), QStringList{u"a.txt.part"_s});
}

void TestFileNames::claimLongNameLeavesRoomForPart()
{
    const QString name = QString(300, u'a') + u".txt"_s;
    QCOMPARE(safeFileName(name), QString(QString(251, u'a') + u".txt"_s));

    const auto first = claimTarget(in(), name);
    QVERIFY2(first, qPrintable(first.ok() ? QString() : first.error()));
    QCOMPARE(QFileInfo(first->finalPath).fileName(), QString(QString(246, u'a') + u".txt"_s));
    QCOMPARE(bytes(QFileInfo(first->partPath).fileName()), MaxNameBytes);

    const auto second = claimTarget(in(), name);
    QVERIFY2(second, qPrintable(second.ok() ? QString() : second.error()));
    QCOMPARE(QFileInfo(second->finalPath).fileName(), QString(QString(242, u'a') + u" (1).txt"_s));
    QCOMPARE(bytes(QFileInfo(second->partPath).fileName()), MaxNameBytes);
    QVERIFY(QFileInfo::exists(second->partPath));
}

void TestFileNames::claimMissingFolder()
{
    const QString missing = m_root->filePath(u"gone"_s);
    const auto claimed = claimTarget(missing, u"a.txt"_s);
    QVERIFY(!claimed);
    QCOMPARE(claimed.error(), u"The folder %1 does not exist."_s.arg(missing));
    QVERIFY(!QFileInfo::exists(missing));

    const auto none = claimTarget(QString(), u"a.txt"_s);
    QVERIFY(!none);
    QCOMPARE(none.error(), u"No folder was chosen for received files."_s);
}

void TestFileNames::claimNotAFolder()
{
    QVERIFY(writeFile(in(u"plain"_s), "x"));
    const auto file = claimTarget(in(u"plain"_s), u"a.txt"_s);
    QVERIFY(!file);
    QCOMPARE(file.error(), u"%1 is not a folder."_s.arg(in(u"plain"_s)));

    // Under a regular file: refused by the kernel for everyone, root included.
    const QString under = in(u"plain/sub"_s);
    const auto below = claimTarget(under, u"a.txt"_s);
    QVERIFY(!below);
    QCOMPARE(below.error(), u"The folder %1 does not exist."_s.arg(under));
    QCOMPARE(entries(in()), QStringList{u"plain"_s});
}

void TestFileNames::claimReadOnlyFolder()
{
    // Reachable by anyone, writable by no one.
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_root->path(), readAndEnter | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(in(), readAndEnter));
    const ActAsNobody nobody;
    QFile probe(in(u"probe"_s));
    if (!QFileInfo(in()).isDir() || probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        probe.remove();
        QSKIP("permission bits do not apply to this process here (root without setfsuid?)");
    }

    const auto claimed = claimTarget(in(), u"a.txt"_s);
    QVERIFY(!claimed);
    const QString folder = QFileInfo(in()).canonicalFilePath();
    QVERIFY2(claimed.error().startsWith(u"Cannot save a file in %1: "_s.arg(folder)),
             qPrintable(claimed.error()));
    QVERIFY(claimed.error().size() > u"Cannot save a file in %1: "_s.arg(folder).size());
    QVERIFY(entries(in()).isEmpty());
}

void TestFileNames::claimBadSuffix()
{
    for (const QString &suffix : {QString(), u"/../x"_s, u".part/"_s, u"\n"_s, u". "_s}) {
        const auto claimed = claimTarget(in(), u"a.txt"_s, suffix);
        QVERIFY2(!claimed, qPrintable(suffix));
    }
    QVERIFY(entries(in()).isEmpty());
    QVERIFY(entries(out()).isEmpty());
}

void TestFileNames::finishMovesPart()
{
    auto claimed = claimTarget(in(), u"report.pdf"_s);
    QVERIFY(claimed);
    QCOMPARE(claimed->part->write("%PDF-1.7"), 8);
    const auto finished = finishTarget(*claimed);
    QVERIFY2(finished, qPrintable(finished.ok() ? QString() : finished.error()));
    QCOMPARE(*finished, claimed->finalPath);
    QCOMPARE(contents(*finished), QByteArray("%PDF-1.7")); // flushed by the close
    QCOMPARE(entries(in()), QStringList{u"report.pdf"_s});
}

void TestFileNames::finishNeverOverwrites()
{
    auto claimed = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY(claimed);
    QCOMPARE(claimed->part->write("ours"), 4);
    QVERIFY(writeFile(in(u"photo.jpg"_s), "theirs")); // appeared while we received

    const auto finished = finishTarget(*claimed);
    QVERIFY(finished);
    QCOMPARE(QFileInfo(*finished).fileName(), u"photo (1).jpg"_s);
    QCOMPARE(contents(in(u"photo.jpg"_s)), QByteArray("theirs"));
    QCOMPARE(contents(*finished), QByteArray("ours"));
    QCOMPARE(entries(in()), (QStringList{u"photo (1).jpg"_s, u"photo.jpg"_s}));
}

void TestFileNames::finishSkipsOtherTransfers()
{
    QVERIFY(writeFile(in(u"photo.jpg"_s), "old"));
    auto ours = claimTarget(in(), u"photo.jpg"_s);
    QVERIFY(ours);
    QCOMPARE(QFileInfo(ours->finalPath).fileName(), u"photo (1).jpg"_s);
    QVERIFY(writeFile(in(u"photo (1).jpg"_s), "someone's")); // ours is taken meanwhile
    const auto other = claimTarget(in(), u"photo.jpg"_s);    // and so is the next name
    QVERIFY(other);
    QCOMPARE(QFileInfo(other->finalPath).fileName(), u"photo (2).jpg"_s);

    QCOMPARE(ours->part->write("ours"), 4);
    const auto finished = finishTarget(*ours);
    QVERIFY(finished);
    QCOMPARE(QFileInfo(*finished).fileName(), u"photo (3).jpg"_s);
    QCOMPARE(contents(*finished), QByteArray("ours"));
    QCOMPARE(contents(in(u"photo (1).jpg"_s)), QByteArray("someone's"));
    QVERIFY(QFileInfo::exists(other->partPath));
}

void TestFileNames::finishRefusesReplacedPart()
{
    auto claimed = claimTarget(in(), u"doc.txt"_s);
    QVERIFY(claimed);
    claimed->part->close();
    QVERIFY(writeFile(out(u"secret"_s), "not yours"));
    QVERIFY(QFile::remove(claimed->partPath));
    QVERIFY(QFile::link(out(u"secret"_s), claimed->partPath));

    const auto finished = finishTarget(*claimed);
    QVERIFY(!finished);
    QCOMPARE(finished.error(),
             u"The received file %1 is missing or was replaced."_s.arg(claimed->partPath));
    QVERIFY(!QFileInfo::exists(claimed->finalPath));
    QCOMPARE(contents(out(u"secret"_s)), QByteArray("not yours"));
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
