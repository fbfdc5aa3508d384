// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Host and port as people type and read them: "host", "host:port", "[v6]:port", or a bare
// IPv6 address. One parser (QUrl's authority rules) for the command line, the dialogs and the
// hub address the client pins keys under.

#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringView>

namespace chatbuddy {

struct Endpoint {
    QString host;     // without brackets
    quint16 port = 0; // 0: none given
};

enum class EndpointProblem {
    Empty,   // nothing typed
    BadHost, // not a host name or address (or has a user, a path, a query)
    BadPort, // the host is fine but the port is not a number from 1 to 65535
};

// Splits text into host and port; a port of 0 means none was given.
Result<Endpoint, EndpointProblem> parseEndpoint(QStringView text);
// Several endpoints separated by commas or spaces ("hub1, hub2:8081"): the hubs of one
// cluster, tried in turn. Fails on the first entry that does not parse.
Result<QList<Endpoint>, EndpointProblem> parseEndpointList(QStringView text);
// "host:port", with brackets around an IPv6 address so the port stays readable.
QString endpointText(const QString &host, quint16 port);
// An address as text; IPv4-mapped IPv6 addresses (from dual-stack sockets) as plain IPv4.
QString hostText(const QHostAddress &address);

} // namespace chatbuddy
