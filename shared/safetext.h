// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text from the network made safe for a log line or an error message: nobody can start a
// fake log line or send terminal escape codes through a name, a type or a certificate.

#include <QString>
#include <QStringView>

namespace chatbuddy {

// The text in double quotes, cut after maxChars characters (then "..." follows the closing
// quote), with control characters (C0, DEL, C1), line and paragraph separators and
// bidirectional overrides written as \xNN or \uNNNN, and '"' and '\' escaped.
QString quoted(QStringView text, qsizetype maxChars = 64);
// The same escaping without quotes or a length cut, for whole log messages.
QString escapeControls(QStringView text);

} // namespace chatbuddy
