#pragma once

#include "core/report/verification.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace chainscope::ui {

class StepsView;

/// What the user gave as the public key: a PEM file, or PEM text pasted in.
struct KeyInput
{
    QString path;
    QByteArray pem; ///< pasted text; the panel keeps only one of pem and path
    /// PEM files of keys the user knows by name (other teams, old keys): when
    /// a signature is not by the key above, these name who made it.
    QStringList knownKeyFiles;
};

/// The Verify tab: the key (PEM file or pasted), the options that make the
/// check stricter, a Verify button, and the result as steps with a banner.
/// The panel only collects input and shows results; the window runs the
/// check off the GUI thread.
class VerifyPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyPanel(QWidget *parent = nullptr);

    /// The image the next verification is for ("" disables the button).
    void setImage(const QString &reference);
    QString image() const { return m_image; }

    void setKeyFile(const QString &path);
    void setKeyText(const QByteArray &pem);
    void setKnownKeyFiles(const QStringList &paths);
    QStringList knownKeyFiles() const;
    KeyInput keyInput() const;
    bool requireTransparencyLog() const;
    bool requireExactReference() const;
    void setRequireTransparencyLog(bool on);
    void setRequireExactReference(bool on);

    void setBusy(bool busy);
    void showVerification(const report::Verification &verification);
    void showError(const QString &headline, const QString &detail);
    void clearResult();
    /// Names the key the shown result was checked with (see describeKey()).
    void setKeyUsed(const QString &description);
    QString keyUsedText() const;
    /// "the key file <path> (fingerprint …)" or "the pasted key (…)".
    static QString describeKey(const KeyInput &input, const QString &fingerprint);

    StepsView *steps() const { return m_steps; }
    /// The cosign command line that checks the same thing.
    QString equivalentCommand() const;

signals:
    void verifyRequested();

private:
    void updateState();

    QString m_image;
    QLabel *m_imageLabel;
    QLineEdit *m_keyPath;
    QPlainTextEdit *m_keyText;
    QListWidget *m_knownKeys;
    QCheckBox *m_requireTlog;
    QCheckBox *m_exactReference;
    QPushButton *m_verify;
    QLabel *m_command;
    QLabel *m_keyUsed;
    StepsView *m_steps;
    bool m_busy = false;
};

} // namespace chainscope::ui
