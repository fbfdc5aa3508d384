// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SHA-256 of a stream, on OpenSSL's EVP (with the CPU's SHA instructions where it has them:
// several times faster than QCryptographicHash's portable code, which matters for files of
// gigabytes).

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace chatbuddy {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    // The 32-byte digest of everything added; the hash starts again empty after it.
    QByteArray result();

    static QByteArray of(QByteArrayView data);

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace chatbuddy
