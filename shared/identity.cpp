// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"
#include "opensslerrors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace chatbuddy {

namespace {

template<auto fn> struct Deleter {
    template<typename T> void operator()(T *p) const { fn(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

constexpr long CertificateLifetimeSeconds = 20L * 365 * 24 * 3600; // pins, not expiry, give trust

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(what) + (code ? u": "_s + QString::fromLatin1(buffer) : QString());
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

// Restricts the umask for the lifetime of the object so new files start out private.
class PrivateUmask {
public:
    PrivateUmask()
        : m_old(::umask(077))
    {
    }
    ~PrivateUmask() { ::umask(m_old); }
    PrivateUmask(const PrivateUmask &) = delete;
    PrivateUmask &operator=(const PrivateUmask &) = delete;

private:
    mode_t m_old;
};

} // namespace

Status writePrivateFile(const QString &path, const QByteArray &contents)
{
    PrivateUmask umask;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    // The file was created under umask 077 already; this says so even for an old file.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(u"cannot make %1 private"_s.arg(path));
    return {};
}

Result<Identity> Identity::generate(const QString &commonName)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    auto failed = [](const char *what) {
        return fail(opensslError(what));
    };

    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("cannot generate an ECDSA P-256 key");

    X509Ptr cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), 2))
        return failed("cannot create a certificate");
    BnPtr serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return failed("cannot set the certificate serial number");
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), CertificateLifetimeSeconds))
        return failed("cannot set the certificate validity");
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = (commonName.isEmpty() ? u"ChatBuddy"_s : commonName).left(64).toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>("ChatBuddy"), -1, -1,
                                    0) ||
        !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()),
                                    int(cn.size()), -1, 0) ||
        !X509_set_issuer_name(cert.get(), name) || !X509_set_pubkey(cert.get(), key.get()))
        return failed("cannot fill in the certificate");
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return failed("cannot sign the certificate");

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) ||
        !PEM_write_bio_X509(certBio.get(), cert.get()))
        return failed("cannot encode the new identity");

    Identity identity;
    identity.m_key = QSslKey(bioContents(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity.m_certificate = QSslCertificate(bioContents(certBio.get()), QSsl::Pem);
    identity.m_fingerprint = fingerprintOf(identity.m_certificate);
    if (identity.isNull() || identity.m_fingerprint.isEmpty())
        return fail(u"Qt could not read the generated key or certificate"_s);
    return identity;
}

Result<Identity, Identity::LoadError> Identity::load(const QString &directory)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    auto failed = [](Error code, const QString &message) {
        return Failure{LoadError{code, message}};
    };
    const QDir dir(directory);
    const QString keyPath = dir.filePath(QString::fromLatin1(KeyFileName));
    const QString certPath = dir.filePath(QString::fromLatin1(CertificateFileName));
    if (!QFileInfo::exists(keyPath) && !QFileInfo::exists(certPath))
        return failed(Error::NotFound, u"no identity in %1"_s.arg(directory));

    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return failed(Error::Unreadable,
                      u"cannot read %1: %2"_s.arg(keyPath, keyFile.errorString()));
    if (!certFile.open(QIODevice::ReadOnly))
        return failed(Error::Unreadable,
                      u"cannot read %1: %2"_s.arg(certPath, certFile.errorString()));

    Identity identity;
    identity.m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity.m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    if (identity.m_key.isNull())
        return failed(Error::Corrupt, u"%1 holds no ECDSA private key"_s.arg(keyPath));
    if (identity.m_certificate.isNull())
        return failed(Error::Corrupt, u"%1 holds no certificate"_s.arg(certPath));
    if (const QString problem = keyProblem(identity.m_certificate); !problem.isEmpty())
        return failed(Error::Corrupt, u"%1 holds an %2; ChatBuddy identities are ECDSA P-256"_s.arg(
                                          certPath, problem));
    identity.m_fingerprint = fingerprintOf(identity.m_certificate);

    // The certificate must belong to the key, or TLS would fail later with a vaguer message.
    const QByteArray keyPem = identity.m_key.toPem(); // the BIO reads it in place
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    const QByteArray certDer = identity.m_certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(certDer.size())));
    PKeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr)
                       : nullptr);
    if (!cert || !key || X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return failed(
            Error::KeyMismatch,
            u"the certificate in %1 does not belong to the key in %2"_s.arg(certPath, keyPath));
    }
    // Keep secrets private even if someone loosened the permissions; a read-only copy (a
    // key on a read-only medium) still loads, it just cannot be tightened.
    (void)QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return identity;
}

Result<Identity::Loaded> Identity::loadOrCreate(const QString &directory, const QString &commonName)
{
    auto loaded = load(directory);
    if (loaded)
        return Loaded{std::move(loaded).value(), false};
    if (loaded.error().code != Error::NotFound)
        return fail(loaded.error().message);
    auto made = generate(commonName);
    if (!made)
        return fail(made.error());
    if (const Status saved = made->save(directory); !saved)
        return fail(saved.error());
    return Loaded{std::move(made).value(), true};
}

Status Identity::save(const QString &directory) const
{
    if (isNull())
        return fail(u"cannot save an empty identity"_s);
    QDir dir(directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(directory))
            return fail(u"cannot create %1"_s.arg(directory));
        if (!QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner))
            return fail(u"cannot make %1 private"_s.arg(directory));
    }
    if (Status written =
            writePrivateFile(dir.filePath(QString::fromLatin1(KeyFileName)), m_key.toPem());
        !written)
        return written;
    return writePrivateFile(dir.filePath(QString::fromLatin1(CertificateFileName)),
                            m_certificate.toPem());
}

QByteArray publicKeyOf(const X509 *certificate)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    unsigned char *spki = nullptr;
    const int length = certificate ? i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate), &spki) : 0;
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(spki), length);
    OPENSSL_free(spki);
    return out;
}

QByteArray publicKeyOf(const QSslCertificate &certificate)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    // From the DER, not QSslKey::toDer(): Qt cannot represent every key type a hostile peer
    // may present (Ed25519, say), and those need a fingerprint too, so the refusal names the
    // key type instead of "no key". TestIdentity::fingerprintMatchesQtPublicKey checks that
    // both agree wherever Qt can.
    if (certificate.isNull())
        return {};
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    return publicKeyOf(cert.get());
}

QString fingerprintOfPublicKey(const QByteArray &publicKey)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    if (publicKey.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return fingerprintOfPublicKey(publicKeyOf(certificate));
}

QString keyProblem(const QSslCertificate &certificate)
{
    const ClearOpenSslErrors clearErrors; // opensslerrors.h
    if (certificate.isNull())
        return u"no certificate"_s;
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    return keyProblem(cert.get());
}

QString keyProblem(const X509 *certificate)
{
    EVP_PKEY *key = certificate ? X509_get0_pubkey(certificate) : nullptr;
    if (!key) {
        ERR_clear_error();
        return u"an unreadable key"_s;
    }
    const int bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 &&
            QByteArrayView(group, qsizetype(length)) == "prime256v1")
            return {};
        ERR_clear_error();
        return u"EC key on %1"_s.arg(length ? QString::fromLatin1(group, qsizetype(length))
                                            : u"an unnamed curve"_s);
    }
    const char *kind = EVP_PKEY_get0_type_name(key);
    return u"%1 key (%2 bits)"_s.arg(kind ? QString::fromLatin1(kind) : u"unknown"_s).arg(bits);
}

QString formatFingerprint(const QString &hexFingerprint)
{
    QString out;
    out.reserve(hexFingerprint.size() + hexFingerprint.size() / 4);
    for (qsizetype i = 0; i < hexFingerprint.size(); i += 4) {
        if (i)
            out += u' ';
        out += QStringView(hexFingerprint).mid(i, 4);
    }
    return out;
}

QString twoLineFingerprint(const QString &hexFingerprint)
{
    QString text = formatFingerprint(hexFingerprint);
    // 16 groups of four: break after the eighth.
    const qsizetype middle = 8 * 5 - 1;
    if (text.size() > middle && text.at(middle) == u' ')
        text[middle] = u'\n';
    return text;
}

QString shortFingerprint(const QString &hexFingerprint)
{
    return formatFingerprint(hexFingerprint.left(16));
}

QString safetyNumber(const QString &fingerprintA, const QString &fingerprintB)
{
    if (fingerprintA.isEmpty() || fingerprintB.isEmpty())
        return {};
    // Sorting makes the number independent of who computes it.
    const QString a = std::min(fingerprintA.toLower(), fingerprintB.toLower());
    const QString b = std::max(fingerprintA.toLower(), fingerprintB.toLower());
    QCryptographicHash hash(QCryptographicHash::Sha512);
    hash.addData("ChatBuddy safety number v1\n");
    hash.addData(a.toLatin1());
    hash.addData("\n");
    hash.addData(b.toLatin1());
    const QByteArray digest = hash.result();

    QString out;
    for (int group = 0; group < 12; ++group) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = (value << 8) | quint8(digest.at(group * 5 + i));
        if (group)
            out += u' ';
        out += u"%1"_s.arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return out;
}

} // namespace chatbuddy
