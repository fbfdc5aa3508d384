// SPDX-License-Identifier: GPL-3.0-or-later
#include "filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <cstdio> // renameat2, RENAME_NOREPLACE (glibc 2.28)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chatbuddy::client::files {

// The context of this file's translated sentences.
class FileNames {
    Q_DECLARE_TR_FUNCTIONS(chatbuddy::client::files::FileNames)
};

namespace {

struct SplitName {
    QString stem;
    QString extension; // with its dot, or empty
};

bool isDotOrSpace(QChar c)
{
    return c == u'.' || c == u' ';
}

bool isReserved(char32_t c)
{
    return c == u'<' || c == u'>' || c == u':' || c == u'"' || c == u'/' || c == u'\\' ||
           c == u'|' || c == u'?' || c == u'*';
}

bool isDropped(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1
    case QChar::Other_Format:        // bidi controls, zero-width characters, BOM, tags
    case QChar::Other_Surrogate:     // only reachable for a lone surrogate
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

// Rules 2 and 3 of safeFileName(), one code point at a time.
QString cleanCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text[i + 1]);
            ++i;
        } else if (c.isSurrogate()) {
            continue;
        }
        if (isDropped(code))
            continue;
        if (isReserved(code))
            out += u'_';
        else if (QChar::category(code) == QChar::Separator_Space)
            out += u' ';
        else
            out += QChar::fromUcs4(code);
    }
    return out;
}

void chopTrailingDotsAndSpaces(QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && isDotOrSpace(text[end - 1]))
        --end;
    text.truncate(end);
}

QString withoutLeadingDotsAndSpaces(const QString &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && isDotOrSpace(text[begin]))
        ++begin;
    return text.sliced(begin);
}

SplitName splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype length = dot < 0 ? 0 : name.size() - dot - 1;
    if (dot < 0 || length < 1 || length > MaxExtensionChars || name.indexOf(u' ', dot) >= 0)
        return {name, {}};
    return {name.first(dot), name.sliced(dot)};
}

// Windows opens the device, not a file, for these names, whatever follows the first dot.
bool isDeviceName(const QString &name)
{
    QString base = name.section(u'.', 0, 0);
    while (base.endsWith(u' '))
        base.chop(1);
    base = base.toUpper();
    static const QStringList devices{u"CON"_s, u"PRN"_s,    u"AUX"_s,
                                     u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (devices.contains(base))
        return true;
    // COM0-COM9 and LPT0-LPT9, and the same with a superscript 1, 2 or 3.
    return base.size() == 4 && (base.startsWith(u"COM"_s) || base.startsWith(u"LPT"_s)) &&
           QStringView(u"0123456789\u00B9\u00B2\u00B3").contains(base[3]);
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3; // a pair makes 4
    }
    return bytes;
}

// The longest start of text within maxBytes of UTF-8, cut between grapheme clusters; inside
// the first cluster, between code points, only when that cluster alone is too long.
QString fitToBytes(const QString &text, qsizetype maxBytes)
{
    if (utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    qsizetype bytes = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
        const qsizetype size = utf8Size(QStringView(text).sliced(end, next - end));
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end = next;
    }
    if (end == 0) {
        while (end < text.size()) {
            const qsizetype step = text[end].isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
            const qsizetype size = utf8Size(QStringView(text).sliced(end, step));
            if (bytes + size > maxBytes)
                break;
            bytes += size;
            end += step;
        }
    }
    return text.first(end);
}

// "stem.ext" for n == 0, else "stem (n).ext", cut so that it and reserveBytes more fit.
QString numberedName(const QString &stem, const QString &extension, int n, qsizetype reserveBytes)
{
    const QString number = n == 0 ? QString() : u" (%1)"_s.arg(n);
    QString cut =
        fitToBytes(stem, MaxNameBytes - reserveBytes - utf8Size(number) - utf8Size(extension));
    if (number.isEmpty() && extension.isEmpty())
        chopTrailingDotsAndSpaces(cut);
    return cut + number + extension;
}

// A dangling symbolic link does not "exist" for QFileInfo, but it still takes the name.
bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString inFolder(const QString &folder, const QString &name)
{
    if (folder.endsWith(u'/')) // only "/" itself, canonical paths have no trailing slash
        return folder + name;
    return folder + u'/' + name;
}

bool isDirectlyIn(const QString &path, const QString &canonicalFolder)
{
    const QFileInfo info(path);
    return !info.isSymLink() && info.canonicalPath() == canonicalFolder;
}

Result<QString> canonicalFolder(const QString &folder)
{
    if (folder.isEmpty())
        return fail(FileNames::tr("No folder was chosen for received files."));
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return fail(FileNames::tr("The folder %1 does not exist.").arg(shown));
    if (!info.isDir())
        return fail(FileNames::tr("%1 is not a folder.").arg(shown));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return fail(FileNames::tr("The folder %1 does not exist.").arg(shown));
    return canonical;
}

// Renames without ever replacing `to`: 0, or the errno (EEXIST when `to` is taken).
int renameNoReplace(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    const int renamed =
        ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (renamed == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS) // else a file system without it: try a link
        return errno;
#endif
    // A new hard link never replaces a file either.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData()); // if this fails the file is saved, with a stray .part
        return 0;
    }
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
        return errno;
    // No hard links here (FAT, some network shares): check, then rename, the best there is.
    if (isTaken(to))
        return EEXIST;
    return ::rename(source.constData(), target.constData()) == 0 ? 0 : errno;
#else
    // Windows' MoveFileEx, which QFile::rename uses, does not replace a file.
    if (QFile::rename(from, to))
        return 0;
    return isTaken(to) ? EEXIST : EIO;
#endif
}

} // namespace

QString safeFileName(const QString &suggested)
{
    const qsizetype slash = std::max(suggested.lastIndexOf(u'/'), suggested.lastIndexOf(u'\\'));
    QString name = cleanCharacters(QStringView(suggested).sliced(slash + 1))
                       .normalized(QString::NormalizationForm_C);
    chopTrailingDotsAndSpaces(name);
    auto [stem, extension] = splitExtension(name);
    stem = withoutLeadingDotsAndSpaces(stem);
    if (stem.isEmpty())
        stem = u"file"_s;
    if (isDeviceName(stem + extension))
        stem.prepend(u'_');
    stem = fitToBytes(stem, MaxNameBytes - utf8Size(extension));
    if (extension.isEmpty())
        chopTrailingDotsAndSpaces(stem);
    return stem + extension;
}

Result<Claimed> claimTarget(const QString &folder, const QString &name, const QString &partSuffix)
{
    const QString probe = u"x"_s + partSuffix;
    if (partSuffix.isEmpty() || safeFileName(probe) != probe)
        return fail(u"%1 cannot end a file name"_s.arg(partSuffix));
    const Result<QString> dir = canonicalFolder(folder);
    if (!dir)
        return fail(dir.error());

    const QString safe = safeFileName(name);
    const auto [stem, extension] = splitExtension(safe);
    const qsizetype reserve = utf8Size(partSuffix);
    for (int n = 0; n <= MaxCopies; ++n) {
        const QString finalPath = inFolder(*dir, numberedName(stem, extension, n, reserve));
        const QString partPath = finalPath + partSuffix;
        if (isTaken(finalPath) || isTaken(partPath))
            continue;
        auto part = std::make_unique<QFile>(partPath);
        // NewOnly is O_CREAT|O_EXCL: it fails on anything there, a symbolic link included.
        if (part->open(QIODevice::ReadWrite | QIODevice::NewOnly)) {
            if (!isDirectlyIn(partPath, *dir)) { // cannot happen with a safe name; make sure
                part->remove();
                return fail(
                    FileNames::tr("The file %1 would not be inside %2.")
                        .arg(QDir::toNativeSeparators(partPath), QDir::toNativeSeparators(*dir)));
            }
            return Claimed{safe, finalPath, partPath, std::move(part)};
        }
        if (isTaken(partPath)) // someone else took it since we looked
            continue;
        return fail(FileNames::tr("Cannot save a file in %1: %2")
                        .arg(QDir::toNativeSeparators(*dir), part->errorString()));
    }
    return fail(FileNames::tr("There are already too many files called %1 in %2.")
                    .arg(stem + extension, QDir::toNativeSeparators(*dir)));
}

Result<QString> finishTarget(Claimed &claimed)
{
    if (claimed.part)
        claimed.part->close();
    const QFileInfo partInfo(claimed.partPath);
    if (partInfo.isSymLink() || !partInfo.isFile())
        return fail(FileNames::tr("The received file %1 is missing or was replaced.")
                        .arg(QDir::toNativeSeparators(claimed.partPath)));
    const QString dir = partInfo.canonicalPath();
    const QString source = inFolder(dir, partInfo.fileName());
    const QString suffix = claimed.partPath.sliced(claimed.partPath.startsWith(claimed.finalPath)
                                                       ? claimed.finalPath.size()
                                                       : claimed.partPath.size());
    const QFileInfo finalInfo(claimed.finalPath);
    const QString claimedName = finalInfo.fileName();
    if (suffix.isEmpty() || QFileInfo(finalInfo.absolutePath()).canonicalFilePath() != dir ||
        safeFileName(claimedName) != claimedName)
        return fail(u"%1 and %2 are not a claim"_s.arg(claimed.finalPath, claimed.partPath));

    // The claimed name first; if it was taken meanwhile, the next free one as claimTarget
    // would choose it (so "photo (1).jpg" is followed by "photo (2).jpg").
    const auto [stem, extension] = splitExtension(safeFileName(claimed.name));
    for (int n = -1; n <= MaxCopies; ++n) {
        const QString name =
            n < 0 ? claimedName : numberedName(stem, extension, n, utf8Size(suffix));
        if (n >= 0 && (name == claimedName || isTaken(inFolder(dir, name + suffix))))
            continue; // tried first, or another transfer's name
        const QString target = inFolder(dir, name);
        const int error = renameNoReplace(source, target);
        if (error == 0)
            return target;
        if (error != EEXIST)
            return fail(FileNames::tr("Cannot save %1: %2")
                            .arg(QDir::toNativeSeparators(target), qt_error_string(error)));
    }
    return fail(FileNames::tr("There are already too many files called %1 in %2.")
                    .arg(stem + extension, QDir::toNativeSeparators(dir)));
}

Result<Claimed> reopenTarget(const QString &partPath, const QString &name,
                             const QString &partSuffix)
{
    if (!partPath.endsWith(partSuffix) || partPath.size() == partSuffix.size())
        return fail(u"%1 is not a part file"_s.arg(partPath));
    // O_NOFOLLOW: a symbolic link planted under the .part name since is never followed.
    const int fd = ::open(QFile::encodeName(partPath).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(FileNames::tr("%1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(partPath),
                             QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(FileNames::tr("%1 is not a plain file any more.")
                        .arg(QDir::toNativeSeparators(partPath)));
    }
    auto part = std::make_unique<QFile>();
    if (!part->open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(FileNames::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(partPath)));
    }
    return Claimed{safeFileName(name), partPath.chopped(partSuffix.size()), partPath,
                   std::move(part)};
}

} // namespace chatbuddy::client::files
