#include "core/support/logging.h"

Q_LOGGING_CATEGORY(lcRegistry, "chainscope.registry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegistryWire, "chainscope.registry.wire", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSigstore, "chainscope.sigstore", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPolicy, "chainscope.policy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLineage, "chainscope.lineage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "chainscope.crypto", QtWarningMsg)
