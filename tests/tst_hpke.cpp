// SPDX-License-Identifier: GPL-3.0-or-later
// Tests HPKE (RFC 9180) base mode, DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: the
// known-answer test of RFC 9180 appendix A.3.1, round trips with fresh keys, and the refusal
// of every kind of bad input.

#include "hpke.h"

#include <QTest>

#include <limits>

using namespace chatbuddy;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

// RFC 9180 appendix A.3.1 (mode_base), as printed in the RFC and in its JSON test vectors.
namespace rfc {
const QByteArray info = hex("4f6465206f6e2061204772656369616e2055726e");
const QByteArray ikmE = hex("4270e54ffd08d79d5928020af4686d8f6b7d35dbe470265f1f5aa22816ce860e");
const QByteArray pkEm = hex("04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b32"
                            "5ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4");
const QByteArray skEm = hex("4995788ef4b9d6132b249ce59a77281493eb39af373d236a1fe415cb0c2d7beb");
const QByteArray ikmR = hex("668b37171f1072f3cf12ea8a236a45df23fc13b82af3609ad1e354f6ef817550");
const QByteArray pkRm = hex("04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f70"
                            "6a826a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0");
const QByteArray skRm = hex("f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2");
const QByteArray enc = hex("04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325"
                           "ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4");
const QByteArray sharedSecret =
    hex("c0d26aeab536609a572b07695d933b589dcf363ff9d93c93adea537aeabb8cb8");
const QByteArray key = hex("868c066ef58aae6dc589b6cfdd18f97e");
const QByteArray baseNonce = hex("4e0bc5018beba4bf004cca59");
const QByteArray exporterSecret =
    hex("14ad94af484a7ad3ef40e9f3be99ecc6fa9036df9d4920548424df127ee0d99f");
// Every encryption seals this plaintext, with aad "Count-<sequence number>".
const QByteArray plaintext = hex("4265617574792069732074727574682c20747275746820626561757479");
} // namespace rfc

// The order n of P-256: the first scalar that is not a valid private key.
const QByteArray groupOrder =
    hex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");

template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error();
}

// The value, or an empty one on failure (so that QCOMPARE reports it rather than crashing).
template<typename T> T valueOf(const Result<T> &result)
{
    return result ? *result : T();
}

hpke::KeyPair rfcRecipient()
{
    return {rfc::skRm, rfc::pkRm};
}

auto rfcSender()
{
    return hpke::setupBaseSenderWithEphemeral(rfc::pkRm, rfc::info, {rfc::skEm, rfc::pkEm});
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes.at(index) ^ 0x01);
    return bytes;
}

} // namespace

class TestHpke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deriveKeyPairKnownAnswer();
    void setupKnownAnswer();
    void encryptionsKnownAnswer_data();
    void encryptionsKnownAnswer();
    void exportsKnownAnswer_data();
    void exportsKnownAnswer();
    void keyPairs();
    void roundTrip();
    void badPublicKeys_data();
    void badPublicKeys();
    void badPrivateKeys_data();
    void badPrivateKeys();
    void tamperedCiphertexts();
    void wrongKeyInfoOrAad();
    void sequenceNumberExhaustion();
    void contextMisuse();
};

void TestHpke::deriveKeyPairKnownAnswer()
{
    const auto ephemeral = hpke::deriveKeyPair(rfc::ikmE);
    QVERIFY2(ephemeral, qPrintable(errorOf(ephemeral)));
    QCOMPARE(ephemeral->privateKey.toHex(), rfc::skEm.toHex());
    QCOMPARE(ephemeral->publicKey.toHex(), rfc::pkEm.toHex());
    const auto recipient = hpke::deriveKeyPair(rfc::ikmR);
    QVERIFY2(recipient, qPrintable(errorOf(recipient)));
    QCOMPARE(recipient->privateKey.toHex(), rfc::skRm.toHex());
    QCOMPARE(recipient->publicKey.toHex(), rfc::pkRm.toHex());
}

void TestHpke::setupKnownAnswer()
{
    const auto sender = rfcSender();
    QVERIFY2(sender, qPrintable(errorOf(sender)));
    QCOMPARE(sender->first.toHex(), rfc::enc.toHex());
    const auto sharedSecret = hpke::decapsulateForTesting(rfc::enc, rfcRecipient());
    QVERIFY2(sharedSecret, qPrintable(errorOf(sharedSecret)));
    QCOMPARE(sharedSecret->toHex(), rfc::sharedSecret.toHex());
    // The recipient's public key is optional: it is recomputed from the private key.
    for (const hpke::KeyPair &recipient : {rfcRecipient(), hpke::KeyPair{rfc::skRm, {}}}) {
        const auto receiver = hpke::setupBaseReceiver(rfc::enc, recipient, rfc::info);
        QVERIFY2(receiver, qPrintable(errorOf(receiver)));
        for (const hpke::ContextSecrets &secrets :
             {sender->second.secretsForTesting(), receiver->secretsForTesting()}) {
            QCOMPARE(secrets.key.toHex(), rfc::key.toHex());
            QCOMPARE(secrets.baseNonce.toHex(), rfc::baseNonce.toHex());
            QCOMPARE(secrets.exporterSecret.toHex(), rfc::exporterSecret.toHex());
        }
    }
}

void TestHpke::encryptionsKnownAnswer_data()
{
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<QByteArray>("ciphertext");
    const auto row = [](quint64 seq, const char *ciphertext) {
        QTest::addRow("seq %llu", static_cast<unsigned long long>(seq)) << seq << hex(ciphertext);
    };
    row(0, "5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f"
           "9076ac232e3ab2523f39513434");
    row(1, "fa6f037b47fc21826b610172ca9637e82d6e5801eb31cbd3748271affd4ecb06"
           "646e0329cbdf3c3cd655b28e82");
    row(2, "895cabfac50ce6c6eb02ffe6c048bf53b7f7be9a91fc559402cbc5b8dcaeb52b"
           "2ccc93e466c28fb55fed7a7fec");
    row(4, "8787491ee8df99bc99a246c4b3216d3d57ab5076e18fa27133f520703bc70ec9"
           "99dd36ce042e44f0c3169a6a8f");
    row(255, "2ad71c85bf3f45c6eca301426289854b31448bcf8a8ccb1deef3ebd87f60848a"
             "a53c538c30a4dac71d619ee2cd");
    row(256, "10f179686aa2caec1758c8e554513f16472bd0a11e2a907dde0b212cbe87d74f"
             "367f8ffe5e41cd3e9962a6afb2");
}

void TestHpke::encryptionsKnownAnswer()
{
    QFETCH(quint64, seq);
    QFETCH(QByteArray, ciphertext);
    const QByteArray aad = "Count-"_ba + QByteArray::number(seq);
    auto sender = rfcSender();
    QVERIFY2(sender, qPrintable(errorOf(sender)));
    auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY2(receiver, qPrintable(errorOf(receiver)));
    // Earlier messages advance both sequence numbers the ordinary way, one message at a time.
    for (quint64 i = 0; i < seq; ++i) {
        const auto filler = sender->second.seal({}, "filler "_ba + QByteArray::number(i));
        QVERIFY2(filler, qPrintable(errorOf(filler)));
        const auto opened = receiver->open({}, *filler);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
    }
    const auto sealed = sender->second.seal(aad, rfc::plaintext);
    QVERIFY2(sealed, qPrintable(errorOf(sealed)));
    QCOMPARE(sealed->toHex(), ciphertext.toHex());
    const auto opened = receiver->open(aad, ciphertext);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE(opened->toHex(), rfc::plaintext.toHex());
}

void TestHpke::exportsKnownAnswer_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("exported");
    QTest::newRow("empty context")
        << QByteArray() << hex("5e9bc3d236e1911d95e65b576a8a86d478fb827e8bdfe77b741b289890490d4d");
    QTest::newRow("00") << hex("00")
                        << hex("6cff87658931bda83dc857e6353efe4987a201b849658d9b047aab4cf216e796");
    QTest::newRow("TestContext")
        << hex("54657374436f6e74657874")
        << hex("d8f1ea7942adbba7412c6d431c62d01371ea476b823eb697e1f6e6cae1dab85a");
}

void TestHpke::exportsKnownAnswer()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, exported);
    const auto sender = rfcSender();
    QVERIFY2(sender, qPrintable(errorOf(sender)));
    const auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY2(receiver, qPrintable(errorOf(receiver)));
    const auto fromSender = sender->second.exportSecret(context, 32);
    QVERIFY2(fromSender, qPrintable(errorOf(fromSender)));
    QCOMPARE(fromSender->toHex(), exported.toHex());
    const auto fromReceiver = receiver->exportSecret(context, 32);
    QVERIFY2(fromReceiver, qPrintable(errorOf(fromReceiver)));
    QCOMPARE(fromReceiver->toHex(), exported.toHex());
}

void TestHpke::keyPairs()
{
    const auto a = hpke::generateKeyPair();
    const auto b = hpke::generateKeyPair();
    QVERIFY2(a && b, qPrintable(errorOf(a) + errorOf(b)));
    QCOMPARE(a->privateKey.size(), hpke::PrivateKeySize);
    QCOMPARE(a->publicKey.size(), hpke::PublicKeySize);
    QCOMPARE(a->publicKey.at(0), '\x04');
    QVERIFY(a->privateKey != b->privateKey);
    QVERIFY(a->publicKey != b->publicKey);
    // The largest private key, n - 1, is valid.
    QByteArray largest = groupOrder;
    largest[31] = char(largest.at(31) - 1);
    QVERIFY(hpke::setupBaseReceiver(rfc::enc, {largest, {}}, rfc::info));
    // A public key that belongs to another private key is refused, not silently replaced.
    const auto mismatched = hpke::setupBaseReceiver(rfc::enc, {rfc::skRm, rfc::pkEm}, rfc::info);
    QVERIFY(!mismatched);
    QVERIFY2(mismatched.error().contains(u"does not belong"_s), qPrintable(mismatched.error()));
    QVERIFY(!hpke::setupBaseSenderWithEphemeral(rfc::pkRm, rfc::info, {rfc::skEm, rfc::pkRm}));
    // DeriveKeyPair is deterministic, and a different ikm gives a different key.
    const auto again = hpke::deriveKeyPair(rfc::ikmR);
    QVERIFY(again && again->privateKey == rfc::skRm);
    const auto other = hpke::deriveKeyPair(flipped(rfc::ikmR, 0));
    QVERIFY(other && other->privateKey != rfc::skRm);
}

void TestHpke::roundTrip()
{
    const auto recipient = hpke::generateKeyPair();
    QVERIFY2(recipient, qPrintable(errorOf(recipient)));
    const QByteArray info = "chatbuddy test"_ba;
    const QByteArray big(1 << 20, 'x');
    for (const QByteArray &message : {"hello"_ba, QByteArray(), big}) {
        const auto sealed = hpke::seal(recipient->publicKey, info, "aad"_ba, message);
        QVERIFY2(sealed, qPrintable(errorOf(sealed)));
        QCOMPARE(sealed->ciphertext.size(), message.size() + hpke::TagSize);
        const auto opened = hpke::open(sealed->enc, sealed->ciphertext, *recipient, info, "aad"_ba);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        QVERIFY(*opened == message);
    }
    // Each setup uses a fresh ephemeral key, so equal messages never look equal.
    const auto first = hpke::seal(recipient->publicKey, info, {}, "same"_ba);
    const auto second = hpke::seal(recipient->publicKey, info, {}, "same"_ba);
    QVERIFY(first && second);
    QVERIFY(first->enc != second->enc);
    QVERIFY(first->ciphertext != second->ciphertext);

    // A context: several messages, then exports that both sides agree on.
    auto sender = hpke::setupBaseSender(recipient->publicKey, info);
    QVERIFY2(sender, qPrintable(errorOf(sender)));
    auto receiver = hpke::setupBaseReceiver(sender->first, *recipient, info);
    QVERIFY2(receiver, qPrintable(errorOf(receiver)));
    for (int i = 0; i < 5; ++i) {
        const QByteArray message = "message "_ba + QByteArray::number(i);
        const auto sealed = sender->second.seal({}, message);
        QVERIFY(sealed);
        const auto opened = receiver->open({}, *sealed);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        QCOMPARE(*opened, message);
    }
    const QByteArray longContext(40000, 'c'); // beyond the 32 KiB info cap of OpenSSL's HKDF
    for (const QByteArray &context : {QByteArray(), longContext}) {
        const auto exportedS = sender->second.exportSecret(context, hpke::MaxExportLength);
        const auto exportedR = receiver->exportSecret(context, hpke::MaxExportLength);
        QVERIFY2(exportedS && exportedR, qPrintable(errorOf(exportedS) + errorOf(exportedR)));
        QCOMPARE(exportedS->size(), hpke::MaxExportLength);
        QCOMPARE(*exportedS, *exportedR);
    }
}

void TestHpke::badPublicKeys_data()
{
    QTest::addColumn<QByteArray>("publicKey");
    QByteArray offCurve = flipped(rfc::pkRm, 64);
    QByteArray xTooBig = rfc::pkRm;
    xTooBig.replace(1, 32, QByteArray(32, '\xff'));
    QByteArray compressed = rfc::pkRm.left(33);
    compressed[0] = char(0x02 + (rfc::pkRm.at(64) & 1));
    QByteArray wrongPrefix = rfc::pkRm;
    wrongPrefix[0] = '\x05';
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("64 bytes") << rfc::pkRm.left(64);
    QTest::newRow("66 bytes") << QByteArray(rfc::pkRm + '\x00');
    QTest::newRow("compressed") << compressed;
    QTest::newRow("prefix 05") << wrongPrefix;
    QTest::newRow("off the curve") << offCurve;
    QTest::newRow("x >= p") << xTooBig;
    QTest::newRow("infinity (SEC1 00)") << QByteArray(1, '\0');
    QTest::newRow("infinity (04 and zeros)") << QByteArray('\x04' + QByteArray(64, '\0'));
}

void TestHpke::badPublicKeys()
{
    QFETCH(QByteArray, publicKey);
    // As the recipient's key, for the sender...
    const auto sender = hpke::setupBaseSender(publicKey, rfc::info);
    QVERIFY(!sender);
    QVERIFY2(sender.error().contains(u"recipient's public key"_s), qPrintable(sender.error()));
    QVERIFY(!hpke::setupBaseSenderWithEphemeral(publicKey, rfc::info, {rfc::skEm, rfc::pkEm}));
    QVERIFY(!hpke::seal(publicKey, rfc::info, {}, "x"_ba));
    // ...and as enc, for the recipient.
    const auto receiver = hpke::setupBaseReceiver(publicKey, rfcRecipient(), rfc::info);
    QVERIFY(!receiver);
    QVERIFY2(receiver.error().contains(u"(enc)"_s), qPrintable(receiver.error()));
    QVERIFY(!hpke::open(publicKey, QByteArray(32, 'x'), rfcRecipient(), rfc::info, {}));
}

void TestHpke::badPrivateKeys_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QByteArray orderPlusOne = groupOrder;
    orderPlusOne[31] = char(orderPlusOne.at(31) + 1);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("31 bytes") << rfc::skRm.left(31);
    QTest::newRow("33 bytes") << QByteArray(rfc::skRm + '\x01');
    QTest::newRow("zero") << QByteArray(32, '\0');
    QTest::newRow("order") << groupOrder;
    QTest::newRow("order + 1") << orderPlusOne;
    QTest::newRow("all ff") << QByteArray(32, '\xff');
}

void TestHpke::badPrivateKeys()
{
    QFETCH(QByteArray, privateKey);
    const auto receiver = hpke::setupBaseReceiver(rfc::enc, {privateKey, {}}, rfc::info);
    QVERIFY(!receiver);
    QVERIFY2(receiver.error().contains(u"private key"_s), qPrintable(receiver.error()));
    QVERIFY(!hpke::open(rfc::enc, QByteArray(32, 'x'), {privateKey, rfc::pkRm}, rfc::info, {}));
    QVERIFY(!hpke::decapsulateForTesting(rfc::enc, {privateKey, {}}));
    const auto sender = hpke::setupBaseSenderWithEphemeral(rfc::pkRm, rfc::info, {privateKey, {}});
    QVERIFY(!sender);
    QVERIFY2(sender.error().contains(u"ephemeral private key"_s), qPrintable(sender.error()));
}

void TestHpke::tamperedCiphertexts()
{
    const QByteArray aad = "Count-0"_ba;
    const QByteArray ciphertext = hex("5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2"
                                      "f20b6c7f9076ac232e3ab2523f39513434");
    auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY2(receiver, qPrintable(errorOf(receiver)));
    for (int size = 0; size < hpke::TagSize; ++size) {
        const auto opened = receiver->open(aad, ciphertext.left(size));
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(u"16-byte"_s), qPrintable(opened.error()));
    }
    for (qsizetype i = 0; i < ciphertext.size(); ++i) {
        const auto opened = receiver->open(aad, flipped(ciphertext, i));
        QVERIFY2(!opened, qPrintable(u"byte %1 of the ciphertext"_s.arg(i)));
        QVERIFY(!opened.error().isEmpty());
    }
    for (qsizetype i = 0; i < rfc::enc.size(); ++i) {
        const auto opened =
            hpke::open(flipped(rfc::enc, i), ciphertext, rfcRecipient(), rfc::info, aad);
        QVERIFY2(!opened, qPrintable(u"byte %1 of enc"_s.arg(i)));
    }
    // Failures leave the sequence number alone, so the genuine message still opens.
    const auto opened = receiver->open(aad, ciphertext);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE(*opened, rfc::plaintext);
}

void TestHpke::wrongKeyInfoOrAad()
{
    const auto sealed = hpke::seal(rfc::pkRm, rfc::info, "aad"_ba, "secret"_ba);
    QVERIFY2(sealed, qPrintable(errorOf(sealed)));
    const auto other = hpke::deriveKeyPair(rfc::ikmE); // a valid key, just not the recipient's
    QVERIFY(other);
    QVERIFY(!hpke::open(sealed->enc, sealed->ciphertext, *other, rfc::info, "aad"_ba));
    QVERIFY(!hpke::open(sealed->enc, sealed->ciphertext, rfcRecipient(), "other"_ba, "aad"_ba));
    QVERIFY(!hpke::open(sealed->enc, sealed->ciphertext, rfcRecipient(), rfc::info, "AAD"_ba));
    QVERIFY(!hpke::open(sealed->enc, sealed->ciphertext, rfcRecipient(), rfc::info, {}));
    QVERIFY(hpke::open(sealed->enc, sealed->ciphertext, rfcRecipient(), rfc::info, "aad"_ba));

    // Out of order: the second message does not open as the first.
    auto sender = rfcSender();
    QVERIFY(sender);
    const auto first = sender->second.seal({}, "first"_ba);
    const auto second = sender->second.seal({}, "second"_ba);
    QVERIFY(first && second);
    auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY(receiver);
    QVERIFY(!receiver->open({}, *second));
    QCOMPARE(valueOf(receiver->open({}, *first)), "first"_ba);
    QCOMPARE(valueOf(receiver->open({}, *second)), "second"_ba);
}

void TestHpke::sequenceNumberExhaustion()
{
    constexpr quint64 last = std::numeric_limits<quint64>::max() - 1;
    auto sender = rfcSender();
    QVERIFY(sender);
    auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY(receiver);
    QVERIFY(sender->second.skipToSequenceNumberForTesting(last));
    QVERIFY(receiver->skipToSequenceNumberForTesting(last));
    const auto sealed = sender->second.seal({}, "last"_ba);
    QVERIFY2(sealed, qPrintable(errorOf(sealed)));
    QCOMPARE(valueOf(receiver->open({}, *sealed)), "last"_ba);

    const auto refused = sender->second.seal({}, "one too many"_ba);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"sequence numbers"_s), qPrintable(refused.error()));
    const auto notOpened = receiver->open({}, *sealed);
    QVERIFY(!notOpened);
    QVERIFY2(notOpened.error().contains(u"sequence numbers"_s), qPrintable(notOpened.error()));
    // Exporting does not use sequence numbers and keeps working.
    QVERIFY(sender->second.exportSecret({}, 32));
    // Going back would reuse nonces.
    QVERIFY(!sender->second.skipToSequenceNumberForTesting(0));
    QVERIFY(!receiver->skipToSequenceNumberForTesting(0));
}

void TestHpke::contextMisuse()
{
    auto sender = rfcSender();
    QVERIFY(sender);
    for (int length : {-1, 0, hpke::MaxExportLength + 1, std::numeric_limits<int>::max()}) {
        const auto exported = sender->second.exportSecret({}, length);
        QVERIFY2(!exported, qPrintable(QString::number(length)));
        QVERIFY(exported.error().contains(u"bytes long"_s));
    }
    for (int length : {1, 33, hpke::MaxExportLength})
        QCOMPARE(valueOf(sender->second.exportSecret({}, length)).size(), length);

    // A moved-from context has no keys left and says so instead of crashing.
    hpke::SenderContext moved = std::move(sender->second);
    QVERIFY(moved.seal({}, "x"_ba));
    const auto refused = sender->second.seal({}, "x"_ba); // NOLINT(bugprone-use-after-move)
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"moved from"_s), qPrintable(refused.error()));
    QVERIFY(!sender->second.exportSecret({}, 32));
    QCOMPARE(sender->second.secretsForTesting().key, QByteArray());
    auto receiver = hpke::setupBaseReceiver(rfc::enc, rfcRecipient(), rfc::info);
    QVERIFY(receiver);
    hpke::ReceiverContext movedReceiver = std::move(*receiver);
    QVERIFY(movedReceiver.exportSecret({}, 32));
    QVERIFY(!receiver->open({}, QByteArray(32, 'x'))); // NOLINT(bugprone-use-after-move)
}

QTEST_GUILESS_MAIN(TestHpke)
#include "tst_hpke.moc"
