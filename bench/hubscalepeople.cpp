// SPDX-License-Identifier: GPL-3.0-or-later
// The people-list phase of chatbuddy-bench-hubscale: with the crowd held, the desktop client's
// benchmark (chatbuddy-bench-peoplelist, peoplelist.h) logs in to the same hub as a real user,
// with crowd names as contacts, and types crowd names into the people list's filter. Its lines
// are passed on as they come; its `result` line goes into the summary, next to the goals.

#include "hubscalecontacts.h"
#include "hubscalecontrol.h"

#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::hubscale {

namespace {

constexpr int Queries = 4;   // crowd names typed in full
constexpr int Contacts = 20; // crowd names saved as contacts
constexpr int GapMs = 150;   // between keystrokes: a brisk typist
// The goals for the people list on a big hub.
constexpr double KeystrokeGoalMs = 16.0;        // a keystroke answered within one frame
constexpr qint64 MemoryGoalBytes = 100'000'000; // client memory under 100 MB

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value); // 19,000
}

std::optional<PeopleListFigures> parseResult(const QString &line)
{
    QHash<QString, QString> values;
    for (const QString &word : line.split(u' ', Qt::SkipEmptyParts).mid(1)) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals > 0)
            values.insert(word.left(equals), word.mid(equals + 1));
    }
    bool ok = true;
    const auto number = [&values, &ok](const QString &key) {
        bool parsed = false;
        const double value = values.value(key).toDouble(&parsed);
        ok = ok && parsed;
        return value;
    };
    PeopleListFigures figures;
    figures.keystrokes = int(number(u"keystrokes"_s));
    figures.localP50 = number(u"local_p50"_s);
    figures.localP99 = number(u"local_p99"_s);
    figures.localMax = number(u"local_max"_s);
    figures.shownP50 = number(u"shown_p50"_s);
    figures.shownP99 = number(u"shown_p99"_s);
    figures.shownMax = number(u"shown_max"_s);
    figures.rowsMax = int(number(u"rows_max"_s));
    figures.loginRssKiB = qint64(number(u"login_rss_kib"_s));
    figures.rssKiB = qint64(number(u"rss_kib"_s));
    figures.peakKiB = qint64(number(u"peak_kib"_s));
    figures.online = int(number(u"online"_s));
    figures.whole = number(u"whole"_s) != 0;
    figures.cpuP50 = number(u"cpu_p50"_s);
    figures.cpuMax = number(u"cpu_max"_s);
    return ok ? std::optional(figures) : std::nullopt;
}

} // namespace

// Crowd names, distinct, drawn with a fixed seed so that runs of the same size type the same.
QStringList Controller::peopleListArguments() const
{
    const ContactPlan plan(0, m_options.sessions, m_options.workers, 0);
    QRandomGenerator draws(20'240'601);
    std::vector<int> picks;
    const int wanted = std::min(Queries + Contacts, m_options.sessions);
    while (int(picks.size()) < wanted) {
        const int g = int(draws.bounded(m_options.sessions));
        if (std::find(picks.begin(), picks.end(), g) == picks.end())
            picks.push_back(g);
    }
    QStringList queries, contacts;
    for (size_t i = 0; i < picks.size(); ++i)
        (i < size_t(Queries) ? queries : contacts)
            .append(QString::fromLatin1(plan.crowdName(picks[i])));
    QStringList arguments{u"--hub-port"_s,    QString::number(m_hub.port()),
                          u"--hub-address"_s, u"127.0.0.1"_s,
                          u"--queries"_s,     queries.join(u','),
                          u"--gap-ms"_s,      QString::number(GapMs)};
    if (!contacts.isEmpty())
        arguments += {u"--contacts"_s, contacts.join(u',')};
    return arguments;
}

// Over 50 lines: start, pass the lines on, wait, then tell apart a skip, a failure of the
// client (the run goes on, and fails at the end) and a failure of the run itself.
bool Controller::measurePeopleList()
{
    if (m_options.clientPath.isEmpty())
        return true; // --no-client
    const QFileInfo file(m_options.clientPath);
    if (!file.isFile() || !file.isExecutable()) {
        m_peopleListNote =
            u"no chatbuddy-bench-peoplelist at %1 (build it, or pass --client PATH)"_s.arg(
                m_options.clientPath);
        if (m_options.clientGiven) {
            m_peopleListFailed = true;
            return true;
        }
        say(u"people list: skipped: %1"_s.arg(m_peopleListNote));
        return true;
    }
    const QStringList arguments = peopleListArguments();
    say(u"people list: %1 %2"_s.arg(m_options.clientPath, arguments.join(u' ')));
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    QStringList tail; // its last lines, for a failure's message
    bool ended = false;
    connect(&client, &QProcess::readyReadStandardOutput, this,
            [this, &client, &output, &tail] { readPeopleList(client, &output, &tail); });
    connect(&client, &QProcess::finished, this, [this, &ended] {
        ended = true;
        m_events.notify();
    });
    connect(&client, &QProcess::errorOccurred, this, [this, &ended](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            ended = true;
            m_events.notify();
        }
    });
    client.start(m_options.clientPath, arguments);
    // Its own waits are bounded (10 s for an answer, 30 s for the list to settle): this
    // only catches a client that hangs.
    const qsizetype keystrokes = arguments.at(arguments.indexOf(u"--queries"_s) + 1).size();
    const auto timeout = 120s + Queries * 30s + keystrokes * (GapMs * 1ms + 10s);
    if (!waitUntil([&ended] { return ended; }, timeout, u"the people-list client"_s)) {
        client.kill();
        client.waitForFinished(5000);
        return false;
    }
    readPeopleList(client, &output, &tail);
    if (!output.isEmpty())
        tail.append(QString::fromUtf8(output));
    const auto result = std::find_if(tail.crbegin(), tail.crend(), [](const QString &line) {
        return line.startsWith(u"result "_s);
    });
    if (client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0 &&
        result != tail.crend()) {
        m_peopleList = parseResult(*result);
        if (m_peopleList)
            return true;
    }
    m_peopleListFailed = true;
    m_peopleListNote = u"the people-list client failed (%1): %2"_s.arg(
        client.error() == QProcess::FailedToStart    ? client.errorString()
        : client.exitStatus() == QProcess::CrashExit ? u"crashed"_s
                                                     : u"exit code %1"_s.arg(client.exitCode()),
        tail.isEmpty() ? u"no output"_s : tail.constLast());
    say(u"people list: %1"_s.arg(m_peopleListNote));
    return true;
}

// Each complete line, indented; the last ones are kept for the result and for errors.
void Controller::readPeopleList(QProcess &client, QByteArray *output, QStringList *tail)
{
    *output += client.readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype nl = output->indexOf('\n', start); nl >= 0; nl = output->indexOf('\n', start)) {
        const QString line = QString::fromUtf8(output->mid(start, nl - start));
        say(u"  "_s + line);
        tail->append(line);
        start = nl + 1;
    }
    output->remove(0, start);
    while (tail->size() > 20)
        tail->removeFirst();
}

void Controller::printPeopleList() const
{
    if (!m_peopleList) {
        if (!m_peopleListNote.isEmpty())
            say(u"people list (client)       %1"_s.arg(m_peopleListNote));
        return;
    }
    const PeopleListFigures &p = *m_peopleList;
    const bool p99Met = p.shownP99 <= KeystrokeGoalMs;
    const bool maxMet = p.shownMax <= KeystrokeGoalMs;
    const QString keystrokeGoal = p99Met && maxMet ? u"met (p99 and max)"_s
                                  : p99Met         ? u"met at p99, missed at max"_s
                                                   : u"missed"_s;
    say(u"people list (client)       %1 online, %2; %3 keystrokes, %4 rows shown at most"_s
            .arg(count(p.online))
            .arg(p.whole ? u"whole directory listed"_s : u"contacts + hub search"_s)
            .arg(p.keystrokes)
            .arg(p.rowsMax));
    say(u"keystroke → list shown     p50 %1 / p99 %2 / max %3 ms (handled here: p50 %4 / p99 "
        "%5 / max %6 ms); goal: answered within %7 ms: %8"_s
            .arg(fixed(p.shownP50), fixed(p.shownP99), fixed(p.shownMax), fixed(p.localP50),
                 fixed(p.localP99), fixed(p.localMax), fixed(KeystrokeGoalMs, 0))
            .arg(keystrokeGoal));
    say(u"  client CPU per keystroke p50 %1 / max %2 ms (the rest of the time it waits: the hub, "
        "or the other processes on this machine)"_s.arg(fixed(p.cpuP50), fixed(p.cpuMax)));
    const bool memoryMet = p.peakKiB * 1024 < MemoryGoalBytes;
    say(u"client memory              peak %1 MiB (%2 MB), RSS %3 MiB after login, %4 MiB after "
        "typing; goal: under 100 MB: %5"_s.arg(
            fixed(double(p.peakKiB) / 1024.0), fixed(double(p.peakKiB) * 1024.0 / 1e6, 1),
            fixed(double(p.loginRssKiB) / 1024.0), fixed(double(p.rssKiB) / 1024.0),
            memoryMet ? u"met"_s : u"missed"_s));
}

} // namespace chatbuddy::bench::hubscale
