// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubscaletls.h"

#include "identity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::hubscale {

namespace {

struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter {
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct KeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

std::unique_ptr<BIO, BioDeleter> memoryBio(const QByteArray &pem)
{
    return std::unique_ptr<BIO, BioDeleter>(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

QString systemError(const char *what, int error)
{
    return u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

QString takeSslErrors()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        errors << QString::fromLatin1(text);
    }
    return errors.isEmpty() ? u"unknown TLS error"_s : errors.join(u"; "_s);
}

ClientContext makeClientContext(const Identity &identity, QString *error)
{
    ClientContext context(SSL_CTX_new(TLS_client_method()));
    const auto certificate = std::unique_ptr<X509, X509Deleter>(PEM_read_bio_X509(
        memoryBio(identity.certificate().toPem()).get(), nullptr, nullptr, nullptr));
    const auto key = std::unique_ptr<EVP_PKEY, KeyDeleter>(PEM_read_bio_PrivateKey(
        memoryBio(identity.privateKey().toPem()).get(), nullptr, nullptr, nullptr));
    if (!context || !certificate || !key) {
        *error = u"cannot set up the TLS client context: %1"_s.arg(takeSslErrors());
        return {};
    }
    SSL_CTX_set_min_proto_version(context.get(), TLS1_3_VERSION);
    SSL_CTX_set_max_proto_version(context.get(), TLS1_3_VERSION);
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_session_cache_mode(context.get(), SSL_SESS_CACHE_OFF);
    // A hub that closes without close_notify (after an `error`, at shutdown) just closed.
    SSL_CTX_set_options(context.get(), SSL_OP_IGNORE_UNEXPECTED_EOF);
    SSL_CTX_set_mode(context.get(), SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE |
                                        SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (SSL_CTX_use_certificate(context.get(), certificate.get()) != 1 ||
        SSL_CTX_use_PrivateKey(context.get(), key.get()) != 1 ||
        SSL_CTX_check_private_key(context.get()) != 1) {
        *error = u"the client certificate does not load: %1"_s.arg(takeSslErrors());
        return {};
    }
    return context;
}

int connectLoopback(quint32 source, quint16 port, QString *error)
{
    if ((source >> 24) != 127) { // benchmarks never leave this machine
        *error = u"refusing source address %1: loopback only"_s.arg(source);
        return -1;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = systemError("socket", errno);
        return -1;
    }
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    // The port is chosen at connect(), per destination: more ports per source address.
    ::setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &on, sizeof on);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    from.sin_addr.s_addr = htonl(source);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(port);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&from), sizeof from) != 0) {
        *error = systemError("bind", errno);
    } else if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0 &&
               errno != EINPROGRESS) {
        *error = systemError("connect", errno);
    } else {
        return fd;
    }
    ::close(fd);
    return -1;
}

bool connectSucceeded(int fd, QString *error)
{
    int result = 0;
    socklen_t length = sizeof result;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &result, &length) != 0)
        result = errno;
    if (result == 0)
        return true;
    *error = systemError("connect", result);
    return false;
}

bool TlsLink::attach(SSL_CTX *context, int fd, QString *error)
{
    m_fd = fd;
    m_ssl = SSL_new(context);
    if (!m_ssl || SSL_set_fd(m_ssl, fd) != 1) {
        *error = u"cannot create a TLS connection: %1"_s.arg(takeSslErrors());
        return false;
    }
    SSL_set_connect_state(m_ssl);
    return true;
}

TlsLink::Status TlsLink::handshake()
{
    errno = 0;
    return status(SSL_do_handshake(m_ssl));
}

TlsLink::Status TlsLink::read(char *buffer, int size, int *count)
{
    errno = 0;
    const int result = SSL_read(m_ssl, buffer, size);
    *count = std::max(result, 0);
    return status(result);
}

TlsLink::Status TlsLink::write(QByteArrayView bytes)
{
    m_output.append(bytes.data(), bytes.size());
    return flush();
}

TlsLink::Status TlsLink::flush()
{
    while (!m_output.isEmpty()) {
        errno = 0;
        const int result = SSL_write(m_ssl, m_output.constData(), int(m_output.size()));
        if (result <= 0)
            return status(result);
        m_output.remove(0, result);
    }
    m_output = QByteArray(); // frees the buffer: most sessions are idle
    return Status::Done;
}

void TlsLink::close(bool graceful)
{
    if (m_ssl) {
        if (graceful)
            SSL_shutdown(m_ssl); // close_notify, without waiting for the hub's
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_output = QByteArray();
}

TlsLink::Status TlsLink::status(int result)
{
    const int systemErrno = errno; // SSL_get_error() may change it
    if (result > 0)
        return Status::Done;
    const int error = SSL_get_error(m_ssl, result);
    switch (error) {
    case SSL_ERROR_WANT_READ:
        return Status::WantRead;
    case SSL_ERROR_WANT_WRITE:
        return Status::WantWrite;
    case SSL_ERROR_ZERO_RETURN:
        m_error = u"the hub closed the connection"_s;
        return Status::Closed;
    case SSL_ERROR_SYSCALL:
        m_error =
            systemErrno != 0 ? systemError("TLS", systemErrno) : u"the hub closed the connection"_s;
        ERR_clear_error();
        return systemErrno == 0 || systemErrno == ECONNRESET || systemErrno == EPIPE
                   ? Status::Closed
                   : Status::Failed;
    default:
        m_error = u"TLS error: %1"_s.arg(takeSslErrors());
        return Status::Failed;
    }
}

} // namespace chatbuddy::bench::hubscale
