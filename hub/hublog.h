// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace chatbuddy::hub {
// Human-readable service log: start, connections, joins, leaves, refusals, shutdown.
Q_DECLARE_LOGGING_CATEGORY(lcHub)
} // namespace chatbuddy::hub
