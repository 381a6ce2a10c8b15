#include "core/support/result.h"

#include <QTest>

using namespace chainscope;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad(Error(ErrorKind::NotFound, QStringLiteral("no such tag")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), ErrorKind::NotFound);
    }

    void contextReadsOutermostFirst()
    {
        Error error(ErrorKind::Http, QStringLiteral("server error"));
        error.setHttpStatus(500);
        error.addContext(QStringLiteral("fetching manifest"));
        error.addContext(QStringLiteral("verifying ztsc/app:1.0"));
        QCOMPARE(error.toString(),
                 QStringLiteral("verifying ztsc/app:1.0: fetching manifest: server error (HTTP 500)"));
        QCOMPARE(errorKindName(error.kind()), QStringLiteral("http"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
