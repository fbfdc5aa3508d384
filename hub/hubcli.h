// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The chatbuddy-hub command line: options, logging, signals, exit codes.

class QCoreApplication;

namespace chatbuddy::hub {

// Parses the command line of app, runs the hub until SIGINT/SIGTERM and returns the exit
// code: 0 after a clean stop, 1 when it cannot start, 2 for bad options.
int runHub(QCoreApplication &app);

// Raises the soft open-files limit to the hard limit; returns the new soft limit.
long raiseFileLimit();

} // namespace chatbuddy::hub
