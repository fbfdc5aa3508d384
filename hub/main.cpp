// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-hub: the directory service. All logic lives in libchatbuddy-hub.

#include "hubcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The glib event dispatcher costs O(sockets) per notifier change; with thousands of
    // clients Qt's own Unix dispatcher is far cheaper (docs/performance.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    return chatbuddy::hub::runHub(app);
}
