#pragma once

// Test-only: the files under tests/data, found through $CHAINSCOPE_TEST_DATA
// (set by chainscope_add_test). A missing file ends the suite with qFatal:
// a suite cannot run without its data.

#include <QByteArray>
#include <QString>

namespace chainscope::test {

/// The path of \a relative below $CHAINSCOPE_TEST_DATA.
QString dataPath(const QString &relative);

/// The bytes of the data file \a relative.
QByteArray readData(const QString &relative);

/// The data file \a relative as UTF-8 text.
QString readText(const QString &relative);

} // namespace chainscope::test
