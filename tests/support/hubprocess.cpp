// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubprocess.h"

#include <QRegularExpression>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

QString HubProcess::executable()
{
    return QStringLiteral(CHATBUDDY_HUB_EXECUTABLE);
}

HubProcess::HubProcess(const QStringList &extraArgs, int fileLimit, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_dir.path() : dataDir)
{
    if (fileLimit > 0) {
        m_process.setChildProcessModifier([fileLimit] {
            const rlimit limit{rlim_t(fileLimit), rlim_t(fileLimit)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                     [this] { m_log += QString::fromUtf8(m_process.readAll()); });
    // Quiet on the network unless the test is about announcing.
    QStringList args{u"--data-dir"_s, m_dataDir};
    if (!extraArgs.contains(u"--announce"_s))
        args << u"--no-announce"_s;
    m_process.start(executable(), args + extraArgs);
}

HubProcess::~HubProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HubProcess::dataDir() const
{
    return m_dataDir;
}

quint16 HubProcess::waitListening(int timeoutMs)
{
    static const QRegularExpression re(u"Listening on port (\\d+)"_s);
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            match = re.match(m_log);
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

bool HubProcess::waitForLog(const QString &text, qsizetype from, int timeoutMs)
{
    const auto found = [&] {
        return m_log.indexOf(text, from) >= 0;
    };
    (void)QTest::qWaitFor([&] { return found() || m_process.state() == QProcess::NotRunning; },
                          timeoutMs);
    m_log += QString::fromUtf8(m_process.readAll()); // what came with the exit
    return found();
}

bool HubProcess::waitFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

void HubProcess::signal(int number)
{
    ::kill(pid_t(m_process.processId()), number);
}

void HubProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += QString::fromUtf8(m_process.readAll());
}

} // namespace chatbuddy::test
