// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared bits of the libFuzzer targets in tests/fuzz: invariant checks that crash (so
// libFuzzer saves the input), a quiet Qt, and the one QCoreApplication of the process.

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace chatbuddy::fuzz {

// Prints what broke and aborts; libFuzzer reports the crash and writes the reproducer.
[[noreturn]] inline void violated(const char *condition, const char *file, int line,
                                  const QString &detail = {})
{
    std::fprintf(stderr, "\n*** fuzz invariant violated: %s\n    at %s:%d\n", condition, file,
                 line);
    if (!detail.isEmpty())
        std::fprintf(stderr, "    %s\n", qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

// Qt logging costs time and drowns libFuzzer's output: everything below fatal is dropped
// unless CHATBUDDY_FUZZ_VERBOSE is set (handy when replaying one reproducer). Q_ASSERT and
// qFatal still abort.
inline void quietQt()
{
    if (qEnvironmentVariableIsSet("CHATBUDDY_FUZZ_VERBOSE"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(text));
            std::fflush(stderr);
        }
    });
}

// The process's QCoreApplication (timers, plugins and QObject machinery need one).
inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "chatbuddy-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        quietQt();
        return new QCoreApplication(argc, argv); // lives as long as the process
    }();
    return *app;
}

} // namespace chatbuddy::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::chatbuddy::fuzz::violated(#condition, __FILE__, __LINE__);                           \
    } while (false)

// As FUZZ_CHECK, with a QString printed when it fails.
#define FUZZ_CHECK_MSG(condition, detail)                                                          \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::chatbuddy::fuzz::violated(#condition, __FILE__, __LINE__, (detail));                 \
    } while (false)
