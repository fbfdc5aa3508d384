// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed letters (shared/sealedmail): what the recipient accepts, and every way an envelope
// changed by the hub, re-addressed, replayed to someone else or signed by another key is
// refused. The HPKE layer has its own known-answer tests (tst_hpke).

#include "identity.h"
#include "sealedmail.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/err.h>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::sealed;

namespace {

struct User {
    QString name;
    Identity identity;
    hpke::KeyPair mailbox;

    Recipient asRecipient() const { return {name, identity.fingerprint(), mailbox.publicKey}; }
};

User makeUser(const QString &name)
{
    auto identity = Identity::generate(u"ChatBuddy user"_s);
    auto mailbox = hpke::generateKeyPair();
    if (!identity || !mailbox)
        qFatal("cannot make a test identity");
    return User{name, *identity, *mailbox};
}

const QDateTime SentAt(QDate(2026, 12, 4), QTime(19, 30, 0, 123), Qt::UTC);

} // namespace

class TestSealedMail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messageRoundTrip();
    void receiptRoundTrip();
    void envelopeCarriesNoPlaintext();
    void paddingHidesLength();
    void longestMessageFits();
    void everyChangedByteIsRefused();
    void readdressedIsRefused();
    void headerChangedAndResignedIsRefused();
    void otherSignerIsRefused();
    void sealedToAnotherKeyIsRefused();
    void unknownContentIsRefused();
    void mailboxKeyCertification();

private:
    Result<Letter, OpenFailure> openAsBob(const Envelope &envelope) const
    {
        return open(envelope, m_bob.name, m_bob.identity.fingerprint(), m_bob.mailbox);
    }
    Envelope sealFromAlice(const QString &text) const
    {
        auto envelope = seal(m_alice.identity, m_alice.name, m_bob.asRecipient(), u"m-1"_s, SentAt,
                             Letter{Letter::Kind::Message, text, {}});
        if (!envelope)
            qFatal("seal failed: %s", qPrintable(envelope.error()));
        return *envelope;
    }

    User m_alice, m_bob, m_carol;
};

void TestSealedMail::initTestCase()
{
    m_alice = makeUser(u"alice"_s);
    m_bob = makeUser(u"Bob"_s);
    m_carol = makeUser(u"carol"_s);
}

void TestSealedMail::messageRoundTrip()
{
    const Envelope envelope = sealFromAlice(u"Lunch tomorrow? नमस्ते 😀"_s);
    QCOMPARE(envelope.from, u"alice"_s);
    QCOMPARE(envelope.fromKey, m_alice.identity.fingerprint());
    QCOMPARE(envelope.to, u"Bob"_s);
    QCOMPARE(envelope.toKey, m_bob.identity.fingerprint());
    QCOMPARE(envelope.sentAt, u"2026-12-04T19:30:00.123Z"_s);
    QCOMPARE(envelope.enc.size(), hpke::PublicKeySize);

    // The name matches case-insensitively, as names do.
    auto letter = open(envelope, u"bob"_s, m_bob.identity.fingerprint(), m_bob.mailbox);
    QVERIFY2(letter, qPrintable(letter.ok() ? QString() : letter.error().message));
    QCOMPARE(letter->kind, Letter::Kind::Message);
    QCOMPARE(letter->text, u"Lunch tomorrow? नमस्ते 😀"_s);

    // And it survives the wire.
    const auto parsed = Envelope::fromJson(envelope.toJson());
    QVERIFY(parsed);
    QCOMPARE(*parsed, envelope);
    QVERIFY(openAsBob(*parsed));
}

void TestSealedMail::receiptRoundTrip()
{
    const Letter receipt{Letter::Kind::Receipt, {}, {u"m-1"_s, u"m-2"_s}};
    auto envelope =
        seal(m_bob.identity, m_bob.name, m_alice.asRecipient(), u"r-1"_s, SentAt, receipt);
    QVERIFY(envelope);
    auto letter = open(*envelope, m_alice.name, m_alice.identity.fingerprint(), m_alice.mailbox);
    QVERIFY(letter);
    QCOMPARE(*letter, receipt);
}

void TestSealedMail::envelopeCarriesNoPlaintext()
{
    const QString secret = u"the treasure is under the old oak"_s;
    const Envelope envelope = sealFromAlice(secret);
    const QByteArray wire = QJsonDocument(envelope.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(!wire.contains("treasure"));
    QVERIFY(!envelope.ciphertext.contains("treasure"));
    QVERIFY(!envelope.ciphertext.contains(secret.toUtf8().left(8)));
}

void TestSealedMail::paddingHidesLength()
{
    const qsizetype one = sealFromAlice(u"k"_s).ciphertext.size();
    const qsizetype two = sealFromAlice(QString(200, u'x')).ciphertext.size();
    QCOMPARE(one, two);
    QCOMPARE((one - hpke::TagSize) % LetterPadding, 0);
    const qsizetype longer = sealFromAlice(QString(300, u'x')).ciphertext.size();
    QCOMPARE(longer, one + LetterPadding);
    // Every length pads to a whole multiple, including those where the padding's own header
    // changes size.
    for (int length = 0; length < 1200; ++length) {
        const qsizetype size = sealFromAlice(QString(length, u'y')).ciphertext.size();
        QVERIFY2((size - hpke::TagSize) % LetterPadding == 0,
                 qPrintable(u"text of %1: %2 bytes"_s.arg(length).arg(size)));
    }
}

void TestSealedMail::longestMessageFits()
{
    // The longest text a message may hold (16 KiB of UTF-8, here in 4-byte characters) still
    // fits one envelope.
    const QString text = u"😀"_s.repeated(MaxTextSize / 4);
    QCOMPARE(text.toUtf8().size(), MaxTextSize);
    const Envelope envelope = sealFromAlice(text);
    QVERIFY(envelope.ciphertext.size() <= MaxSealedSize);
    QVERIFY(Envelope::fromJson(envelope.toJson()));
    QCOMPARE(openAsBob(envelope)->text, text);
}

void TestSealedMail::everyChangedByteIsRefused()
{
    const Envelope envelope = sealFromAlice(u"hi"_s);
    // One changed byte anywhere in what the hub stores: refused, never shown.
    for (QByteArray Envelope::*field :
         {&Envelope::enc, &Envelope::ciphertext, &Envelope::signature}) {
        const QByteArray original = envelope.*field;
        for (qsizetype i = 0; i < original.size(); i += 7) {
            Envelope changed = envelope;
            (changed.*field)[i] = char((changed.*field)[i] ^ 0x01);
            const auto letter = openAsBob(changed);
            QVERIFY2(!letter, qPrintable(u"byte %1 changed and accepted"_s.arg(i)));
            QCOMPARE(letter.error().refusal, Refusal::BadSignature);
            // Nothing left in OpenSSL's error queue for the next TLS read on this thread to
            // take as its own failure (opensslerrors.h).
            QCOMPARE(ERR_peek_error(), 0UL);
        }
    }
    // Not even a key, or a signature that is not DER: refused, nothing left behind.
    QVERIFY(!verify("not a key", "data", envelope.signature));
    QVERIFY(!verify(publicKeyOf(m_alice.identity.certificate()), "data", "\x30\x03\x02\x01"));
    QCOMPARE(ERR_peek_error(), 0UL);
    Envelope laterTime = envelope;
    laterTime.sentAt = u"2026-12-04T19:30:00.124Z"_s;
    QCOMPARE(openAsBob(laterTime).error().refusal, Refusal::BadSignature);
    Envelope otherId = envelope;
    otherId.id = u"m-2"_s;
    QCOMPARE(openAsBob(otherId).error().refusal, Refusal::BadSignature);
    Envelope otherSenderName = envelope;
    otherSenderName.from = u"mallory"_s;
    QCOMPARE(openAsBob(otherSenderName).error().refusal, Refusal::BadSignature);
}

void TestSealedMail::readdressedIsRefused()
{
    const Envelope envelope = sealFromAlice(u"for Bob only"_s);
    // The hub hands Bob's envelope to Carol, unchanged: not for her.
    auto letter = open(envelope, m_carol.name, m_carol.identity.fingerprint(), m_carol.mailbox);
    QCOMPARE(letter.error().refusal, Refusal::NotForUs);
    // ... or re-addresses it to her: the signature no longer holds.
    Envelope readdressed = envelope;
    readdressed.to = m_carol.name;
    readdressed.toKey = m_carol.identity.fingerprint();
    letter = open(readdressed, m_carol.name, m_carol.identity.fingerprint(), m_carol.mailbox);
    QCOMPARE(letter.error().refusal, Refusal::BadSignature);
    // Bob's name with another key (someone who took over the name) is not Bob.
    letter = open(envelope, m_bob.name, m_carol.identity.fingerprint(), m_bob.mailbox);
    QCOMPARE(letter.error().refusal, Refusal::NotForUs);
}

void TestSealedMail::headerChangedAndResignedIsRefused()
{
    // Even the sender cannot move a sealed text to another header: the header is the AEAD's
    // associated data.
    Envelope envelope = sealFromAlice(u"hi"_s);
    envelope.sentAt = u"2020-01-01T00:00:00.000Z"_s;
    envelope.signature = *sign(m_alice.identity.privateKey(), signedBytes(envelope));
    QCOMPARE(openAsBob(envelope).error().refusal, Refusal::Undecryptable);
}

void TestSealedMail::otherSignerIsRefused()
{
    const Envelope envelope = sealFromAlice(u"hi"_s);
    // Mallory signs in Alice's name with her own key: the key does not match the fingerprint.
    Envelope forged = envelope;
    forged.fromIdentity = publicKeyOf(m_carol.identity.certificate());
    forged.signature = *sign(m_carol.identity.privateKey(), signedBytes(forged));
    QCOMPARE(openAsBob(forged).error().refusal, Refusal::BadIdentity);
    // With her own fingerprint too, it opens as from that key: the caller compares fromKey with
    // the key it trusts for "alice" (the client's key-change warning).
    forged.fromKey = m_carol.identity.fingerprint();
    auto mallory = seal(m_carol.identity, u"alice"_s, m_bob.asRecipient(), u"m-1"_s, SentAt,
                        Letter{Letter::Kind::Message, u"hi"_s, {}});
    QVERIFY(mallory);
    QCOMPARE(mallory->from, u"alice"_s);
    QCOMPARE(mallory->fromKey, m_carol.identity.fingerprint());
    QVERIFY(openAsBob(*mallory)); // signature fine; trust is decided by the caller
}

void TestSealedMail::sealedToAnotherKeyIsRefused()
{
    Recipient wrongKey = m_bob.asRecipient();
    wrongKey.mailboxKey = m_carol.mailbox.publicKey;
    auto envelope = seal(m_alice.identity, m_alice.name, wrongKey, u"m-1"_s, SentAt,
                         Letter{Letter::Kind::Message, u"hi"_s, {}});
    QVERIFY(envelope);
    QCOMPARE(openAsBob(*envelope).error().refusal, Refusal::Undecryptable);
}

void TestSealedMail::unknownContentIsRefused()
{
    for (const QByteArray &plain : {"not cbor at all"_ba, QByteArray::fromHex("a1616b6378797a"),
                                    QByteArray::fromHex("a2616b636d73676174f5")}) {
        Envelope envelope = sealFromAlice(u"x"_s);
        auto sealedLetter = hpke::seal(m_bob.mailbox.publicKey, "ChatBuddy mailbox v1"_ba,
                                       associatedData(envelope), plain);
        QVERIFY(sealedLetter);
        envelope.enc = sealedLetter->enc;
        envelope.ciphertext = sealedLetter->ciphertext;
        envelope.signature = *sign(m_alice.identity.privateKey(), signedBytes(envelope));
        QCOMPARE(openAsBob(envelope).error().refusal, Refusal::BadContent);
    }
}

void TestSealedMail::mailboxKeyCertification()
{
    auto published = certifyMailboxKey(m_bob.identity, m_bob.mailbox.publicKey);
    QVERIFY(published);
    QCOMPARE(fingerprintOfPublicKey(published->identity), m_bob.identity.fingerprint());
    const QString bob = m_bob.identity.fingerprint();
    QVERIFY(checkMailboxKey(published->identity, bob, published->key, published->signature));
    // Someone else's key under Bob's certificate, Bob's certificate for another fingerprint, a
    // certificate by another identity, a broken signature: all refused.
    QVERIFY(!checkMailboxKey(published->identity, bob, m_carol.mailbox.publicKey,
                             published->signature));
    QVERIFY(!checkMailboxKey(published->identity, m_carol.identity.fingerprint(), published->key,
                             published->signature));
    auto byCarol = certifyMailboxKey(m_carol.identity, m_bob.mailbox.publicKey);
    QVERIFY(!checkMailboxKey(byCarol->identity, bob, byCarol->key, byCarol->signature));
    QVERIFY(!checkMailboxKey(published->identity, bob, published->key, byCarol->signature));
    QByteArray broken = published->signature;
    broken[10] = char(broken[10] ^ 0x40);
    QVERIFY(!checkMailboxKey(published->identity, bob, published->key, broken));
    QVERIFY(!checkMailboxKey("not a key"_ba, fingerprintOfPublicKey("not a key"_ba), published->key,
                             published->signature));
}

QTEST_GUILESS_MAIN(TestSealedMail)
#include "tst_sealedmail.moc"
