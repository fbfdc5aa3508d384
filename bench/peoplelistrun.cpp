// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-peoplelist's run: the profile, the client and the main window as the app makes
// them, the login, and the typing into the people list's filter (peoplelist.h).

#include "peoplelist.h"

#include "logindialog.h"
#include "mainwindow.h"

#include "client.h"
#include "history.h"
#include "hubconnection.h"
#include "peoplemodel.h"
#include "profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMetaEnum>
#include <QTest>
#include <QTimer>

#include <time.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench::peoplelist {

using client::HubConnection;

namespace {
// The list is taken as complete once nothing changed for this long: longer than the client
// waits before it watches what a search found (HubConnection::SearchSettle), so that the watch
// and the hub's answer to it are in.
constexpr std::chrono::milliseconds Quiet = HubConnection::SearchSettle + 500ms;
constexpr std::chrono::milliseconds SettleTimeout = 30s;
constexpr std::chrono::milliseconds AnswerTimeout = 10s;
} // namespace

std::optional<qint64> ownStatusKiB(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        bool ok = false;
        const qint64 kib =
            line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 cpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

Run::Run(const Options &options)
    : m_options(options)
    , m_name(u"people%1"_s.arg(QCoreApplication::applicationPid()))
{
}

// The window before the client it shows, the client before its profile.
Run::~Run()
{
    m_window.reset();
    m_login.reset();
    m_client.reset();
    m_profile.reset();
}

bool Run::exec()
{
    if (!setUp() || !logIn() || !awaitScope())
        return false;
    for (const QString &query : std::as_const(m_options.queries)) {
        if (!typeQuery(query))
            return false;
    }
    m_figures.rssKiB = ownStatusKiB("VmRSS").value_or(0);
    m_figures.peakKiB = ownStatusKiB("VmHWM").value_or(0);
    return true;
}

bool Run::setUp()
{
    if (!m_dir.isValid())
        return m_events.fail(u"cannot create a temporary folder: %1"_s.arg(m_dir.errorString()));
    auto opened = client::Profile::openAt(m_dir.filePath(u"profile"_s), u"bench"_s);
    if (!opened)
        return m_events.fail(u"cannot open a profile: %1"_s.arg(opened.error()));
    m_profile = std::move(opened).value();
    m_client = std::make_unique<client::Client>(m_profile.get());
    m_client->setDiscoveryAllowed(false); // the hub is given; nothing is asked of the network
    if (const auto listening = m_client->startListening(0); !listening)
        return m_events.fail(u"cannot listen for chats: %1"_s.arg(listening.error()));
    // Saved contacts, as after chats with them: followed live on a big hub. Their keys are
    // unknown here, so they are matched by name.
    client::History *history = m_client->history();
    for (const QString &name : std::as_const(m_options.contacts))
        history->save(history->contactFor(name, QString()).id);
    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::directorySearched, &m_events, &EventWait::notify);
    connect(hub, &HubConnection::directoryScopeChanged, &m_events, &EventWait::notify);
    connect(hub, &HubConnection::stateChanged, &m_events, &EventWait::notify);
    const auto noteChange = [this] {
        if (m_awaitingAnswer && m_firstChangeNs == 0)
            m_firstChangeNs = nowNs();
    };
    const QAbstractItemModel *people = m_client->people();
    connect(people, &QAbstractItemModel::rowsInserted, this, noteChange);
    connect(people, &QAbstractItemModel::rowsRemoved, this, noteChange);
    connect(people, &QAbstractItemModel::dataChanged, this, noteChange);
    connect(people, &QAbstractItemModel::modelReset, this, noteChange);
    return true;
}

// As main.cpp: the login dialog logs in, then the main window opens.
bool Run::logIn()
{
    HubConnection *hub = m_client->hub();
    m_login = std::make_unique<ui::LoginDialog>(m_client.get());
    m_login->setHub(m_options.hubAddress.toString(), m_options.hubPort);
    m_login->setUserName(m_name);
    bool accepted = false;
    const auto acceptance = connect(m_login.get(), &QDialog::accepted, this, [this, &accepted] {
        accepted = true;
        m_events.notify();
    });
    // Any error of the hub connection ends the run: before the login it is a refusal, after it
    // the list would no longer be what is measured.
    connect(
        hub, &HubConnection::errorOccurred, this,
        [this](HubConnection::Error error, const QString &message) {
            m_events.fail(u"hub connection: %1 (%2)"_s.arg(
                message, QString::fromLatin1(
                             QMetaEnum::fromType<HubConnection::Error>().valueToKey(int(error)))));
        });
    m_login->show();
    m_login->logIn();
    const QString hubText = u"%1:%2"_s.arg(m_options.hubAddress.toString()).arg(m_options.hubPort);
    const bool in = m_events.waitUntil([&accepted] { return accepted; }, 30s,
                                       u"the login to %1 as %2"_s.arg(hubText, m_name));
    disconnect(acceptance);
    if (!in)
        return false;
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    m_window->resize(900, 700);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return m_events.fail(u"the main window was not shown"_s);
    m_filterEdit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    m_usersView = m_window->findChild<QListView *>(u"usersView"_s);
    if (!m_filterEdit || !m_usersView)
        return m_events.fail(u"the main window has no filterEdit or usersView"_s);
    if (!hub->isOnline())
        return m_events.fail(u"logged in, but the hub connection is %1"_s.arg(
            HubConnection::stateText(hub->state())));
    say(u"logged in to %1 as %2"_s.arg(hubText, m_name));
    return true;
}

// The first `watching` says whether the list is everyone (paged in) or contacts and searches
// (directoryScopeChanged(false)); the client does not say when the pages are all in, so the
// list is taken as complete once it has been quiet for a while.
bool Run::awaitScope()
{
    if (!settle(Quiet, SettleTimeout, u"the people list to fill after login"_s))
        return false;
    const HubConnection *hub = m_client->hub();
    m_figures.online = hub->directorySize();
    m_figures.whole = hub->followsWholeDirectory();
    m_figures.loginRssKiB = ownStatusKiB("VmRSS").value_or(0);
    say(u"hub: %1 online; the list %2 (%3 rows listed)"_s.arg(m_figures.online)
            .arg(m_figures.whole ? u"follows the whole directory"_s
                                 : u"holds contacts and search results (presence-scope)"_s)
            .arg(m_usersView->model()->rowCount()));
    say(u"memory after login: RSS %1 MiB, peak %2 MiB"_s.arg(
        fixed(double(m_figures.loginRssKiB) / 1024.0),
        fixed(double(ownStatusKiB("VmHWM").value_or(0)) / 1024.0)));
    return true;
}

bool Run::typeQuery(const QString &query)
{
    if (!clearFilter())
        return false;
    std::vector<qint64> shown;
    for (const QChar c : query) {
        if (!typeKey(c, &shown))
            return false;
    }
    const auto slowest = std::max_element(shown.begin(), shown.end());
    const HubConnection *hub = m_client->hub();
    say(u"typed \"%1\": slowest keystroke %2 ms (after \"%3\"); %4 matches at the hub, %5 rows "
        "shown"_s
            .arg(query, fixed(double(*slowest) / 1e6),
                 query.left(qsizetype(slowest - shown.begin()) + 1))
            .arg(m_figures.whole ? u"-"_s : QString::number(hub->searchMatches()))
            .arg(m_usersView->model()->rowCount()));
    return true;
}

// One keystroke, timed: handled (synchronously, inside keyClick: the list filtered where it
// is, the hub's search sent), then the hub's answer in the list, then the list repainted.
bool Run::typeKey(QChar c, std::vector<qint64> *queryShownNs)
{
    const qint64 cpu0 = cpuNs();
    const qint64 t0 = nowNs();
    // keyClick() only knows ASCII; other characters come as the text of a key event.
    if (c.unicode() < 0x80)
        QTest::keyClick(m_filterEdit, c.toLatin1());
    else
        QTest::sendKeyEvent(QTest::Click, m_filterEdit, Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
    const qint64 t1 = nowNs();
    const QString text = m_filterEdit->text().trimmed();
    const HubConnection *hub = m_client->hub();
    // On a big hub the answer is in once the search is this text and the hub counted its
    // matches (searchDirectory() forgets the last count); a small hub is not searched.
    qint64 answerNs = 0;
    const auto answered = [hub, &text, &answerNs] {
        if (answerNs == 0 && (hub->followsWholeDirectory() ||
                              (hub->searchText() == text && hub->searchMatches() >= 0)))
            answerNs = nowNs();
        return answerNs != 0;
    };
    m_firstChangeNs = 0;
    m_awaitingAnswer = true;
    const bool in =
        m_events.waitUntil(answered, AnswerTimeout, u"the hub's answer to \"%1\""_s.arg(text));
    m_awaitingAnswer = false;
    if (!in)
        return false;
    const qint64 changeNs = m_firstChangeNs != 0 ? m_firstChangeNs : answerNs;
    // The view's own paint event lays out the rows the model changed first (the layout is
    // otherwise deferred to a timer), then paints the viewport: all of it before repaint()
    // returns.
    m_usersView->repaint();
    const qint64 t2 = nowNs();
    m_figures.cpuNs.push_back(cpuNs() - cpu0);
    m_figures.localNs.push_back(t1 - t0);
    m_figures.shownNs.push_back(t2 - t0);
    m_figures.waitNs.push_back(changeNs - t1);
    m_figures.applyNs.push_back(answerNs - changeNs);
    m_figures.paintNs.push_back(t2 - answerNs);
    queryShownNs->push_back(t2 - t0);
    m_figures.rowsMax = std::max(m_figures.rowsMax, m_usersView->model()->rowCount());
    idle(std::chrono::duration_cast<std::chrono::milliseconds>(
        m_options.gap - std::chrono::nanoseconds(nowNs() - t0)));
    return m_events.failure().isEmpty();
}

// Escape in the filter clears it (and ends the hub search); then the list settles: the watch
// of the contacts after the search and the hub's answer to it.
bool Run::clearFilter()
{
    if (m_filterEdit->text().isEmpty())
        return true;
    QTest::keyClick(m_filterEdit, Qt::Key_Escape);
    if (!m_filterEdit->text().isEmpty())
        return m_events.fail(u"Escape did not clear the filter"_s);
    return settle(Quiet, SettleTimeout, u"the people list to settle after clearing the filter"_s);
}

bool Run::settle(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout,
                 const QString &what)
{
    QTimer calm;
    calm.setSingleShot(true);
    bool settled = false;
    connect(&calm, &QTimer::timeout, this, [this, &settled] {
        settled = true;
        m_events.notify();
    });
    const auto changed = [&calm, quiet] {
        calm.start(quiet);
    };
    const QAbstractItemModel *people = m_client->people();
    const HubConnection *hub = m_client->hub();
    const QList<QMetaObject::Connection> links{
        connect(people, &QAbstractItemModel::rowsInserted, this, changed),
        connect(people, &QAbstractItemModel::rowsRemoved, this, changed),
        connect(people, &QAbstractItemModel::modelReset, this, changed),
        connect(people, &QAbstractItemModel::dataChanged, this, changed),
        connect(hub, &HubConnection::directorySearched, this, changed),
        connect(hub, &HubConnection::directoryScopeChanged, this, changed),
    };
    calm.start(quiet);
    const bool ok = m_events.waitUntil([&settled] { return settled; }, timeout, what);
    for (const QMetaObject::Connection &link : links)
        disconnect(link);
    return ok;
}

void Run::idle(std::chrono::milliseconds duration)
{
    if (duration > 0ms)
        m_events.spin([] { return false; }, duration);
}

} // namespace chatbuddy::bench::peoplelist
