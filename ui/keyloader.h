#pragma once

#include "core/crypto/publickey.h"
#include "core/support/result.h"
#include "ui/verifypanel.h"

#include <QCoreApplication>

namespace chainscope::ui {

/// Reads the key the user gave in the Verify tab: pasted PEM text wins over
/// the file. Worker threads only (file I/O and OpenSSL).
class KeyLoader
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::KeyLoader)

public:
    static bool isGiven(const KeyInput &input)
    {
        return !input.pem.isEmpty() || !input.path.isEmpty();
    }
    static Result<crypto::PublicKey> load(const KeyInput &input);
    /// The known keys that load; \a problems receives one line per file that does not.
    static QList<crypto::PublicKey> loadKnown(const KeyInput &input, QStringList *problems);
};

} // namespace chainscope::ui
