#include "tests/support/testdata.h"

#include <QFile>

namespace chainscope::test {

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("CHAINSCOPE_TEST_DATA") + QLatin1Char('/') + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString readText(const QString &relative)
{
    return QString::fromUtf8(readData(relative));
}

} // namespace chainscope::test
