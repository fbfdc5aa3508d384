// SPDX-License-Identifier: GPL-3.0-or-later
// Tests identities: generation, private storage, refusal to replace broken files, fingerprints
// and safety numbers.

#include "identity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace chatbuddy;
using namespace Qt::StringLiterals;

namespace chatbuddy {
char *toString(Identity::Error error)
{
    static const char *const names[] = {"None",    "GenerationFailed", "NotFound",   "Unreadable",
                                        "Corrupt", "KeyMismatch",      "WriteFailed"};
    const auto index = std::size_t(error);
    return qstrdup(index < std::size(names) ? names[index] : "?");
}
} // namespace chatbuddy

namespace {

// A certificate made with the openssl CLI, and the SHA-256 of its SPKI computed by
//   openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum
const char knownCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBrDCCAVOgAwIBAgIUF+YdehL9oiJx55FZ6VzXidiSxaQwCgYIKoZIzj0EAwIw
KzESMBAGA1UECgwJQ2hhdEJ1ZGR5MRUwEwYDVQQDDAxrbm93bi1hbnN3ZXIwIBcN
MjYxMTI0MDgwOTQzWhgPMjEyNjEwMzEwODA5NDNaMCsxEjAQBgNVBAoMCUNoYXRC
dWRkeTEVMBMGA1UEAwwMa25vd24tYW5zd2VyMFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEgQ73qQeZ3hqT/4FjYSnXOhmn38tcAzU7px5d7bpC7uZO507rgniDL0fz
yekq3xSoAIXEjap7AnPYYFnYGCr91qNTMFEwHQYDVR0OBBYEFEgZclnD3RD/ZfP4
PeRkRsIISyx7MB8GA1UdIwQYMBaAFEgZclnD3RD/ZfP4PeRkRsIISyx7MA8GA1Ud
EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgEDPIIivuQbiUxkhrGy0SwHxS
2kbzzDuuE/Fsl56DMnMCIG19bcTGpVD9ukv10W//o7F5Wmrj741RtKTh7ck8yVsT
-----END CERTIFICATE-----
)";
const char knownFingerprint[] = "e292d2b61c730fdf37bf6c47c361fbc6150559b2effb4e5c2abe348ee652be91";

const QString fingerprintA = u"3f9a1c2b00112233445566778899aabbccddeeff0123456789abcdef01234567"_s;
const QString fingerprintB = u"0000000000000000000000000000000000000000000000000000000000000000"_s;
const QString fingerprintC = u"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"_s;

// Permission bits of path, or -1 if it cannot be read.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(contents) == contents.size();
}

bool isHexFingerprint(const QString &s)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(s).hasMatch();
}

} // namespace

namespace {
// Why Identity::load() failed for directory; None when it did not.
Identity::Error loadError(const QString &directory)
{
    const auto loaded = Identity::load(directory);
    return loaded ? Identity::Error::None : loaded.error().code;
}
} // namespace

class TestIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generate();
    void generateDefaultCommonName();
    void generatedIdentitiesDiffer();
    void saveAndLoad();
    void saveIntoExistingDirectory();
    void loadTightensKeyPermissions();
    void loadEmptyDirectory();
    void loadOrCreate();
    void corruptKeyIsNotReplaced();
    void corruptCertificateIsNotReplaced();
    void missingKeyIsNotReplaced();
    void keyMismatch();
    void fingerprintKnownAnswer();
    void fingerprintMatchesOpenSslCli();
    void fingerprintMatchesQtPublicKey();
    void fingerprintOfNull();
    void formatFingerprint_data();
    void formatFingerprint();
    void shortFingerprint();
    void safetyNumber();
};

void TestIdentity::generate()
{
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY2(identity, qPrintable(identity ? QString() : identity.error()));
    QVERIFY(!identity->isNull());
    QVERIFY(!identity->privateKey().isNull());
    QCOMPARE(identity->privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(identity->privateKey().type(), QSsl::PrivateKey);
    QCOMPARE(identity->privateKey().length(), 256);
    QVERIFY(!identity->certificate().isNull());
    QCOMPARE(identity->certificate().publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(identity->certificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{u"alice"_s});
    QCOMPARE(identity->certificate().subjectInfo(QSslCertificate::Organization),
             QStringList{u"ChatBuddy"_s});
    QCOMPARE(identity->certificate().issuerDisplayName(),
             identity->certificate().subjectDisplayName());
    QVERIFY(identity->certificate().isSelfSigned());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(identity->certificate().effectiveDate() <= now);
    QVERIFY(identity->certificate().expiryDate() > now.addYears(10));

    QVERIFY2(isHexFingerprint(identity->fingerprint()), qPrintable(identity->fingerprint()));
    QCOMPARE(fingerprintOf(identity->certificate()), identity->fingerprint());
}

void TestIdentity::generateDefaultCommonName()
{
    const auto identity = Identity::generate(QString());
    QVERIFY(identity);
    QCOMPARE(identity->certificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{u"ChatBuddy"_s});

    const auto hindi = Identity::generate(u"नमस्ते"_s);
    QVERIFY(hindi);
    QCOMPARE(hindi->certificate().subjectInfo(QSslCertificate::CommonName), QStringList{u"नमस्ते"_s});
}

void TestIdentity::generatedIdentitiesDiffer()
{
    QSet<QString> fingerprints;
    QSet<QByteArray> serials;
    for (int i = 0; i < 4; ++i) {
        const auto identity = Identity::generate(u"same"_s);
        QVERIFY(identity);
        fingerprints.insert(identity->fingerprint());
        serials.insert(identity->certificate().serialNumber());
    }
    QCOMPARE(fingerprints.size(), 4);
    QCOMPARE(serials.size(), 4);
}

void TestIdentity::saveAndLoad()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString directory = temp.filePath(u"profile/identity"_s);
    const QString keyPath = directory + u"/key.pem"_s;
    const QString certPath = directory + u"/cert.pem"_s;

    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity);
    const Status saved = identity->save(directory);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));

    QCOMPARE(modeOf(directory), 0700);
    QCOMPARE(modeOf(keyPath), 0600);
    QCOMPARE(modeOf(certPath), 0600);
    QCOMPARE(QFileInfo(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(readAll(keyPath).contains("PRIVATE KEY-----"));
    QVERIFY(readAll(certPath).startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"cert.pem"_s, u"key.pem"_s})); // no temporary files left

    const auto loaded = Identity::load(directory);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QVERIFY(!loaded->isNull());
    QCOMPARE(loaded->fingerprint(), identity->fingerprint());
    QCOMPARE(loaded->certificate(), identity->certificate());
    QCOMPARE(loaded->privateKey(), identity->privateKey());
}

void TestIdentity::saveIntoExistingDirectory()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto first = Identity::generate(u"one"_s);
    const auto second = Identity::generate(u"two"_s);
    QVERIFY(first && second);
    QVERIFY(first->save(temp.path()));
    QCOMPARE(modeOf(temp.filePath(u"key.pem"_s)), 0600);
    // Saving again replaces both files and keeps them private.
    QVERIFY(second->save(temp.path()));
    QCOMPARE(modeOf(temp.filePath(u"key.pem"_s)), 0600);
    QCOMPARE(modeOf(temp.filePath(u"cert.pem"_s)), 0600);
    const auto loaded = Identity::load(temp.path());
    QVERIFY(loaded);
    QCOMPARE(loaded->fingerprint(), second->fingerprint());

    QVERIFY(!Identity().save(temp.path())); // an empty identity is never written
}

void TestIdentity::loadTightensKeyPermissions()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity && identity->save(temp.path()));
    const QString keyPath = temp.filePath(u"key.pem"_s);
    QVERIFY(::chmod(QFile::encodeName(keyPath).constData(), 0644) == 0);
    QCOMPARE(modeOf(keyPath), 0644);
    QVERIFY(Identity::load(temp.path()));
    QCOMPARE(modeOf(keyPath), 0600);
}

void TestIdentity::loadEmptyDirectory()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto empty = Identity::load(temp.path());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Identity::Error::NotFound);
    QVERIFY(!empty.error().message.isEmpty());

    const auto missing = Identity::load(temp.filePath(u"does/not/exist"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Identity::Error::NotFound);
}

void TestIdentity::loadOrCreate()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString directory = temp.filePath(u"new"_s);

    const auto first = Identity::loadOrCreate(directory, u"alice"_s);
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QVERIFY(first->created);
    QCOMPARE(modeOf(directory), 0700);
    QCOMPARE(modeOf(directory + u"/key.pem"_s), 0600);
    QCOMPARE(modeOf(directory + u"/cert.pem"_s), 0600);
    const QByteArray keyBytes = readAll(directory + u"/key.pem"_s);

    const auto second = Identity::loadOrCreate(directory, u"other name"_s);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QVERIFY(!second->created);
    QCOMPARE(second->identity.fingerprint(), first->identity.fingerprint());
    QCOMPARE(second->identity.certificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{u"alice"_s});
    QCOMPARE(readAll(directory + u"/key.pem"_s), keyBytes);
}

void TestIdentity::corruptKeyIsNotReplaced()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity && identity->save(temp.path()));
    const QString keyPath = temp.filePath(u"key.pem"_s);
    const QString certPath = temp.filePath(u"cert.pem"_s);
    const QByteArray garbage = "-----BEGIN PRIVATE KEY-----\nnot base64 at all\n"
                               "-----END PRIVATE KEY-----\n";
    QVERIFY(writeAll(keyPath, garbage));
    const QByteArray certBytes = readAll(certPath);

    const auto corrupt = Identity::load(temp.path());
    QVERIFY(!corrupt);
    QCOMPARE(corrupt.error().code, Identity::Error::Corrupt);
    QVERIFY(corrupt.error().message.contains(u"key.pem"_s));

    const auto notReplaced = Identity::loadOrCreate(temp.path(), u"alice"_s);
    QVERIFY(!notReplaced);
    QVERIFY(!notReplaced.error().isEmpty());
    QCOMPARE(readAll(keyPath), garbage);
    QCOMPARE(readAll(certPath), certBytes);

    // An empty key file is just as corrupt.
    QVERIFY(writeAll(keyPath, QByteArray()));
    QCOMPARE(loadError(temp.path()), Identity::Error::Corrupt);
    QVERIFY(!Identity::loadOrCreate(temp.path(), u"alice"_s));
    QCOMPARE(readAll(keyPath), QByteArray());
}

void TestIdentity::corruptCertificateIsNotReplaced()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity && identity->save(temp.path()));
    const QString keyPath = temp.filePath(u"key.pem"_s);
    const QString certPath = temp.filePath(u"cert.pem"_s);
    QVERIFY(writeAll(certPath, "garbage"));
    const QByteArray keyBytes = readAll(keyPath);

    QCOMPARE(loadError(temp.path()), Identity::Error::Corrupt);
    QVERIFY(!Identity::loadOrCreate(temp.path(), u"alice"_s));
    QCOMPARE(readAll(certPath), QByteArray("garbage"));
    QCOMPARE(readAll(keyPath), keyBytes);
}

void TestIdentity::missingKeyIsNotReplaced()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity && identity->save(temp.path()));
    QVERIFY(QFile::remove(temp.filePath(u"key.pem"_s)));

    QCOMPARE(loadError(temp.path()), Identity::Error::Unreadable);
    QVERIFY(!Identity::loadOrCreate(temp.path(), u"alice"_s));
    QVERIFY(!QFile::exists(temp.filePath(u"key.pem"_s)));
}

void TestIdentity::keyMismatch()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto a = Identity::generate(u"a"_s);
    const auto b = Identity::generate(u"b"_s);
    QVERIFY(a && b);
    const QString dirA = temp.filePath(u"a"_s);
    const QString dirB = temp.filePath(u"b"_s);
    QVERIFY(a->save(dirA));
    QVERIFY(b->save(dirB));
    const QByteArray keyB = readAll(dirB + u"/key.pem"_s);
    const QByteArray certA = readAll(dirA + u"/cert.pem"_s);
    QVERIFY(writeAll(dirA + u"/key.pem"_s, keyB)); // a's certificate with b's key

    const auto mismatch = Identity::load(dirA);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().code, Identity::Error::KeyMismatch);
    QVERIFY(!mismatch.error().message.isEmpty());
    QVERIFY(!Identity::loadOrCreate(dirA, u"a"_s)); // never replaced
    QCOMPARE(readAll(dirA + u"/key.pem"_s), keyB);
    QCOMPARE(readAll(dirA + u"/cert.pem"_s), certA);
}

void TestIdentity::fingerprintKnownAnswer()
{
    const QSslCertificate certificate(QByteArray(knownCertificate), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QCOMPARE(fingerprintOf(certificate), QString::fromLatin1(knownFingerprint));
    // Not the hash of the whole certificate: that would change with every re-signing.
    QVERIFY(fingerprintOf(certificate) !=
            QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
}

void TestIdentity::fingerprintMatchesOpenSslCli()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity && identity->save(temp.path()));

    // openssl x509 -pubkey -noout -in cert.pem | openssl pkey -pubin -outform DER
    QProcess x509;
    QProcess pkey;
    x509.setStandardOutputProcess(&pkey);
    x509.start(openssl,
               {u"x509"_s, u"-pubkey"_s, u"-noout"_s, u"-in"_s, temp.filePath(u"cert.pem"_s)});
    pkey.start(openssl, {u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s});
    QVERIFY(x509.waitForFinished(30000));
    QVERIFY(pkey.waitForFinished(30000));
    QCOMPARE(x509.exitCode(), 0);
    QCOMPARE(pkey.exitCode(), 0);
    const QByteArray spki = pkey.readAllStandardOutput();
    QCOMPARE(spki.size(), 91); // P-256 SubjectPublicKeyInfo, uncompressed point

    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
    QCOMPARE(identity->fingerprint(), expected);
    QCOMPARE(fingerprintOf(identity->certificate()), expected);
}

void TestIdentity::fingerprintMatchesQtPublicKey()
{
    // Qt's OpenSSL backend writes a public key as SubjectPublicKeyInfo; checked against the
    // known answer above, so this is not assumed.
    const QSslCertificate known(QByteArray(knownCertificate), QSsl::Pem);
    const QByteArray knownSpki = known.publicKey().toDer();
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(knownSpki, QCryptographicHash::Sha256).toHex()),
             QString::fromLatin1(knownFingerprint));

    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity);
    const QByteArray spki = identity->certificate().publicKey().toDer();
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()),
        identity->fingerprint());
}

void TestIdentity::fingerprintOfNull()
{
    QCOMPARE(fingerprintOf(QSslCertificate()), QString());
    QVERIFY(Identity().isNull());
    QCOMPARE(Identity().fingerprint(), QString());
}

void TestIdentity::formatFingerprint_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("4") << u"3f9a"_s << u"3f9a"_s;
    QTest::newRow("6") << u"3f9a1c"_s << u"3f9a 1c"_s;
    QTest::newRow("8") << u"3f9a1c2b"_s << u"3f9a 1c2b"_s;
    QTest::newRow("64") << fingerprintA
                        << u"3f9a 1c2b 0011 2233 4455 6677 8899 aabb "
                           u"ccdd eeff 0123 4567 89ab cdef 0123 4567"_s;
}

void TestIdentity::formatFingerprint()
{
    QFETCH(QString, hex);
    QFETCH(QString, formatted);
    QCOMPARE(chatbuddy::formatFingerprint(hex), formatted);
}

void TestIdentity::shortFingerprint()
{
    QCOMPARE(chatbuddy::shortFingerprint(fingerprintA), u"3f9a 1c2b 0011 2233"_s);
    QCOMPARE(chatbuddy::shortFingerprint(QString()), QString());

    const auto identity = Identity::generate(u"alice"_s);
    QVERIFY(identity);
    const QString full = chatbuddy::formatFingerprint(identity->fingerprint());
    const QStringList groups = full.split(u' ');
    QCOMPARE(groups.size(), 16);
    for (const QString &group : groups)
        QCOMPARE(group.size(), 4);
    QCOMPARE(groups.join(QString()), identity->fingerprint());

    const QString brief = chatbuddy::shortFingerprint(identity->fingerprint());
    QCOMPARE(brief.split(u' ').size(), 4);
    QVERIFY(full.startsWith(brief + u' '));
}

void TestIdentity::safetyNumber()
{
    const QString ab = chatbuddy::safetyNumber(fingerprintA, fingerprintB);
    // Computed independently (Python hashlib) from the documented derivation.
    QCOMPARE(ab, u"21544 78642 93982 37261 87932 89192 89412 97083 39438 86614 26861 36782"_s);
    QCOMPARE(chatbuddy::safetyNumber(fingerprintB, fingerprintA), ab);

    static const QRegularExpression shape(u"^(\\d{5} ){11}\\d{5}$"_s);
    QVERIFY2(shape.match(ab).hasMatch(), qPrintable(ab));
    QCOMPARE(ab.size(), 71);

    const QString ac = chatbuddy::safetyNumber(fingerprintA, fingerprintC);
    const QString bc = chatbuddy::safetyNumber(fingerprintB, fingerprintC);
    const QString aa = chatbuddy::safetyNumber(fingerprintA, fingerprintA);
    QVERIFY(shape.match(ac).hasMatch());
    QVERIFY(ab != ac);
    QVERIFY(ab != bc);
    QVERIFY(ac != bc);
    QVERIFY(aa != ab);

    QCOMPARE(chatbuddy::safetyNumber(QString(), fingerprintA), QString());
    QCOMPARE(chatbuddy::safetyNumber(fingerprintA, QString()), QString());
    QCOMPARE(chatbuddy::safetyNumber(QString(), QString()), QString());

    const auto x = Identity::generate(u"x"_s);
    const auto y = Identity::generate(u"y"_s);
    QVERIFY(x && y);
    const QString xy = chatbuddy::safetyNumber(x->fingerprint(), y->fingerprint());
    QVERIFY(shape.match(xy).hasMatch());
    QCOMPARE(chatbuddy::safetyNumber(y->fingerprint(), x->fingerprint()), xy);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
