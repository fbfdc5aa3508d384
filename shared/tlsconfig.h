// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ChatBuddy's one TLS policy, for the hub, the client's hub link, chat links, tests and
// benchmarks alike.

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace chatbuddy {

class Identity;

// TLS 1.3 only; this certificate and key presented (none when null); the other side's
// certificate asked for but never checked against certificate authorities: every
// certificate is self-signed, and trust comes from pinned fingerprints checked after the
// handshake. No CA store is set up, which also spares OpenSSL a search of the system's
// certificate folder on every handshake.
QSslConfiguration tlsConfiguration(const QSslCertificate &certificate, const QSslKey &key);
QSslConfiguration tlsConfiguration(const Identity &identity);

} // namespace chatbuddy
