// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy {

namespace {
// QUrl reads "host:port" and "[v6]:port" as an authority; it has no place for a bare IPv6
// address (several colons, no port), which people do type, so that gets its brackets first.
QUrl authorityUrl(const QString &text)
{
    const bool bareIPv6 = !text.startsWith(u'[') && text.count(u':') > 1;
    QUrl url;
    url.setAuthority(bareIPv6 ? u'[' + text + u']' : text, QUrl::StrictMode);
    return url;
}

bool isPlainAuthority(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty();
}

// The host as typed: QUrl would rewrite "10.1" as "10.0.0.1", which people never meant.
QString typedHost(const QString &text)
{
    if (text.startsWith(u'['))
        return text.mid(1, text.indexOf(u']') - 1);
    if (text.count(u':') == 1)
        return text.left(text.indexOf(u':'));
    return text; // no port: a host, or a bare IPv6 address
}
} // namespace

Result<Endpoint, EndpointProblem> parseEndpoint(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return Failure{EndpointProblem::Empty};
    // An authority never has these; QUrl would otherwise read them as the start of a path.
    for (const QChar c : {u'/', u'?', u'#', u'@', u'\\', u' '}) {
        if (text.contains(c))
            return Failure{EndpointProblem::BadHost};
    }
    const QUrl url = authorityUrl(text);
    if (isPlainAuthority(url) && url.port() != 0)
        return Endpoint{typedHost(text), quint16(std::max(url.port(), 0))};
    // Which half is wrong: the host alone (text before the port's colon) may be fine.
    const qsizetype colon = text.lastIndexOf(u':');
    const bool portColon =
        colon > 0 && (text.startsWith(u'[') ? text.at(colon - 1) == u']' : text.count(u':') == 1);
    if (portColon && isPlainAuthority(authorityUrl(text.left(colon))))
        return Failure{EndpointProblem::BadPort};
    return Failure{EndpointProblem::BadHost};
}

Result<QList<Endpoint>, EndpointProblem> parseEndpointList(QStringView text)
{
    QList<Endpoint> endpoints;
    static const QRegularExpression separators(u"[,\\s]+"_s);
    for (const QString &entry : text.toString().split(separators, Qt::SkipEmptyParts)) {
        auto endpoint = parseEndpoint(entry);
        if (!endpoint)
            return Failure{endpoint.error()};
        endpoints.append(*endpoint);
    }
    if (endpoints.isEmpty())
        return Failure{EndpointProblem::Empty};
    return endpoints;
}

QString endpointText(const QString &host, quint16 port)
{
    QUrl url;
    url.setHost(host);
    url.setPort(port);
    return url.authority();
}

QString hostText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace chatbuddy
