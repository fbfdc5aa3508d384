// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A ChatBuddy identity: an ECDSA P-256 key with a self-signed certificate, and the
// fingerprints and safety numbers people compare to trust each other.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include "result.h"

#include <optional>

struct x509_st;

namespace chatbuddy {

class Identity {
public:
    enum class Error {
        None,
        GenerationFailed,
        NotFound,
        Unreadable,
        Corrupt,
        KeyMismatch,
        WriteFailed
    };

    Identity() = default;

    // Why load() failed: the kind (NotFound lets loadOrCreate() make one) and a sentence.
    struct LoadError {
        Error code = Error::None;
        QString message;
    };
    struct Loaded;

    // Creates a fresh key and a self-signed certificate whose common name is commonName.
    static Result<Identity> generate(const QString &commonName);
    // Loads key.pem and cert.pem from directory.
    static Result<Identity, LoadError> load(const QString &directory);
    // Loads the identity in directory, or creates and saves one if there is none yet. An
    // existing but broken identity is an error, never silently replaced.
    static Result<Loaded> loadOrCreate(const QString &directory, const QString &commonName);
    // Writes key.pem and cert.pem (mode 0600) into directory (created with mode 0700).
    Status save(const QString &directory) const;

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    const QSslKey &privateKey() const { return m_key; }
    const QSslCertificate &certificate() const { return m_certificate; }
    // Hex SHA-256 of the certificate's SubjectPublicKeyInfo, 64 lowercase digits.
    QString fingerprint() const { return m_fingerprint; }

    static constexpr const char *KeyFileName = "key.pem";
    static constexpr const char *CertificateFileName = "cert.pem";

private:
    QSslKey m_key;
    QSslCertificate m_certificate;
    QString m_fingerprint;
};

// What loadOrCreate() found: the identity, and whether it was made just now.
struct Identity::Loaded {
    Identity identity;
    bool created = false;
};

// Writes contents to path atomically, readable by the owner only (mode 0600).
Status writePrivateFile(const QString &path, const QByteArray &contents);

// Hex SHA-256 of a certificate's SubjectPublicKeyInfo; empty for a null certificate.
QString fingerprintOf(const QSslCertificate &certificate);
// A certificate's public key as DER SubjectPublicKeyInfo (what the fingerprint hashes).
QByteArray publicKeyOf(const QSslCertificate &certificate);
// Hex SHA-256 of a DER SubjectPublicKeyInfo; empty for empty input.
QString fingerprintOfPublicKey(const QByteArray &publicKey);
// Why a certificate's key is not one ChatBuddy accepts (ECDSA on P-256 only, as every
// ChatBuddy identity is), as a short phrase such as "RSA key (1024 bits)"; empty when the
// key is accepted. A null or unreadable certificate has a problem too.
QString keyProblem(const QSslCertificate &certificate);
// The same two for a certificate OpenSSL has parsed already (the hub's handshake threads),
// without a round trip through DER and QSslCertificate.
QByteArray publicKeyOf(const x509_st *certificate);
QString keyProblem(const x509_st *certificate);
// "3f9a 1c2b ..." : groups of four hex digits, for people to read and compare.
QString formatFingerprint(const QString &hexFingerprint);
// formatFingerprint() over two lines of eight groups, easy to read aloud and narrow enough for
// 800×600.
QString twoLineFingerprint(const QString &hexFingerprint);
// The first four groups, for status bars and lists.
QString shortFingerprint(const QString &hexFingerprint);
// 60 digits in 12 groups of 5, derived from both fingerprints; the same number on both sides
// whatever the order. Empty if either fingerprint is empty.
QString safetyNumber(const QString &fingerprintA, const QString &fingerprintB);

} // namespace chatbuddy
