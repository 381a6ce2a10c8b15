#include "core/policy/yamlparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace chainscope;
using namespace chainscope::policy;

namespace {

QString pos(const YamlPosition &p)
{
    return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
}

const YamlNode &only(const YamlParseResult &r)
{
    Q_ASSERT(r.documents.size() == 1);
    return r.documents.front();
}

} // namespace

class TestYamlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsOfKeysAndValues()
    {
        const QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                            "kind: ClusterPolicy\n"
                                            "spec:\n"
                                            "  rules:\n"
                                            "    - name: \"check-image\"  # comment\n"
                                            "      verifyImages:\n"
                                            "      - image: 'ghcr.io/x/*'\n"
                                            "        key: |-\n"
                                            "          line one\n"
                                            "          line two\n"
                                            "flow: [a, {b: c}]\n");
        const YamlParseResult r = YamlParser().parse(text);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toError().toString() : QString()));
        const YamlNode &root = only(r);
        QVERIFY(root.isMap());
        QCOMPARE(root.keys(), (QStringList{"apiVersion", "kind", "spec", "flow"}));
        QCOMPARE(pos(root.entry("kind")->key.start()), QStringLiteral("2:1"));
        QCOMPARE(pos(root.entry("kind")->key.end()), QStringLiteral("2:5"));
        QCOMPARE(pos(root.value("kind")->start()), QStringLiteral("2:7"));
        QCOMPARE(pos(root.value("kind")->end()), QStringLiteral("2:20"));

        const YamlNode &rule = root.value("spec")->value("rules")->items().at(0);
        QCOMPARE(pos(rule.start()), QStringLiteral("5:7"));
        const YamlNode *name = rule.value("name");
        QCOMPARE(name->scalar(), QStringLiteral("check-image"));
        QCOMPARE(name->scalarStyle(), YamlNode::ScalarStyle::DoubleQuoted);
        QCOMPARE(pos(name->start()), QStringLiteral("5:13"));
        QCOMPARE(pos(name->end()), QStringLiteral("5:26"));

        const YamlNode &vi = rule.value("verifyImages")->items().at(0);
        QCOMPARE(pos(vi.entry("image")->key.start()), QStringLiteral("7:9"));
        QCOMPARE(vi.value("image")->scalarStyle(), YamlNode::ScalarStyle::SingleQuoted);
        QCOMPARE(pos(vi.value("image")->end()), QStringLiteral("7:29"));
        const YamlNode *key = vi.value("key");
        QCOMPARE(key->scalarStyle(), YamlNode::ScalarStyle::Literal);
        QCOMPARE(key->scalar(), QStringLiteral("line one\nline two"));
        QCOMPARE(pos(key->start()), QStringLiteral("8:14"));
        QCOMPARE(pos(key->end()), QStringLiteral("10:19"));
        // Collections end where their last child ends.
        QCOMPARE(pos(vi.end()), QStringLiteral("10:19"));

        const YamlNode *flow = root.value("flow");
        QVERIFY(flow->isSequence());
        QVERIFY(flow->isFlow());
        QCOMPARE(pos(flow->start()), QStringLiteral("11:7"));
        QCOMPARE(pos(flow->end()), QStringLiteral("11:18"));
        QCOMPARE(flow->items().at(1).value("b")->scalar(), QStringLiteral("c"));

        // Offsets index the QString the caller gave.
        const YamlPosition p = vi.value("image")->start();
        QCOMPARE(text.mid(p.offset, 13), QStringLiteral("'ghcr.io/x/*'"));
    }

    void columnsCountCharactersNotBytes()
    {
        const QString text = QStringLiteral("a: \u00e9\u00e9\u00e9\nb: c\n");
        const YamlParseResult r = YamlParser().parse(text);
        QVERIFY(r.ok());
        const YamlNode &root = only(r);
        QCOMPARE(pos(root.value("a")->end()), QStringLiteral("1:7"));
        QCOMPARE(root.value("b")->start().offset, text.indexOf(QLatin1Char('c')));
    }

    void multipleDocuments()
    {
        const YamlParseResult r = YamlParser().parse(QStringLiteral("kind: A\n---\nkind: "
                                                                    "B\n---\n# only a comment\n"));
        QVERIFY(r.ok());
        QVERIFY(r.documents.size() >= 2);
        QCOMPARE(r.documents.at(1).value("kind")->scalar(), QStringLiteral("B"));
        QCOMPARE(r.documents.at(1).value("kind")->start().line, 3);
    }

    void emptyValueAndDuplicateKeys()
    {
        const YamlParseResult r = YamlParser().parse(QStringLiteral("a:\nb: 1\nb: 2\n"));
        QVERIFY(r.ok());
        const YamlNode &root = only(r);
        QVERIFY(root.value("a")->isNull());
        QCOMPARE(root.value("a")->start().line, 1);
        QCOMPARE(root.keys(), (QStringList{"a", "b", "b"}));
        QCOMPARE(root.value("b")->toInt(), std::optional<qint64>(1));
    }

    void syntaxErrorHasPosition()
    {
        const YamlParseResult r = YamlParser().parse(QStringLiteral("a: 1\nb: [1, 2\nc: 3\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::Malformed);
        QVERIFY(r.error->position.isValid());
        QVERIFY(r.error->toError().message().startsWith(QStringLiteral("line ")));
    }

    void aliasBombIsRefused()
    {
        // Nine levels of ten aliases each: 10^9 nodes once expanded.
        QString text = QStringLiteral("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; ++i) {
            QStringList refs;
            for (int j = 0; j < 10; ++j)
                refs << QStringLiteral("*a%1").arg(i - 1);
            text += QStringLiteral("a%1: &a%1 [%2]\n").arg(i).arg(refs.join(QStringLiteral(", ")));
        }
        QElapsedTimer timer;
        timer.start();
        const YamlParseResult r = YamlParser().parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::TooLarge);
        QVERIFY(r.error->message.contains(QStringLiteral("alias")));
        QVERIFY(timer.elapsed() < 5000);

        // A few aliases stay fine.
        const YamlParseResult small = YamlParser().parse(QStringLiteral("base: &b {k: v}\nuse: "
                                                                        "*b\n"));
        QVERIFY(small.ok());
        QCOMPARE(only(small).value("use")->value("k")->scalar(), QStringLiteral("v"));
    }

    void recursiveAliasIsRefused()
    {
        const YamlParseResult r = YamlParser().parse(QStringLiteral("a: &a [*a]\n"));
        // yaml-cpp builds a cycle; expanding it must stop at a limit.
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::TooLarge);
    }

    void deepNesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("flow 50 deep") << 50 << true;
        QTest::newRow("flow 150 deep") << 150 << false;
        QTest::newRow("flow 100000 deep") << 100000 << false;
    }

    void deepNesting()
    {
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        const QString text = QString(depth, QLatin1Char('[')) + QString(depth, QLatin1Char(']'));
        const YamlParseResult r = YamlParser().parse(text);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error->kind, ErrorKind::TooLarge);
            QVERIFY(r.error->message.contains(QStringLiteral("deeper")));
        }
    }

    void blockNestingLimit()
    {
        QString text;
        for (int i = 0; i < 120; ++i)
            text += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("k:\n");
        const YamlParseResult r = YamlParser().parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::TooLarge);
        QVERIFY(r.error->position.isValid());
    }

    void sizeLimit()
    {
        YamlLimits limits;
        limits.maxBytes = 100;
        const YamlParseResult r = YamlParser(limits).parse(QString(200, QLatin1Char('a')));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
