// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_discovery: a UDP datagram of hub discovery (shared/discovery.h) as a hub and a client
// read it: decodeQuery() and decodeAnnouncement() on the same bytes; and cleanName(), which
// cuts a hub's name to the rules, on the bytes as text.
//
// Input: the datagram, as it came (no header). Seeds (tests/fuzz/make-seeds.sh): a query, and
// announcements signed with a P-256 key made with openssl there (a broadcast one and an answer
// with a nonce); near misses: another version or type, broken base64, a nonce of 15 bytes, a
// datagram over MaxDatagram, a name too long or with a control character (signed), a bad
// signature, port 0, a fractional time, not JSON. CHATBUDDY_FUZZ_VERBOSE=1 prints what each
// input decoded to.
//
// Invariants:
// - a datagram is a query or an announcement, never both;
// - a query has a nonce of NonceSize bytes and comes back the same from encode();
// - an announcement has a clean name (cleanName(name) == name: not empty, at most
//   MaxNameLength characters, no control character), a port, a public key with a 64-digit
//   fingerprint, a time from 0 to 2^53 - 1, a nonce that is empty or NonceSize bytes, and
//   signedBytes() gives the same bytes every time; the same fields and signature written out
//   again decode to the same announcement;
// - cleanName() of the input read as UTF-8 (and as UTF-16, which can hold lone surrogates) is
//   at most MaxNameLength characters, trimmed, without a control character (Unicode's Cc and
//   Cf, line and paragraph separators, judged per code point), and cleanName() leaves it as
//   it is.

#include "fuzzsupport.h"

#include "discovery.h"
#include "messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

bool g_verbose = false;

// What cleanName() promises to drop: the categories discovery.cpp's isUnwanted() names,
// judged per code point (a character outside the BMP is a surrogate pair in a QString).
bool isControl(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// The first control character in text, as U+XXXX, or nothing.
QString firstControl(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isControl(char32_t(c)))
            return u"U+%1"_s.arg(c, 4, 16, QChar(u'0')).toUpper();
    }
    return {};
}

QString show(const QString &text)
{
    QString hex;
    for (const QChar c : text)
        hex += u"%1 "_s.arg(c.unicode(), 4, 16, QChar(u'0'));
    return u"\"%1\" (UTF-16: %2)"_s.arg(text, hex.trimmed());
}

void checkCleanName(const QString &input)
{
    const QString clean = discovery::cleanName(input);
    FUZZ_CHECK_MSG(clean.size() <= discovery::MaxNameLength, show(clean));
    FUZZ_CHECK_MSG(clean == clean.trimmed(), show(clean));
    const QString control = firstControl(clean);
    FUZZ_CHECK_MSG(control.isEmpty(), control + u" in "_s + show(clean));
    const QString again = discovery::cleanName(clean);
    FUZZ_CHECK_MSG(again == clean, show(clean) + u" became "_s + show(again));
}

void checkQuery(const discovery::Query &query)
{
    FUZZ_CHECK(query.nonce.size() == discovery::NonceSize);
    const QByteArray encoded = discovery::encode(query);
    FUZZ_CHECK(encoded.size() <= discovery::MaxDatagram);
    const auto again = discovery::decodeQuery(encoded);
    FUZZ_CHECK_MSG(again && *again == query, QString::fromUtf8(encoded));
}

// The announcement's fields and the signature that came with them, written out again as
// discovery::encode() writes them.
QByteArray rewrite(const discovery::Announcement &a, const QJsonValue &signature)
{
    const QJsonObject object{{u"type"_s, u"hub-announce"_s},
                             {u"v"_s, discovery::Version},
                             {u"name"_s, a.name},
                             {u"port"_s, int(a.port)},
                             {u"key"_s, QString::fromLatin1(a.publicKey.toBase64())},
                             {u"time"_s, double(a.time)},
                             {u"nonce"_s, QString::fromLatin1(a.nonce.toBase64())},
                             {u"sig"_s, signature}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void checkAnnouncement(const discovery::Announcement &a, QByteArrayView datagram)
{
    FUZZ_CHECK(!a.name.isEmpty());
    FUZZ_CHECK_MSG(discovery::cleanName(a.name) == a.name, show(a.name));
    FUZZ_CHECK_MSG(a.name.size() <= discovery::MaxNameLength, show(a.name));
    const QString control = firstControl(a.name);
    FUZZ_CHECK_MSG(control.isEmpty(), control + u" in "_s + show(a.name));
    FUZZ_CHECK(a.port != 0);
    FUZZ_CHECK(!a.publicKey.isEmpty());
    FUZZ_CHECK_MSG(isFingerprint(a.fingerprint()), a.fingerprint());
    FUZZ_CHECK(a.time >= 0 && a.time <= (qint64(1) << 53) - 1);
    FUZZ_CHECK(a.nonce.isEmpty() || a.nonce.size() == discovery::NonceSize);
    const QByteArray signedBytes = discovery::signedBytes(a);
    FUZZ_CHECK(!signedBytes.isEmpty());
    FUZZ_CHECK(discovery::signedBytes(a) == signedBytes);
    const discovery::Announcement copy = a;
    FUZZ_CHECK(discovery::signedBytes(copy) == signedBytes);

    // The signature is not ours to make again: take it from the datagram.
    const QJsonObject object = QJsonDocument::fromJson(datagram.toByteArray()).object();
    const QByteArray again = rewrite(a, object.value(u"sig"_s));
    const auto decoded = discovery::decodeAnnouncement(again);
    FUZZ_CHECK_MSG(decoded && *decoded == a,
                   QString::fromUtf8(again) + u": "_s + (decoded ? u"another"_s : decoded.error()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    g_verbose = qEnvironmentVariableIsSet("CHATBUDDY_FUZZ_VERBOSE");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto query = discovery::decodeQuery(input);
    const auto announcement = discovery::decodeAnnouncement(input);
    if (g_verbose) {
        const QString q =
            query ? u"nonce "_s + QString::fromLatin1(query->nonce.toHex()) : query.error();
        QString a = announcement ? QString() : announcement.error();
        if (announcement) {
            a = u"\"%1\" port %2 key %3 time %4 nonce %5"_s.arg(announcement->name)
                    .arg(announcement->port)
                    .arg(announcement->fingerprint().left(16))
                    .arg(announcement->time)
                    .arg(QString::fromLatin1(announcement->nonce.toHex()));
        }
        std::fprintf(stderr, "query: %s\nannouncement: %s\n", qUtf8Printable(q), qUtf8Printable(a));
    }
    FUZZ_CHECK(!(query && announcement));
    if (query)
        checkQuery(*query);
    if (announcement)
        checkAnnouncement(*announcement, input);

    checkCleanName(QString::fromUtf8(input));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(QChar));
    checkCleanName(utf16);
    return 0;
}
