// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-hub: the directory service. All logic lives in libchatbuddy-hub.

#include "hubcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return chatbuddy::hub::runHub(app);
}
