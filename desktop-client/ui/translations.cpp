// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {
const QString ResourceDir = u":/i18n"_s;

// Translators this module installed, so a second call (a test switching languages) replaces
// them instead of stacking up. QPointer: the application owns and may delete them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool load(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, u"_"_s, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(ResourceDir).entryList({u"chatbuddy_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(qsizetype(sizeof("chatbuddy_") - 1)).chopped(3);
        if (!code.contains(u'_')) // chatbuddy_qt_hi.qm: Qt's strings, not a language of ours
            languages.append(code);
    }
    languages.sort();
    return languages;
}

bool isAvailableLanguage(const QString &language)
{
    return availableLanguages().contains(language);
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return language.isEmpty() || language == u"en"_s;

    if (!load(app, locale, u"chatbuddy"_s, ResourceDir))
        return language.isEmpty(); // a system language we do not have: stay English

    // Qt's own strings (OK, Cancel, Close, the text field menu). Debian ships no Hindi
    // qtbase translation; our chatbuddy_qt_<lang> covers the few Qt strings ChatBuddy shows.
    if (!load(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        load(app, locale, u"chatbuddy_qt"_s, ResourceDir);
    return true;
}

} // namespace chatbuddy::ui
