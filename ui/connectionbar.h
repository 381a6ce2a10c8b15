#pragma once

#include "ui/connectionsettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chainscope::ui {

/// The strip at the top of the window: registry address, user name,
/// password, a Connect button and an inline status line. What the user typed
/// stays when a connection fails, so a wrong password is fixed in place.
class ConnectionBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);

    void setBusy(bool busy);
    /// An inline status: an error in red, otherwise plain.
    void setStatus(const QString &text, bool error);
    QString statusText() const;

signals:
    void connectRequested();

private:
    QLineEdit *m_url;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_insecure;
    QPushButton *m_connect;
    QLabel *m_status;
};

} // namespace chainscope::ui
