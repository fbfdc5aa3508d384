// SPDX-License-Identifier: GPL-3.0-or-later
// The settings' Files box: where received files go, the largest one taken, and files from
// verified contacts taken without asking up to a size.
#include "settingsdialog.h"

#include "client.h"
#include "settings.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {
constexpr int MaxMiB = 1024 * 1024; // 1 TiB, the protocol's largest file
}

QGroupBox *SettingsDialog::createFilesBox()
{
    auto *box = new QGroupBox(tr("Files"), this);
    m_folderEdit = new QLineEdit(box);
    m_folderEdit->setObjectName(u"downloadFolderEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), box);
    browse->setObjectName(u"downloadFolderButton"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Save Received Files In"), QDir::fromNativeSeparators(m_folderEdit->text()));
        if (!folder.isEmpty())
            m_folderEdit->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Save &in:"), box);
    folderLabel->setBuddy(m_folderEdit);

    const auto mibSpin = [box](const QString &objectName, const QString &zero) {
        auto *spin = new QSpinBox(box);
        spin->setObjectName(objectName);
        spin->setRange(0, MaxMiB);
        spin->setSuffix(tr(" MiB"));
        spin->setSpecialValueText(zero);
        spin->setAccelerated(true);
        return spin;
    };
    m_sizeLimitSpin = mibSpin(u"fileSizeLimitSpin"_s, tr("No limit"));
    auto *limitLabel = new QLabel(tr("Lar&gest file:"), box);
    limitLabel->setBuddy(m_sizeLimitSpin);
    m_autoAcceptSpin = mibSpin(u"autoAcceptSpin"_s, tr("Always ask"));
    auto *autoLabel = new QLabel(tr("Save &without asking:"), box);
    autoLabel->setBuddy(m_autoAcceptSpin);

    auto *form = new QFormLayout(box);
    form->addRow(folderLabel, folderRow);
    form->addRow(limitLabel, m_sizeLimitSpin);
    form->addRow(autoLabel, m_autoAcceptSpin);
    form->addRow(new QLabel(tr("Files from verified contacts up to “Save without asking” are "
                               "saved at once. Files over “Largest file” are declined, and the "
                               "sender is told."),
                            box));
    form->itemAt(form->rowCount() - 1, QFormLayout::SpanningRole)
        ->widget()
        ->setProperty("wordWrap", true);
    return box;
}

void SettingsDialog::loadFiles()
{
    const client::Settings &settings = m_client->settings();
    m_folderEdit->setText(QDir::toNativeSeparators(settings.downloadFolder()));
    m_sizeLimitSpin->setValue(int(std::min<qint64>(settings.fileSizeLimitMiB(), MaxMiB)));
    m_autoAcceptSpin->setValue(int(std::min<qint64>(settings.autoAcceptMiB(), MaxMiB)));
}

void SettingsDialog::applyFiles()
{
    client::Settings &settings = m_client->settings();
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    if (!folder.isEmpty() && folder != settings.downloadFolder())
        settings.setDownloadFolder(folder);
    settings.setFileSizeLimitMiB(m_sizeLimitSpin->value());
    settings.setAutoAcceptMiB(m_autoAcceptSpin->value());
}

} // namespace chatbuddy::ui
