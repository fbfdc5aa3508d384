// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace chatbuddy::ui {

// ChatBuddy's icon: the installed theme icon if there is one, else packaging/'s SVG (built in).
QIcon appIcon();

} // namespace chatbuddy::ui
