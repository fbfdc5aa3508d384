// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscontext.h"

#include "identity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct KeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree {
    void operator()(SSL_CTX *context) const { SSL_CTX_free(context); }
};

// A read-only BIO over bytes, which it reads in place: they must outlive it. (Deleted for
// temporaries: memoryBio(x.toPem()) once read freed memory, found by fuzz_transport.)
std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &bytes)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}
std::unique_ptr<BIO, BioFree> memoryBio(QByteArray &&) = delete;

// Every client certificate is self-signed; whose key it is gets checked by fingerprint when
// the client registers (as QSslSocket::QueryPeer did). So no chain is built at all: that
// search through an empty store was a tenth of a handshake's cost. The client still proves in
// the handshake that it holds the certificate's key (CertificateVerify).
int acceptAnyCertificate(X509_STORE_CTX *, void *)
{
    return 1;
}

} // namespace

QString lastTlsError()
{
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return code != 0 ? QString::fromLatin1(text) : u"unknown TLS error"_s;
}

Result<std::shared_ptr<ServerTlsContext>> ServerTlsContext::create(const Identity &identity)
{
    const QByteArray certPem = identity.certificate().toPem(); // the BIOs read these in place
    const QByteArray keyPem = identity.privateKey().toPem();
    const auto certBio = memoryBio(certPem);
    const auto keyBio = memoryBio(keyPem);
    const std::unique_ptr<X509, X509Free> cert(
        certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    const std::unique_ptr<EVP_PKEY, KeyFree> key(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert || !key)
        return fail(u"cannot read the hub's certificate or key: %1"_s.arg(lastTlsError()));

    std::unique_ptr<SSL_CTX, ContextFree> context(SSL_CTX_new(TLS_server_method()));
    if (!context)
        return fail(u"cannot set up TLS: %1"_s.arg(lastTlsError()));
    SSL_CTX *ctx = context.get();
    const bool ok = SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION) == 1 &&
                    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION) == 1 &&
                    SSL_CTX_use_certificate(ctx, cert.get()) == 1 &&
                    SSL_CTX_use_PrivateKey(ctx, key.get()) == 1 &&
                    SSL_CTX_check_private_key(ctx) == 1;
    if (!ok)
        return fail(u"cannot set up TLS with the hub's key: %1"_s.arg(lastTlsError()));
    // Ask for the client's certificate; a client without one is refused at hello.
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_cert_verify_callback(ctx, acceptAnyCertificate, nullptr);
    // Clients never resume sessions (each connection is a fresh handshake with its key), so
    // no tickets to send and no cache to keep.
    SSL_CTX_set_num_tickets(ctx, 0);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    // Read and write buffers (about 34 KiB) only while there is something in them; partial
    // writes so a full socket never holds a whole frame back.
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE |
                              SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return std::shared_ptr<ServerTlsContext>(new ServerTlsContext(context.release()));
}

ServerTlsContext::ServerTlsContext(SSL_CTX *context)
    : m_context(context)
{
}

ServerTlsContext::~ServerTlsContext()
{
    SSL_CTX_free(m_context);
}

SSL *ServerTlsContext::newSession(int fd) const
{
    SSL *session = SSL_new(m_context);
    if (session && SSL_set_fd(session, fd) != 1) {
        SSL_free(session);
        return nullptr;
    }
    if (session)
        SSL_set_accept_state(session);
    return session;
}

PeerKey peerKeyOf(SSL *session)
{
    // The checks of identity.cpp, on the certificate as the handshake parsed it.
    const X509 *cert = SSL_get0_peer_certificate(session);
    if (!cert)
        return {};
    PeerKey key;
    key.fingerprint = fingerprintOfPublicKey(publicKeyOf(cert));
    if (!key.fingerprint.isEmpty())
        key.problem = keyProblem(cert);
    return key;
}

} // namespace chatbuddy::hub
