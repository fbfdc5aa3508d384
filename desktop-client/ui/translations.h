// SPDX-License-Identifier: GPL-3.0-or-later
// Loads the user interface language: ChatBuddy's own strings (chatbuddy_<lang>.qm, built into
// the program under :/i18n) and Qt's (qtbase_<lang>.qm from the Qt installation, e.g. dialog
// buttons). main.cpp, the screenshot driver and the GUI tests all go through here.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace chatbuddy::ui {

// The languages ChatBuddy ships, as codes for --lang: "en" plus one per translations/*.ts.
QStringList availableLanguages();
bool isAvailableLanguage(const QString &language);

// Installs the translators for `language` (a code from availableLanguages()), or for the system
// locale when it is empty; removes the ones a previous call installed (they are children of
// `app`). English, or a system language we have no translation for, installs nothing and
// keeps the built-in English strings. Returns false only when `language` was asked for and
// its translation could not be loaded.
bool installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace chatbuddy::ui
