// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-peoplelist: the desktop client's people list on a (big) hub. The real client
// and main window, offscreen, log in to a running hub on loopback; names are typed into the
// filter one character at a time at a typist's pace, and every keystroke is timed until the list
// is repainted with the hub's answer. peoplelist.cpp has the command line and the report,
// peoplelistrun.cpp the window and the typing. chatbuddy-bench-hubscale runs it against its
// crowd and parses its last line (hubscalepeople.cpp):
//
//   result keystrokes=N local_p50=MS local_p99=MS local_max=MS shown_p50=MS shown_p99=MS
//          shown_max=MS rows_max=R login_rss_kib=K rss_kib=K peak_kib=K online=N whole=0|1
//          cpu_p50=MS cpu_max=MS
//
// (one line). local: the keystroke handled (the list filtered where it is, the hub asked);
// shown: from the keystroke to the list repainted with the hub's answer; cpu: this process's
// CPU time over the same span.

#include "benchsupport.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QLineEdit;
class QListView;

namespace chatbuddy::client {
class Client;
class Profile;
} // namespace chatbuddy::client

namespace chatbuddy::ui {
class LoginDialog;
class MainWindow;
} // namespace chatbuddy::ui

namespace chatbuddy::bench::peoplelist {

struct Options {
    QHostAddress hubAddress{QHostAddress::LocalHost};
    quint16 hubPort = 0;
    QStringList queries;                // typed one character at a time, the filter cleared before
    std::chrono::milliseconds gap{150}; // from one keystroke to the next
    QStringList contacts;               // saved contacts in the history before login
};

// What one run measured; printed by report().
struct Figures {
    std::vector<qint64> localNs; // keystroke → handled (filtered here, hub asked)
    std::vector<qint64> shownNs; // keystroke → list repainted with the hub's answer
    // shown in parts: handled → the people list's first change for the answer (the hub's round
    // trip), → the answer all in (the client applying it), → repainted.
    std::vector<qint64> waitNs, applyNs, paintNs;
    // This process's CPU time over the same span: what is not CPU is waiting (the hub, or other
    // processes on a busy machine).
    std::vector<qint64> cpuNs;
    int rowsMax = 0;   // most rows the list showed after a keystroke
    int online = 0;    // the hub's directorySize() after login
    bool whole = true; // the list followed the whole directory
    qint64 loginRssKiB = 0, rssKiB = 0, peakKiB = 0;
};

// One run: profile, client, login, window, typing. Owns everything it makes.
class Run : public QObject {
public:
    explicit Run(const Options &options);
    ~Run() override;
    // Runs to the end; false after the failure was recorded (failure()).
    bool exec();
    QString failure() const { return m_events.failure(); }
    const Figures &figures() const { return m_figures; }

private:
    bool setUp();
    bool logIn();
    bool awaitScope();
    bool typeQuery(const QString &query);
    bool typeKey(QChar c, std::vector<qint64> *queryShownNs);
    bool clearFilter();
    // Waits until the people list and the hub's directory have not changed for `quiet`.
    bool settle(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout,
                const QString &what);
    // Runs the event loop for `duration` (the rest of a gap between keystrokes).
    void idle(std::chrono::milliseconds duration);

    Options m_options;
    EventWait m_events;
    QTemporaryDir m_dir;
    QString m_name; // ours at the hub: fresh for every run
    // Destroyed in reverse: window, login, client, profile.
    std::unique_ptr<client::Profile> m_profile;
    std::unique_ptr<client::Client> m_client;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<ui::MainWindow> m_window;
    QLineEdit *m_filterEdit = nullptr; // in m_window
    QListView *m_usersView = nullptr;  // in m_window
    bool m_awaitingAnswer = false;     // between a keystroke handled and its answer in
    qint64 m_firstChangeNs = 0;        // the people list's first change meanwhile; 0: none
    Figures m_figures;
};

// "VmRSS" or "VmHWM" of this process in KiB, from /proc/self/status.
std::optional<qint64> ownStatusKiB(const QByteArray &field);
// Nanoseconds on the monotonic clock.
qint64 nowNs();
// This process's CPU time (all threads) in nanoseconds.
qint64 cpuNs();

} // namespace chatbuddy::bench::peoplelist
