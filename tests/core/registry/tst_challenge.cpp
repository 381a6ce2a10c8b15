// WWW-Authenticate parsing (RFC 9110 §11.6.1) with the shapes real
// registries send and the malformed ones a hostile server might.

#include "core/registry/challenge.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

// "scheme{k=v;k=v}" or "scheme[token68]", challenges joined by " | ".
QString render(const QList<Challenge> &challenges)
{
    QStringList out;
    for (const Challenge &c : challenges) {
        QString text = c.scheme();
        if (!c.token68().isEmpty())
            text += QLatin1Char('[') + c.token68() + QLatin1Char(']');
        QStringList keys = c.params().keys();
        keys.sort();
        QStringList pairs;
        for (const QString &k : keys)
            pairs << k + QLatin1Char('=') + c.param(k);
        if (!pairs.isEmpty())
            text += QLatin1Char('{') + pairs.join(QLatin1Char(';')) + QLatin1Char('}');
        out << text;
    }
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestChallenge : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void severalFields();
};

void TestChallenge::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("issue: scope with a comma inside quotes")
        << QByteArray(R"(Bearer realm="https://registry.example.com/v2/auth",)"
                      R"(service="registry.example.com",scope="repository:org/app:pull,push")")
        << QStringLiteral("bearer{realm=https://registry.example.com/v2/auth;"
                          "scope=repository:org/app:pull,push;service=registry.example.com}");
    QTest::newRow("issue: Basic then Bearer in one header")
        << QByteArray(R"(Basic realm="Registry", Bearer realm="https://auth.example.com/token",)"
                      R"(service="svc",scope="repository:org/app:pull")")
        << QStringLiteral("basic{realm=Registry} | bearer{realm=https://auth.example.com/token;"
                          "scope=repository:org/app:pull;service=svc}");
    QTest::newRow("issue: upper-case scheme")
        << QByteArray(R"(BEARER realm="https://auth.example.com/token",service="svc")")
        << QStringLiteral("bearer{realm=https://auth.example.com/token;service=svc}");
    QTest::newRow("mixed-case parameter names")
        << QByteArray(R"(bEaReR Realm="r",SERVICE="s")")
        << QStringLiteral("bearer{realm=r;service=s}");
    QTest::newRow("escaped quote and backslash")
        << QByteArray(R"(Basic realm="say \"hi\" \\ bye")")
        << QStringLiteral(R"(basic{realm=say "hi" \ bye})");
    QTest::newRow("unquoted token values")
        << QByteArray("Bearer realm=fake-realm, service=svc.example")
        << QStringLiteral("bearer{realm=fake-realm;service=svc.example}");
    QTest::newRow("whitespace around equals and commas")
        << QByteArray("Bearer  realm = \"r\" ,\tservice= \"s\"  ")
        << QStringLiteral("bearer{realm=r;service=s}");
    QTest::newRow("empty list elements")
        << QByteArray(R"(, Basic realm="a",, , Bearer realm="b",)")
        << QStringLiteral("basic{realm=a} | bearer{realm=b}");
    QTest::newRow("token68")
        << QByteArray("Negotiate abc+/de==, Basic realm=\"x\"")
        << QStringLiteral("negotiate[abc+/de==] | basic{realm=x}");
    QTest::newRow("bare scheme then another")
        << QByteArray(R"(Negotiate, Bearer realm="r")")
        << QStringLiteral("negotiate | bearer{realm=r}");
    QTest::newRow("empty quoted value")
        << QByteArray(R"(Bearer realm="r",error="")") << QStringLiteral("bearer{error=;realm=r}");
    QTest::newRow("scope with spaces (several scopes)")
        << QByteArray(R"(Bearer realm="r",scope="repository:a:pull repository:b:pull")")
        << QStringLiteral("bearer{realm=r;scope=repository:a:pull repository:b:pull}");
    QTest::newRow("empty header") << QByteArray() << QString();
}

void TestChallenge::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    auto parsed = Challenge::parse(header);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(render(*parsed), expected);
}

void TestChallenge::malformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("unterminated quote") << QByteArray(R"(Bearer realm="https://a)");
    QTest::newRow("trailing backslash in quote") << QByteArray(R"(Bearer realm="a\)");
    QTest::newRow("parameter without value") << QByteArray(R"(Bearer realm="a",service=)");
    QTest::newRow("missing comma between parameters")
        << QByteArray(R"(Bearer realm="a" service="b")");
    QTest::newRow("parameter given twice") << QByteArray(R"(Bearer realm="a",REALM="b")");
    QTest::newRow("starts with equals") << QByteArray("=foo");
    QTest::newRow("quote right after scheme") << QByteArray(R"(Bearer"x")");
    // ":" and "/" are not token characters (RFC 9110 §5.6.2): URLs need quotes.
    QTest::newRow("unquoted URL") << QByteArray("Bearer realm=https://a.example/token");
    QTest::newRow("stray character after value") << QByteArray(R"(Bearer realm="a";x)");
}

void TestChallenge::malformed()
{
    QFETCH(QByteArray, header);
    auto parsed = Challenge::parse(header);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? render(*parsed) : QString()));
    QCOMPARE(parsed.error().kind(), ErrorKind::Malformed);
    QVERIFY(parsed.error().message().contains(QLatin1String("WWW-Authenticate")));
}

void TestChallenge::severalFields()
{
    // Two header fields, as a server may send them; also joined by newline.
    const QList<QByteArray> fields = {R"(Basic realm="a")",
                                      R"(Bearer realm="b",scope="x:y:pull,push")"};
    auto parsed = Challenge::parse(fields);
    QVERIFY(parsed.ok());
    QCOMPARE(render(*parsed),
             QStringLiteral("basic{realm=a} | bearer{realm=b;scope=x:y:pull,push}"));
    auto joined = Challenge::parse(fields.join('\n'));
    QVERIFY(joined.ok());
    QCOMPARE(render(*joined), render(*parsed));
    QCOMPARE(parsed->at(1).param(QStringLiteral("Scope")), QStringLiteral("x:y:pull,push"));
    QVERIFY(!parsed->at(0).hasParam(QStringLiteral("scope")));
}

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
