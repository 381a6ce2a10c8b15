#include "ui/verifypanel.h"

#include "ui/stepsview.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace chainscope::ui {

VerifyPanel::VerifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_imageLabel(new QLabel(this))
    , m_keyPath(new QLineEdit(this))
    , m_keyText(new QPlainTextEdit(this))
    , m_knownKeys(new QListWidget(this))
    , m_requireTlog(new QCheckBox(tr("Require a transparency-log entry"), this))
    , m_exactReference(new QCheckBox(tr("Require the signed name to match exactly"), this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_command(new QLabel(this))
    , m_keyUsed(new QLabel(this))
    , m_steps(new StepsView(this))
{
    m_imageLabel->setObjectName(QStringLiteral("verifyImage"));
    m_imageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyPath->setObjectName(QStringLiteral("verifyKeyPath"));
    m_keyPath->setPlaceholderText(tr("Path of a PEM public key (cosign.pub)"));
    m_keyText->setObjectName(QStringLiteral("verifyKeyText"));
    m_keyText->setPlaceholderText(tr("…or paste the key: -----BEGIN PUBLIC KEY----- …"));
    m_keyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyText->setMaximumHeight(m_keyText->fontMetrics().lineSpacing() * 4);
    m_requireTlog->setObjectName(QStringLiteral("verifyRequireTlog"));
    m_requireTlog->setToolTip(tr("Fail unless the signature is backed by a Rekor entry. Without "
                                 "this option a signature with no entry verifies with a "
                                 "warning."));
    m_exactReference->setObjectName(QStringLiteral("verifyExactReference"));
    m_exactReference->setToolTip(tr("Fail when the docker-reference in the signed payload "
                                    "differs from this image's name; otherwise that is a "
                                    "warning."));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setIcon(QIcon(QStringLiteral(":/chainscope/icons/lock.svg")));
    m_command->setObjectName(QStringLiteral("verifyCommand"));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyUsed->setObjectName(QStringLiteral("verifyKeyUsed"));
    m_keyUsed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyUsed->setWordWrap(true);
    m_keyUsed->setVisible(false);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_keyPath, 1);
    pathRow->addWidget(browse);

    auto *keyBox = new QGroupBox(tr("Public key"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addLayout(pathRow);
    keyLayout->addWidget(m_keyText);

    m_knownKeys->setObjectName(QStringLiteral("verifyKnownKeys"));
    m_knownKeys->setMaximumHeight(m_knownKeys->fontMetrics().lineSpacing() * 4);
    m_knownKeys->setToolTip(tr("When a signature is not made by the key above, these keys are "
                               "tried to name who made it. They never make an image verify."));
    auto *addKnown = new QPushButton(tr("Add…"), this);
    auto *removeKnown = new QPushButton(tr("Remove"), this);
    auto *knownButtons = new QVBoxLayout;
    knownButtons->addWidget(addKnown);
    knownButtons->addWidget(removeKnown);
    knownButtons->addStretch();
    auto *knownBox = new QGroupBox(tr("Other keys you know (to name the signer)"), this);
    auto *knownLayout = new QHBoxLayout(knownBox);
    knownLayout->addWidget(m_knownKeys, 1);
    knownLayout->addLayout(knownButtons);
    connect(addKnown, &QPushButton::clicked, this, [this]() {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Known keys"), QString(), tr("PEM keys (*.pub *.pem);;All files (*)"));
        setKnownKeyFiles(knownKeyFiles() + paths);
    });
    connect(removeKnown, &QPushButton::clicked, this,
            [this]() { delete m_knownKeys->currentItem(); });

    auto *options = new QHBoxLayout;
    options->addWidget(m_requireTlog);
    options->addWidget(m_exactReference);
    options->addStretch();
    options->addWidget(m_verify);

    auto *form = new QFormLayout;
    form->addRow(tr("Image"), m_imageLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *keys = new QHBoxLayout;
    keys->addWidget(keyBox, 2);
    keys->addWidget(knownBox, 1);
    layout->addLayout(keys);
    layout->addLayout(options);
    layout->addWidget(m_command);
    layout->addWidget(m_keyUsed);
    layout->addWidget(m_steps, 1);

    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Public key"), m_keyPath->text(), tr("PEM keys (*.pub *.pem);;All files (*)"));
        if (!path.isEmpty())
            setKeyFile(path);
    });
    connect(m_verify, &QPushButton::clicked, this, &VerifyPanel::verifyRequested);
    // One key at a time: a file and a pasted key together would leave the
    // user guessing which one the result is about.
    connect(m_keyPath, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (!path.trimmed().isEmpty() && !m_keyText->toPlainText().isEmpty()) {
            const QSignalBlocker blocker(m_keyText);
            m_keyText->clear();
        }
        updateState();
    });
    connect(m_keyText, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_keyText->toPlainText().trimmed().isEmpty() && !m_keyPath->text().isEmpty()) {
            const QSignalBlocker blocker(m_keyPath);
            m_keyPath->clear();
        }
        updateState();
    });
    connect(m_requireTlog, &QCheckBox::toggled, this, &VerifyPanel::updateState);
    connect(m_exactReference, &QCheckBox::toggled, this, &VerifyPanel::updateState);
    setImage({});
}

void VerifyPanel::setImage(const QString &reference)
{
    if (reference != m_image) {
        m_steps->clear();
        setKeyUsed({});
    }
    m_image = reference;
    m_imageLabel->setText(reference.isEmpty() ? tr("Select an image in the list on the left.")
                                              : reference);
    updateState();
}

void VerifyPanel::setKeyFile(const QString &path)
{
    m_keyPath->setText(path);
}

void VerifyPanel::setKeyText(const QByteArray &pem)
{
    m_keyText->setPlainText(QString::fromUtf8(pem));
}

void VerifyPanel::setKnownKeyFiles(const QStringList &paths)
{
    m_knownKeys->clear();
    QStringList unique = paths;
    unique.removeDuplicates();
    for (const QString &path : unique)
        m_knownKeys->addItem(path);
}

QStringList VerifyPanel::knownKeyFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_knownKeys->count(); ++i)
        paths << m_knownKeys->item(i)->text();
    return paths;
}

KeyInput VerifyPanel::keyInput() const
{
    return {m_keyPath->text().trimmed(), m_keyText->toPlainText().trimmed().toUtf8(),
            knownKeyFiles()};
}

bool VerifyPanel::requireTransparencyLog() const
{
    return m_requireTlog->isChecked();
}

bool VerifyPanel::requireExactReference() const
{
    return m_exactReference->isChecked();
}

void VerifyPanel::setRequireTransparencyLog(bool on)
{
    m_requireTlog->setChecked(on);
}

void VerifyPanel::setRequireExactReference(bool on)
{
    m_exactReference->setChecked(on);
}

void VerifyPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void VerifyPanel::showVerification(const report::Verification &verification)
{
    m_steps->setVerification(verification);
}

void VerifyPanel::showError(const QString &headline, const QString &detail)
{
    m_steps->setError(headline, detail);
    setKeyUsed({});
}

void VerifyPanel::clearResult()
{
    m_steps->clear();
    setKeyUsed({});
}

void VerifyPanel::setKeyUsed(const QString &description)
{
    m_keyUsed->setText(description.isEmpty() ? QString()
                                             : tr("Checked with %1.").arg(description));
    m_keyUsed->setVisible(!description.isEmpty());
}

QString VerifyPanel::keyUsedText() const
{
    return m_keyUsed->text();
}

QString VerifyPanel::describeKey(const KeyInput &input, const QString &fingerprint)
{
    const QString source = input.pem.isEmpty()
                               ? tr("the key file %1").arg(QDir::toNativeSeparators(input.path))
                               : tr("the pasted key");
    return fingerprint.isEmpty() ? source : tr("%1 (fingerprint %2)").arg(source, fingerprint);
}

QString VerifyPanel::equivalentCommand() const
{
    if (m_image.isEmpty())
        return {};
    const KeyInput key = keyInput();
    QStringList arguments{QStringLiteral("cosign"), QStringLiteral("verify"),
                          QStringLiteral("--key"),
                          key.pem.isEmpty() && !key.path.isEmpty() ? key.path
                                                                   : QStringLiteral("KEY.pub")};
    if (!m_requireTlog->isChecked())
        arguments << QStringLiteral("--insecure-ignore-tlog=true");
    arguments << m_image;
    return arguments.join(QLatin1Char(' '));
}

void VerifyPanel::updateState()
{
    const KeyInput key = keyInput();
    const bool haveKey = !key.path.isEmpty() || !key.pem.isEmpty();
    m_verify->setEnabled(!m_busy && haveKey && !m_image.isEmpty());
    const QString command = equivalentCommand();
    m_command->setText(command.isEmpty() ? QString()
                                         : tr("Same check with cosign: %1").arg(command));
    m_command->setVisible(!command.isEmpty());
}

} // namespace chainscope::ui
