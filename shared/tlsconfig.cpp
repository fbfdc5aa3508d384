// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfig.h"

#include "identity.h"

namespace chatbuddy {

QSslConfiguration tlsConfiguration(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setCaCertificates({}); // no CAs, and no on-demand loading of the system's
    if (!certificate.isNull()) {
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
    }
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    return tls;
}

QSslConfiguration tlsConfiguration(const Identity &identity)
{
    return tlsConfiguration(identity.certificate(), identity.privateKey());
}

} // namespace chatbuddy
