// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpenSSL reports failures in a queue per thread, and whatever is left there is taken by the
// next TLS read on that thread as its own failure (QSslSocket asks SSL_get_error(), which
// looks at the queue): a bad signature in a hub announcement from the network once dropped
// the client's hub connection. Every function here that calls OpenSSL and may fail holds a
// ClearOpenSslErrors, which empties the queue when the function returns.

#include <openssl/err.h>

namespace chatbuddy {

struct ClearOpenSslErrors {
    ClearOpenSslErrors() = default;
    ClearOpenSslErrors(const ClearOpenSslErrors &) = delete;
    ClearOpenSslErrors &operator=(const ClearOpenSslErrors &) = delete;
    ~ClearOpenSslErrors() { ERR_clear_error(); }
};

} // namespace chatbuddy
