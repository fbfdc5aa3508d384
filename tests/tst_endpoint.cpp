// SPDX-License-Identifier: GPL-3.0-or-later
// Host and port as people type them (the command line, Connect by address, the hub
// address keys are pinned under): one parser, and which half is wrong when it fails.

#include "endpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

Q_DECLARE_METATYPE(chatbuddy::EndpointProblem)

class TestEndpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void text();
};

void TestEndpoint::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4 and port") << u"192.168.1.20:9090"_s << u"192.168.1.20"_s << 9090;
    QTest::newRow("host only") << u"127.0.0.1"_s << u"127.0.0.1"_s << 0;
    QTest::newRow("name and port") << u"hub.example:8080"_s << u"hub.example"_s << 8080;
    QTest::newRow("spaces around") << u"  127.0.0.1:1  "_s << u"127.0.0.1"_s << 1;
    QTest::newRow("IPv6 with port") << u"[::1]:65535"_s << u"::1"_s << 65535;
    QTest::newRow("IPv6 in brackets") << u"[fe80::1]"_s << u"fe80::1"_s << 0;
    QTest::newRow("bare IPv6") << u"2001:db8::7"_s << u"2001:db8::7"_s << 0;
    QTest::newRow("empty port") << u"127.0.0.1:"_s << u"127.0.0.1"_s << 0;
    // As typed: whether "10.1" is an address is for the caller to say, not silently 10.0.0.1.
    QTest::newRow("IPv4 shorthand kept") << u"10.1:9090"_s << u"10.1"_s << 9090;
}

void TestEndpoint::parses()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto endpoint = parseEndpoint(input);
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint->host, host);
    QCOMPARE(int(endpoint->port), port);
}

void TestEndpoint::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<EndpointProblem>("problem");
    QTest::newRow("nothing") << u"   "_s << EndpointProblem::Empty;
    QTest::newRow("port 0") << u"127.0.0.1:0"_s << EndpointProblem::BadPort;
    QTest::newRow("port too large") << u"127.0.0.1:65536"_s << EndpointProblem::BadPort;
    QTest::newRow("port not a number") << u"127.0.0.1:abc"_s << EndpointProblem::BadPort;
    QTest::newRow("IPv6 bad port") << u"[::1]:99999"_s << EndpointProblem::BadPort;
    QTest::newRow("a user") << u"alice@127.0.0.1:9090"_s << EndpointProblem::BadHost;
    QTest::newRow("a path") << u"127.0.0.1:9090/chat"_s << EndpointProblem::BadHost;
    QTest::newRow("a URL") << u"http://127.0.0.1"_s << EndpointProblem::BadHost;
    QTest::newRow("a space inside") << u"127.0 .0.1"_s << EndpointProblem::BadHost;
    QTest::newRow("unclosed bracket") << u"[::1:9090"_s << EndpointProblem::BadHost;
}

void TestEndpoint::refuses()
{
    QFETCH(QString, input);
    QFETCH(EndpointProblem, problem);
    const auto endpoint = parseEndpoint(input);
    QVERIFY(!endpoint.ok());
    QCOMPARE(endpoint.error(), problem);
}

void TestEndpoint::text()
{
    QCOMPARE(endpointText(u"127.0.0.1"_s, 8080), u"127.0.0.1:8080"_s);
    QCOMPARE(endpointText(u"::1"_s, 8080), u"[::1]:8080"_s);
    QCOMPARE(hostText(QHostAddress(u"::ffff:192.0.2.7"_s)), u"192.0.2.7"_s);
    QCOMPARE(hostText(QHostAddress(u"::1"_s)), u"::1"_s);
    // What endpointText() writes, parseEndpoint() reads back.
    const auto back = parseEndpoint(endpointText(u"2001:db8::7"_s, 9));
    QVERIFY(back.ok());
    QCOMPARE(back->host, u"2001:db8::7"_s);
    QCOMPARE(back->port, quint16(9));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
