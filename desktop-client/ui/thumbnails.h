// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pictures in the conversation: a file that is an image is shown small, decoded off the GUI
// thread with an allocation limit, so a decompression bomb or a broken image is shown as a
// plain file, never a crash or a memory spike; a click opens it full size (ImageViewer).

#include <QDialog>
#include <QImage>
#include <QObject>
#include <QSize>

namespace chatbuddy::ui {

namespace thumbnails {
// Decoding never allocates more than this (QImageReader::setAllocationLimit), in MiB.
inline constexpr int AllocationLimitMiB = 64;
// Pictures that say they are larger are refused before any decoding: formats that decode
// straight to a smaller size (JPEG) up to ScalableMaxPixels, the others (PNG, GIF, ...) up to
// MaxPixels (64 MiB as 32-bit pixels).
inline constexpr qint64 MaxPixels = 16'000'000;
inline constexpr qint64 ScalableMaxPixels = 200'000'000;

// Reads path as a picture no larger than box (smaller ones keep their size); a null image if
// it is not a picture this build can read, is broken, or is too large to decode safely.
QImage read(const QString &path, const QSize &box);
} // namespace thumbnails

// Decodes thumbnails on a worker thread, one app-wide instance; ready() comes on the GUI
// thread.
class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    static ThumbnailLoader *instance();
    void request(const QString &path, const QSize &box);

Q_SIGNALS:
    // image is null when path is not a picture that can be shown.
    void ready(const QString &path, const QImage &image);

private:
    using QObject::QObject;
};

// A picture full size (scaled down to the screen), in its own window.
class ImageViewer : public QDialog {
    Q_OBJECT
public:
    ImageViewer(const QString &path, const QString &title, QWidget *parent = nullptr);
    bool hasImage() const { return !m_image.isNull(); }

private:
    QImage m_image;
};

} // namespace chatbuddy::ui
