#pragma once

#include <QLoggingCategory>

// One category per module, default level warning. Enable with e.g.
// QT_LOGGING_RULES="chainscope.registry.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcRegistryWire)
Q_DECLARE_LOGGING_CATEGORY(lcSigstore)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
Q_DECLARE_LOGGING_CATEGORY(lcLineage)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
