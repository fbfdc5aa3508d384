// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// fuzz_transport's side of the connection: a client on a bare non-blocking socket, plain or
// with OpenSSL's TLS client on it, driven in the thread of Qt's event loop (which runs the hub
// under test): every wait pumps that loop, a bounded number of times. Also how an input is cut
// into chunks, and the descriptors a leak would show in.

#include "fuzzsupport.h"

#include "identity.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <dirent.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <functional>
#include <vector>

namespace chatbuddy::fuzz {

using namespace Qt::StringLiterals;

constexpr int FastRounds = 200;     // pumps before a wait counts as slow
constexpr qint64 SlowWaitMs = 5000; // then real time, for a kernel that delivers late
constexpr std::size_t MaxChunks = 256;

inline void pumpOnce()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Pumps the event loop until done() holds: FastRounds turns without waiting, then (loopback
// packets may be handed to a kernel thread under load) real waiting, up to SlowWaitMs.
inline bool pumpUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < FastRounds; ++i) {
        if (done())
            return true;
        pumpOnce();
    }
    QTimer wake; // wakes the waiting loop; what arrives wakes it sooner
    wake.start(5);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < SlowWaitMs) {
        if (done())
            return true;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return done();
}

struct Chunk {
    QByteArray bytes;
    char end = 0; // the byte after the backslash that ended it; 0 at the end of the input
};

// As FuzzedDataProvider::ConsumeRandomLengthString cuts, keeping the byte that ends a chunk.
inline std::vector<Chunk> splitChunks(const std::uint8_t *data, std::size_t size)
{
    std::vector<Chunk> chunks;
    Chunk current;
    for (std::size_t i = 0; i < size && chunks.size() < MaxChunks; ++i) {
        if (data[i] == '\\' && i + 1 < size) {
            ++i;
            if (data[i] != '\\') {
                current.end = char(data[i]);
                chunks.push_back(std::move(current));
                current = {};
                continue;
            }
        }
        current.bytes.append(char(data[i]));
    }
    if (!current.bytes.isEmpty() && chunks.size() < MaxChunks)
        chunks.push_back(std::move(current));
    return chunks;
}

// The process's sockets and epoll, eventfd and timerfd instances (what the hub and Qt's event
// loop open), each with what it is for the message when one leaks. Pipes and files are left
// out: the sanitizers' symbolizer keeps pipes to its process once it ran.
inline QStringList openDescriptors()
{
    QStringList open;
    DIR *dir = ::opendir("/proc/self/fd");
    FUZZ_CHECK(dir != nullptr);
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        char target[256] = {};
        const QByteArray path = QByteArray("/proc/self/fd/") + entry->d_name;
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        const QByteArrayView kind(target, std::max<ssize_t>(length, 0));
        if (kind.startsWith("socket:") || kind.startsWith("anon_inode:"))
            open.append(QString::fromLatin1(entry->d_name) + u'=' + QString::fromLatin1(kind));
    }
    ::closedir(dir);
    return open;
}

inline SSL_CTX *clientContext(const Identity *identity, int version)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx || SSL_CTX_set_min_proto_version(ctx, version) != 1 ||
        SSL_CTX_set_max_proto_version(ctx, version) != 1)
        violated("client TLS context", __FILE__, __LINE__);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);      // ChatBuddy trusts by fingerprint
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF); // the hub closes without notify
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    if (identity) {
        const QByteArray certPem = identity->certificate().toPem();
        const QByteArray keyPem = identity->privateKey().toPem();
        BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
        BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
        EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        const bool ok = cert && key && SSL_CTX_use_certificate(ctx, cert) == 1 &&
                        SSL_CTX_use_PrivateKey(ctx, key) == 1;
        X509_free(cert);
        EVP_PKEY_free(key);
        BIO_free(certBio);
        BIO_free(keyBio);
        if (!ok)
            violated("client certificate", __FILE__, __LINE__);
    }
    return ctx;
}

// The fuzzer's end of the connection: a non-blocking socket, with a TLS client on it or not.
class Client {
public:
    Client(int fd, SSL *ssl)
        : m_fd(fd)
        , m_ssl(ssl)
    {
    }
    ~Client()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool isTls() const { return m_ssl != nullptr; }
    bool canWrite() const { return m_fd >= 0 && !m_writeClosed && !m_peerGone; }
    bool sawEnd() const { return m_eof || m_fd < 0; }
    bool tlsFailed() const { return !m_tlsError.isEmpty(); }
    QString tlsError() const { return m_tlsError; }
    // The client broke the TLS stream (raw bytes in it, or EOF without close_notify, which
    // OpenSSL answers with a decode_error alert): the hub may end it with an alert.
    bool brokeTls() const { return m_brokeTls; }
    int firstByte() const { return m_firstByte; }
    const QByteArray &received() const { return m_received; }
    // Decrypted (TLS) or plain bytes not yet looked at by the checks.
    QByteArray takeNew()
    {
        QByteArray fresh = m_received.mid(m_checked);
        m_checked = m_received.size();
        return fresh;
    }

    // Sends the ClientHello and stops there: the hub's handshake waits, in the middle, until
    // handshake() goes on. Nothing is read meanwhile (SSL_read would go on with it).
    void startHandshake()
    {
        ERR_clear_error();
        SSL_do_handshake(m_ssl);
        ERR_clear_error();
        m_holdReading = true;
    }

    // Runs (or goes on with) the client's handshake, pumping the hub between steps. false: it
    // failed.
    bool handshake()
    {
        m_holdReading = false;
        if (m_fd < 0 || !m_ssl)
            return false;
        bool ok = false;
        const bool ended = pumpUntil([&] {
            ERR_clear_error();
            const int result = SSL_do_handshake(m_ssl);
            ok = result == 1;
            const int error = ok ? SSL_ERROR_NONE : SSL_get_error(m_ssl, result);
            return ok || (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE);
        });
        FUZZ_CHECK_MSG(ended, u"the TLS handshake stalled"_s);
        ERR_clear_error();
        return ok;
    }

    // Writes all of bytes, through TLS or raw; stops early if the hub is gone.
    void write(const QByteArray &bytes, bool raw)
    {
        if (bytes.isEmpty() || !canWrite())
            return;
        if (m_firstByte < 0)
            m_firstByte = raw || !m_ssl ? std::uint8_t(bytes[0]) : 0x16;
        m_brokeTls = m_brokeTls || (raw && m_ssl);
        qsizetype done = 0;
        pumpUntil([&] {
            while (done < bytes.size() && canWrite()) {
                const qsizetype n = raw || !m_ssl ? rawSend(bytes.mid(done)) : tlsSend(bytes);
                if (n <= 0)
                    return !canWrite(); // would block: let the hub read
                done += n;
            }
            return true;
        });
    }

    // Gives up a handshake left in the middle: from now on the socket is read as it is.
    void dropTls()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        m_ssl = nullptr;
        m_holdReading = false;
    }

    // Reads whatever has arrived; sets sawEnd() when the hub closed or reset.
    void read()
    {
        if (m_holdReading)
            return;
        char buffer[16 * 1024];
        while (m_fd >= 0 && !m_eof) {
            if (m_ssl) {
                ERR_clear_error();
                const int n = SSL_read(m_ssl, buffer, int(sizeof buffer));
                if (n > 0) {
                    m_received.append(buffer, n);
                    continue;
                }
                const int error = SSL_get_error(m_ssl, n);
                if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
                    return;
                noteTlsError(error, "SSL_read");
                m_eof = true; // closed (ZERO_RETURN), reset (SYSCALL) or broken
                ERR_clear_error();
                return;
            }
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                m_received.append(buffer, n);
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
                return;
            } else {
                m_eof = true; // closed or reset
            }
        }
    }

    void halfClose(bool closeNotify)
    {
        if (m_fd < 0 || m_writeClosed)
            return;
        if (m_ssl && closeNotify && !m_peerGone) {
            ERR_clear_error();
            SSL_shutdown(m_ssl); // sends close_notify; reading goes on
            ERR_clear_error();
        }
        m_brokeTls = m_brokeTls || (m_ssl && !closeNotify);
        m_writeClosed = true;
        ::shutdown(m_fd, SHUT_WR);
    }

    // close() with SO_LINGER 0: the kernel resets the connection.
    void abortClose()
    {
        if (m_fd < 0)
            return;
        const linger reset{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        close();
    }

    void close()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        m_ssl = nullptr;
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    void noteTlsError(int error, const char *where)
    {
        if (error != SSL_ERROR_SSL || !m_tlsError.isEmpty())
            return;
        char text[256] = "unknown";
        if (const unsigned long code = ERR_peek_last_error())
            ERR_error_string_n(code, text, sizeof text);
        m_tlsError = QLatin1StringView(where) + u": "_s + QString::fromLatin1(text);
    }

    qsizetype rawSend(const QByteArray &bytes)
    {
        const ssize_t n = ::send(m_fd, bytes.constData(), std::size_t(bytes.size()), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            m_peerGone = true; // EPIPE, ECONNRESET: the hub closed
        return n;
    }

    // SSL_write of all of bytes (retried with the same arguments until it is taken).
    qsizetype tlsSend(const QByteArray &bytes)
    {
        ERR_clear_error();
        const int n = SSL_write(m_ssl, bytes.constData(), int(bytes.size()));
        if (n > 0)
            return bytes.size();
        const int error = SSL_get_error(m_ssl, n);
        if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
            noteTlsError(error, "SSL_write");
            m_peerGone = true;
        }
        ERR_clear_error();
        return 0;
    }

    int m_fd;
    SSL *m_ssl;
    QByteArray m_received;
    qsizetype m_checked = 0;
    int m_firstByte = -1;
    bool m_writeClosed = false;
    bool m_peerGone = false;
    bool m_eof = false;
    QString m_tlsError; // the first failure of the TLS session (not a close or reset)
    bool m_brokeTls = false;
    bool m_holdReading = false; // a handshake stopped in the middle
};

} // namespace chatbuddy::fuzz
