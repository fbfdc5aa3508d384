// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chatbuddy::ui {

// The bottom of a chat: a hint line, the line to type in, Send, End chat and, once the chat
// has ended, Chat again. Typing "EOM" alone is the shortcut for End chat, as in the original
// ChatBuddy; a message over the size limit is flagged while it is typed.
class ChatInput : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Waiting, Active, Blocked, Ended, Offline };

    explicit ChatInput(QWidget *parent = nullptr);

    // What the row offers: typing (Active; Offline: typing to someone offline, no chat to
    // end), nothing yet (Waiting), a changed key to accept
    // first (Blocked), or Chat again (Ended; againLabel names the button, none: no button;
    // typeToRestart: what is typed starts a new chat, againWithTextRequested()).
    void setMode(Mode mode, const QString &placeholder, const QString &againLabel = {},
                 bool typeToRestart = false);
    // A short line above the input, e.g. "Bob is not online right now."; empty hides it.
    void showHint(const QString &text, bool isError = false);
    void clearText();
    // Focus on the input, else on Chat again; returns false when neither can take it.
    bool focusInput();
    bool inputHasFocus() const;
    // The last control in Tab order, for the widget that comes after this row.
    QWidget *lastInFocusChain() const;
    // Send file… (and pasting files or pictures) is offered.
    void setFilesEnabled(bool enabled);

Q_SIGNALS:
    void sendRequested(const QString &text);
    // The user changed the text (typing, pasting, deleting; not clearText()).
    void textEdited(const QString &text);
    void endRequested();
    void againRequested();
    // Enter in an ended chat: start a new one and send text in it.
    void againWithTextRequested(const QString &text);
    void fileRequested(); // Send file…
    // Ctrl+V with files (copied in a file manager) or a picture on the clipboard.
    void filesPasted(const QStringList &paths);
    void picturePasted(const QImage &image);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateSendEnabled();

    QLabel *m_hintLabel;
    QLineEdit *m_edit;
    QPushButton *m_sendButton;
    QPushButton *m_fileButton;
    QPushButton *m_endButton;
    QPushButton *m_againButton;
    Mode m_mode = Mode::Waiting;
    bool m_typeToRestart = false;
    bool m_tooLong = false;
    bool m_filesEnabled = false;
};

} // namespace chatbuddy::ui
