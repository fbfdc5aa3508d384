// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A ChatBuddy identity: an ECDSA P-256 key with a self-signed certificate, and the
// fingerprints and safety numbers people compare to trust each other.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace chatbuddy {

class Identity {
public:
    enum class Error { None, GenerationFailed, NotFound, Unreadable, Corrupt, KeyMismatch,
                       WriteFailed };

    Identity() = default;

    // Creates a fresh key and a self-signed certificate whose common name is commonName.
    static std::optional<Identity> generate(const QString &commonName, QString *errorString = nullptr);
    // Loads key.pem and cert.pem from directory.
    static std::optional<Identity> load(const QString &directory, Error *error = nullptr,
                                        QString *errorString = nullptr);
    // Loads the identity in directory, or creates and saves one if there is none yet. An
    // existing but broken identity is an error, never silently replaced.
    static std::optional<Identity> loadOrCreate(const QString &directory,
                                                const QString &commonName,
                                                QString *errorString = nullptr,
                                                bool *created = nullptr);
    // Writes key.pem and cert.pem (mode 0600) into directory (created with mode 0700).
    bool save(const QString &directory, QString *errorString = nullptr) const;

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

// Hex SHA-256 of a certificate's SubjectPublicKeyInfo; empty for a null certificate.
QString fingerprintOf(const QSslCertificate &certificate);
// Why a certificate's key is not one ChatBuddy accepts (ECDSA on P-256 only, as every
// ChatBuddy identity is), as a short phrase such as "RSA key (1024 bits)"; empty when the
// key is accepted. A null or unreadable certificate has a problem too.
QString keyProblem(const QSslCertificate &certificate);
// "3f9a 1c2b ..." : groups of four hex digits, for people to read and compare.
QString formatFingerprint(const QString &hexFingerprint);
// The first four groups, for status bars and lists.
QString shortFingerprint(const QString &hexFingerprint);
// 60 digits in 12 groups of 5, derived from both fingerprints; the same number on both sides
// whatever the order. Empty if either fingerprint is empty.
QString safetyNumber(const QString &fingerprintA, const QString &fingerprintB);

} // namespace chatbuddy
