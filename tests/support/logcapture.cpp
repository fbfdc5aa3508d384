// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <QMutex>

namespace chatbuddy::test {

namespace {
QMutex mutex;
QStringList captured;
QtMessageHandler previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        captured.append(message);
    }
    if (previous)
        previous(type, context, message);
}
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&mutex);
    captured.clear();
    previous = qInstallMessageHandler(record);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
    QMutexLocker lock(&mutex);
    captured.clear();
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&mutex);
    return captured;
}

bool LogCapture::contains(const QStringList &fragments) const
{
    const QStringList all = lines();
    for (const QString &line : all) {
        bool every = true;
        for (const QString &fragment : fragments)
            every = every && line.contains(fragment);
        if (every)
            return true;
    }
    return false;
}

} // namespace chatbuddy::test
