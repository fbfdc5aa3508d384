// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names and places for files a peer sends: the sender's name is only a suggestion, and a
// received file never overwrites anything or lands outside the folder it is saved in.

#include "result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace chatbuddy::client::files {

// NAME_MAX of Linux and macOS file systems, counted in UTF-8 bytes.
inline constexpr qsizetype MaxNameBytes = 255;
// A last ".xyz" of at most this many characters (after the dot, no spaces) is an extension:
// kept when a name is cut or replaced, and the " (n)" of a taken name goes before it.
inline constexpr qsizetype MaxExtensionChars = 16;
// claimTarget() tries "name.ext", "name (1).ext" ... "name (MaxCopies).ext", then gives up.
inline constexpr int MaxCopies = 9999;

// A file name that is safe to create in any folder on Linux, macOS and Windows, made from the
// name a sender suggested. Never empty; the same name comes back when given to it again.
// The rules, in order:
//  1. Only the last path component counts: what follows the last '/' or '\'
//     ("../../etc/passwd" -> "passwd", "C:\x.exe" -> "x.exe", "dir/" -> "file").
//  2. Dropped: unpaired surrogates; control characters (C0, DEL, C1); format characters
//     (category Cf), which include the bidi marks and controls U+200E/F, U+202A-U+202E and
//     U+2066-U+2069, zero-width spaces and joiners (so emoji joined by U+200D come apart)
//     and U+FEFF; line and paragraph separators. "invoice\u202Egnp.exe" -> "invoicegnp.exe".
//  3. Other spaces (no-break, em, ideographic...) become a plain space, so rules 6 and 7 see
//     them; the characters Windows or macOS reserve, < > : " / \ | ? *, become '_'.
//  4. Unicode NFC, so the same name typed on macOS (NFD) and elsewhere is the same file.
//  5. Trailing dots and spaces go (Windows drops them silently).
//  6. Leading dots and spaces go: no hidden files, no "." or "..".
//  7. If nothing is left before the extension, the name is "file" plus that extension
//     ("..pdf" -> "file.pdf", ".bashrc" -> "file.bashrc"); if nothing is left at all, "file".
//  8. A Windows device name (CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0-COM9, LPT0-LPT9 and
//     COM/LPT with a superscript 1-3), in any case, as the whole name or before the first dot
//     ("con.txt", "LPT1.tar.gz"), gets a leading '_'.
//  9. At most MaxNameBytes bytes of UTF-8: the part before the extension is cut between
//     grapheme clusters (between code points only when one cluster alone is too long), so
//     no character or surrogate pair is ever split and the extension stays.
QString safeFileName(const QString &suggested);

// A place claimed for one incoming file. The .part file exists (empty, created by
// claimTarget) and is open for writing; finalPath did not exist when it was claimed.
struct Claimed {
    QString name;                // the safe name asked for: finishTarget numbers it if need be
    QString finalPath;           // where the file goes once complete (see finishTarget)
    QString partPath;            // finalPath + the part suffix: where it is written meanwhile
    std::unique_ptr<QFile> part; // partPath, open to read and write; owned by the caller
};

// Claims the first free name among safeFileName(name), "stem (1).ext", "stem (2).ext" ...
// in folder, where free means that neither the name nor the name + partSuffix exists (a
// dangling symbolic link counts as existing), and creates the .part file with
// QIODevice::NewOnly (O_CREAT|O_EXCL): two transfers racing for a name never get the same
// one, an existing file is never truncated, and a symbolic link planted under the .part name
// is never followed. Names are cut so that the .part name too fits in MaxNameBytes. Both paths
// are directly inside the canonical form of folder (symbolic links in folder itself are
// resolved first). Errors (no such folder, not a folder, no permission, read-only or full file
// system, every name taken) are a sentence for the user.
Result<Claimed> claimTarget(const QString &folder, const QString &name,
                            const QString &partSuffix = QStringLiteral(".part"));

// Closes claimed.part (flushing what was written) and gives the .part file its final name
// without ever replacing a file: finalPath if it is still free, or else the next free name
// claimTarget would pick for claimed.name ("photo (1).jpg" taken meanwhile is followed by
// "photo (2).jpg"; a name whose .part file exists counts as taken). Returns the path the file
// now has. partPath must still be a regular file, not a symbolic link.
Result<QString> finishTarget(Claimed &claimed);

// The place claimed for a file whose transfer was cut (a lost link, a quit, a crash): its
// .part file opened again for reading and writing, never through a symbolic link, and only if
// it is still a regular file. name is the safe name it was claimed for.
Result<Claimed> reopenTarget(const QString &partPath, const QString &name,
                             const QString &partSuffix = QStringLiteral(".part"));

} // namespace chatbuddy::client::files
