// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_identity: loading a profile's key and certificate (shared/identity.h Identity::load and
// loadOrCreate, and desktop-client/core/profile.h Profile::openAt, which loads the identity
// in <profile>/identity) from whatever the files hold.
//
// Input: byte 0 says which files exist and how they are loaded:
//   bit 0  key.pem exists           bit 1  cert.pem exists
//   bit 2  loadOrCreate, not load   bit 3  through Profile::openAt (implies loadOrCreate)
//   bit 4  key.pem is a folder      bit 5  cert.pem is a folder
//   bit 6  save what loaded elsewhere and load it again (OpenSSL 3 decoding is slow: not always)
// the rest up to the first NUL byte is key.pem, after it cert.pem. tests/fuzz/make-seeds.sh
// writes seeds from real OpenSSL pairs, mismatched pairs and other key types.
//
// Invariants:
// - never a crash, and an answer: an identity, or an error code and a message;
// - a loaded identity has a private key whose public half is the certificate's key (checked
//   here with OpenSSL, apart from identity.cpp), and its fingerprint is that of the
//   certificate: 64 lowercase hex digits;
// - neither file there: load says NotFound, loadOrCreate makes an identity that load then
//   finds; one of them there but broken: an error, and the files are left as they were;
// - a loaded identity saved elsewhere loads again as the same identity (bit 6).

#include "fuzzsupport.h"

#include "identity.h"
#include "messages.h"
#ifdef CHATBUDDY_FUZZ_PROFILE
#include "profile.h"
#endif

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

QTemporaryDir *g_dir = nullptr;

// The key belongs to the certificate, by OpenSSL's own comparison of the public keys.
bool keyMatchesCertificate(const Identity &identity)
{
    const QByteArray keyPem = identity.privateKey().toPem();
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(keyBio);
    const QByteArray der = identity.certificate().toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, long(der.size()));
    const bool match = key && cert && EVP_PKEY_eq(X509_get0_pubkey(cert), key) == 1;
    X509_free(cert);
    EVP_PKEY_free(key);
    return match;
}

void checkIdentity(const Identity &identity)
{
    FUZZ_CHECK(!identity.isNull());
    FUZZ_CHECK(identity.privateKey().type() == QSsl::PrivateKey);
    FUZZ_CHECK_MSG(keyMatchesCertificate(identity),
                   u"loaded a key that is not the certificate's"_s);
    FUZZ_CHECK(identity.fingerprint() == fingerprintOf(identity.certificate()));
    FUZZ_CHECK_MSG(chatbuddy::isFingerprint(identity.fingerprint()), identity.fingerprint());
}

// Writes the file, a folder in its place, or nothing.
void place(const QString &path, bool exists, bool asFolder, QByteArrayView contents)
{
    QFile::remove(path);
    QDir(path).removeRecursively();
    if (!exists)
        return;
    if (asFolder) {
        FUZZ_CHECK(QDir().mkpath(path));
        return;
    }
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly));
    FUZZ_CHECK(file.write(contents.data(), contents.size()) == contents.size());
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<none>");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    // One folder for the run, removed at exit; in memory when there is /dev/shm, as fsync
    // there costs nothing.
    g_dir = QDir(u"/dev/shm"_s).exists()
                ? new QTemporaryDir(u"/dev/shm/chatbuddy-fuzz-identity-XXXXXX"_s)
                : new QTemporaryDir();
    g_dir->setAutoRemove(true);
    static std::unique_ptr<QTemporaryDir> owner(g_dir);
    return g_dir->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 flags = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype split = rest.indexOf('\0');
    const QByteArrayView keyPem = split < 0 ? rest : rest.first(split);
    const QByteArrayView certPem = split < 0 ? QByteArrayView() : rest.sliced(split + 1);

    const bool keyExists = flags & 1;
    const bool certExists = flags & 2;
    const bool viaProfile = flags & 8;
    const bool create = (flags & 4) || viaProfile;
    const QString profileDir = g_dir->filePath(u"profile"_s);
    const QString dir = viaProfile ? profileDir + u"/identity"_s : g_dir->filePath(u"identity"_s);
    QDir().mkpath(dir);
    const QString keyPath = QDir(dir).filePath(QString::fromLatin1(Identity::KeyFileName));
    const QString certPath = QDir(dir).filePath(QString::fromLatin1(Identity::CertificateFileName));
    place(keyPath, keyExists, flags & 16, keyPem);
    place(certPath, certExists, flags & 32, certPem);
    const QByteArray keyBefore = contentsOf(keyPath);
    const QByteArray certBefore = contentsOf(certPath);

    std::optional<Identity> identity;
    if (viaProfile) {
#ifdef CHATBUDDY_FUZZ_PROFILE
        QFile::remove(profileDir + u"/settings.ini"_s);
        const auto profile = client::Profile::openAt(profileDir, u"fuzz"_s);
        FUZZ_CHECK(profile || !profile.error().isEmpty());
        if (profile)
            identity = (*profile)->identity();
#else
        if (const auto loaded = Identity::loadOrCreate(dir, u"fuzz"_s))
            identity = loaded->identity;
#endif
    } else if (create) {
        const auto loaded = Identity::loadOrCreate(dir, u"fuzz"_s);
        FUZZ_CHECK(loaded || !loaded.error().isEmpty());
        if (loaded) {
            identity = loaded->identity;
            FUZZ_CHECK(loaded->created == (!keyExists && !certExists));
        }
    } else {
        const auto loaded = Identity::load(dir);
        const Identity::Error error = loaded ? Identity::Error::None : loaded.error().code;
        if (loaded)
            identity = *loaded;
        FUZZ_CHECK(loaded || !loaded.error().message.isEmpty());
        FUZZ_CHECK((error == Identity::Error::NotFound) == (!keyExists && !certExists));
        if (keyExists != certExists)
            FUZZ_CHECK(error == Identity::Error::Unreadable);
    }

    if (!keyExists && !certExists && create) {
        // Nothing there: a new identity, saved where load() finds it.
        FUZZ_CHECK(identity.has_value());
        const auto again = Identity::load(dir);
        FUZZ_CHECK(again && again->fingerprint() == identity->fingerprint());
    } else if (!identity) {
        // Broken: an error, never a silent replacement.
        FUZZ_CHECK(contentsOf(keyPath) == keyBefore);
        FUZZ_CHECK(contentsOf(certPath) == certBefore);
    }
    if (identity)
        checkIdentity(*identity);
    if (identity && (flags & 64)) {
        const QString copy = g_dir->filePath(u"copy"_s);
        QDir(copy).removeRecursively();
        FUZZ_CHECK(identity->save(copy));
        const auto again = Identity::load(copy);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->fingerprint() == identity->fingerprint());
        FUZZ_CHECK(again->privateKey() == identity->privateKey());
        FUZZ_CHECK(again->certificate() == identity->certificate());
    }
    return 0;
}
