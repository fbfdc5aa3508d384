// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnails.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

QImage thumbnails::read(const QString &path, const QSize &box)
{
    QImageReader reader(path);
    reader.setAllocationLimit(AllocationLimitMiB);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true); // the name is the sender's word, the bytes are not
    if (!reader.canRead())
        return {};
    const QSize size = reader.size();
    // A picture that says it is huge is not decoded at all (a bomb is small on disk).
    const bool scalable = reader.supportsOption(QImageIOHandler::ScaledSize);
    if (!size.isValid() || size.isEmpty() ||
        qint64(size.width()) * size.height() > (scalable ? ScalableMaxPixels : MaxPixels))
        return {};
    const QSize wanted = size.width() <= box.width() && size.height() <= box.height()
                             ? size
                             : size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    if (scalable)
        reader.setScaledSize(wanted);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return image.size() == wanted
               ? image
               : image.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

ThumbnailLoader *ThumbnailLoader::instance()
{
    // Lives as long as the application: workers may post to it at any time.
    static QPointer<ThumbnailLoader> loader;
    if (!loader)
        loader = new ThumbnailLoader(qApp);
    return loader;
}

void ThumbnailLoader::request(const QString &path, const QSize &box)
{
    QThreadPool::globalInstance()->start([this, path, box] {
        const QImage image = thumbnails::read(path, box);
        QMetaObject::invokeMethod(
            this, [this, path, image] { Q_EMIT ready(path, image); }, Qt::QueuedConnection);
    });
}

ImageViewer::ImageViewer(const QString &path, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"imageViewer"_s);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    const QScreen *screen = parent ? parent->screen() : QApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.85 : QSize(1200, 900);
    m_image = thumbnails::read(path, room);
    auto *label = new QLabel(this);
    label->setObjectName(u"imageLabel"_s);
    label->setAlignment(Qt::AlignCenter);
    if (m_image.isNull())
        label->setText(tr("This picture cannot be shown."));
    else
        label->setPixmap(QPixmap::fromImage(m_image));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    if (!m_image.isNull())
        resize(m_image.size().boundedTo(room) + QSize(40, 80));
}

} // namespace chatbuddy::ui
