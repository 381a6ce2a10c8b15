#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace chainscope::ui {

/// The lab's state file (lab.json), written by tests/lab when it starts:
/// where the registry listens, how to log in, the lab's public key, the
/// images it pushed and the two policies it wrote. The demo and the GUI
/// suites read it to pre-configure the window.
struct LabState
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::LabState)

public:
    struct Image
    {
        QString ref;    ///< "127.0.0.1:PORT/ztsc/quarkus-hello-service:1.0"
        QString digest; ///< "sha256:..."
        QString repository; ///< "ztsc/quarkus-hello-service"
        QString tag;        ///< "1.0"
    };

    QString registry;      ///< "127.0.0.1:PORT"
    QString url;           ///< "http://127.0.0.1:PORT"
    QString username;
    QString password;
    QString publicKeyPath; ///< PEM file of the lab signing key
    QString otherPublicKeyPath; ///< PEM file of the lab's "other team" key
    QMap<QString, Image> images;   ///< by role: "service", "base", "ubi", "unsigned", ...
    QString legacyPolicyPath;      ///< the seed's 2021 check-image policy
    QString currentPolicyPath;     ///< the same intent in current Kyverno form

    /// Reads \a path. Relative file paths in it are resolved against its folder.
    static Result<LabState> load(const QString &path);
};

} // namespace chainscope::ui
