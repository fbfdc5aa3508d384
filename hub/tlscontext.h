// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's one OpenSSL server context, shared by every client connection: the same policy as
// tlsConfiguration() (TLS 1.3 only, the hub's certificate, the client's certificate asked for
// but never checked against certificate authorities: trust comes from fingerprints after the
// handshake). One context instead of one per socket, and buffers released while a connection
// is idle, are what let an idle session cost a few kilobytes (docs/performance.md).

#include "result.h"

#include <QString>

#include <memory>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace chatbuddy {
class Identity;
}

namespace chatbuddy::hub {

class ServerTlsContext {
public:
    static Result<std::shared_ptr<ServerTlsContext>> create(const Identity &identity);
    ~ServerTlsContext();
    ServerTlsContext(const ServerTlsContext &) = delete;
    ServerTlsContext &operator=(const ServerTlsContext &) = delete;

    // A new server-side session on socket descriptor fd (not owned); null if OpenSSL fails.
    // Safe from any thread.
    SSL *newSession(int fd) const;

private:
    explicit ServerTlsContext(SSL_CTX *context);
    SSL_CTX *m_context;
};

// The client's certificate after a finished handshake: its key's fingerprint (hex SHA-256 of
// the DER SubjectPublicKeyInfo, as fingerprintOf()) and, if the key is not one ChatBuddy
// accepts, why (keyProblem()). Both empty without a certificate.
struct PeerKey {
    QString fingerprint;
    QString problem;
};
PeerKey peerKeyOf(SSL *session);

// The reason for the last OpenSSL failure on this thread, for logs; clears the error queue.
QString lastTlsError();

} // namespace chatbuddy::hub
