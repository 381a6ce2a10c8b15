// Link header parsing (RFC 8288 §3) as registries page with it.

#include "core/registry/linkheader.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void severalLinks();
    void malformed_data();
    void malformed();
};

void TestLinkHeader::next_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QByteArray>("expected"); // FullyEncoded; empty: no next link

    const QString catalog = QStringLiteral("https://r.example:5000/v2/_catalog?n=100");
    QTest::newRow("distribution registry: relative, quoted rel")
        << QByteArray(R"(</v2/_catalog?last=b&n=100>; rel="next")") << catalog
        << QByteArray("https://r.example:5000/v2/_catalog?last=b&n=100");
    QTest::newRow("unquoted rel")
        << QByteArray("</v2/_catalog?last=b&n=100>;rel=next") << catalog
        << QByteArray("https://r.example:5000/v2/_catalog?last=b&n=100");
    QTest::newRow("absolute target")
        << QByteArray(R"(<https://r.example:5000/v2/_catalog?last=c>; rel="next")") << catalog
        << QByteArray("https://r.example:5000/v2/_catalog?last=c");
    QTest::newRow("absolute target on another host is reported as such")
        << QByteArray(R"(<https://evil.example/v2/_catalog?last=c>; rel="next")") << catalog
        << QByteArray("https://evil.example/v2/_catalog?last=c");
    QTest::newRow("query-only reference")
        << QByteArray(R"(<?last=c&n=2>; rel="next")") << catalog
        << QByteArray("https://r.example:5000/v2/_catalog?last=c&n=2");
    QTest::newRow("path-relative reference")
        << QByteArray(R"(<list?last=c>; rel="next")")
        << QStringLiteral("https://r.example/v2/org/app/tags/list")
        << QByteArray("https://r.example/v2/org/app/tags/list?last=c");
    QTest::newRow("upper-case REL and NEXT")
        << QByteArray(R"(</p2>; REL="NEXT")") << catalog
        << QByteArray("https://r.example:5000/p2");
    QTest::newRow("several relation types")
        << QByteArray(R"(</p2>; rel="last next")") << catalog
        << QByteArray("https://r.example:5000/p2");
    QTest::newRow("opaque query bytes kept")
        << QByteArray(R"(</v2/_catalog?last=a%2Fb%3D%2B+c%20d%E2%9C%93%26x&n=2>; rel="next")")
        << catalog
        << QByteArray("https://r.example:5000/v2/_catalog"
                      "?last=a%2Fb%3D%2B+c%20d%E2%9C%93%26x&n=2");
    QTest::newRow("GitHub style, comma inside the target")
        << QByteArray(R"(<https://r.example/v2/x?last=a,b>; rel="prev", )"
                      R"(<https://r.example/v2/x?last=c,d>; rel="next")")
        << catalog << QByteArray("https://r.example/v2/x?last=c,d");
    QTest::newRow("other parameters, comma in a quoted title")
        << QByteArray(R"(</p2>; title="a, b; c"; rel=next; type="application/json")") << catalog
        << QByteArray("https://r.example:5000/p2");
    QTest::newRow("only a prev link") << QByteArray(R"(</p0>; rel="prev")") << catalog
                                      << QByteArray();
    QTest::newRow("rel=nextpage is not next") << QByteArray(R"(</p2>; rel="nextpage")") << catalog
                                              << QByteArray();
    QTest::newRow("no header") << QByteArray() << catalog << QByteArray();
}

void TestLinkHeader::next()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, request);
    QFETCH(QByteArray, expected);
    auto next = LinkHeader::next(header, QUrl(request));
    QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().toString()));
    QCOMPARE(next->has_value(), !expected.isEmpty());
    if (next->has_value())
        QCOMPARE((*next)->toEncoded(), expected);
}

void TestLinkHeader::severalLinks()
{
    auto links = LinkHeader::parse(R"(</a>; rel="prev"; x=1, <b>;rel=next,<//h.example/c>)",
                                   QUrl(QStringLiteral("http://127.0.0.1:5000/v2/list")));
    QVERIFY(links.ok());
    QCOMPARE(links->size(), 3);
    QCOMPARE(links->at(0).target.toString(), QStringLiteral("http://127.0.0.1:5000/a"));
    QCOMPARE(links->at(0).params.value(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(links->at(1).target.toString(), QStringLiteral("http://127.0.0.1:5000/v2/b"));
    QCOMPARE(links->at(1).relations, QStringList{QStringLiteral("next")});
    QCOMPARE(links->at(2).target.toString(), QStringLiteral("http://h.example/c"));
    QVERIFY(links->at(2).relations.isEmpty());
    QCOMPARE(links->at(1).rawTarget, QByteArray("b"));
}

void TestLinkHeader::malformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("no angle brackets") << QByteArray(R"(/v2/_catalog?last=b; rel="next")");
    QTest::newRow("unclosed bracket") << QByteArray(R"(</v2/_catalog; rel="next")");
    QTest::newRow("unterminated quote") << QByteArray(R"(</p2>; rel="next)");
    QTest::newRow("missing semicolon") << QByteArray(R"(</p2> rel="next")");
    QTest::newRow("space inside the target") << QByteArray(R"(</p 2>; rel="next")");
    QTest::newRow("empty parameter value") << QByteArray("</p2>; rel=");
}

void TestLinkHeader::malformed()
{
    QFETCH(QByteArray, header);
    auto next = LinkHeader::next(header, QUrl(QStringLiteral("https://r.example/v2/_catalog")));
    QVERIFY(!next.ok());
    QCOMPARE(next.error().kind(), ErrorKind::Malformed);
    QVERIFY(next.error().message().contains(QLatin1String("Link header")));
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
