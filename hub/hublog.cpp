// SPDX-License-Identifier: GPL-3.0-or-later
#include "hublog.h"

namespace chatbuddy::hub {
Q_LOGGING_CATEGORY(lcHub, "chatbuddy.hub", QtInfoMsg)
} // namespace chatbuddy::hub
