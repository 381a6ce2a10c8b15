// The built-in JSON/YAML highlighters and the order-keeping JSON formatter.
// They are the fallback when KSyntaxHighlighting is absent (Debian 12), so
// they are tested in every build.

#include "ui/jsonformatter.h"
#include "ui/jsonhighlighter.h"
#include "ui/jsonview.h"
#include "ui/yamlhighlighter.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace chainscope::ui;

Q_DECLARE_METATYPE(chainscope::ui::HighlightSpans)

namespace {

// "K" key, "S" string, "N" number, "W" keyword, "P" punctuation,
// "C" comment, "M" marker, "E" error: one letter per span, with its text.
QString describe(const QString &line, const HighlightSpans &spans)
{
    QStringList parts;
    for (const HighlightSpan &span : spans) {
        QChar letter;
        switch (span.token) {
        case SyntaxToken::Key: letter = QLatin1Char('K'); break;
        case SyntaxToken::String: letter = QLatin1Char('S'); break;
        case SyntaxToken::Number: letter = QLatin1Char('N'); break;
        case SyntaxToken::Keyword: letter = QLatin1Char('W'); break;
        case SyntaxToken::Punctuation: letter = QLatin1Char('P'); break;
        case SyntaxToken::Comment: letter = QLatin1Char('C'); break;
        case SyntaxToken::Marker: letter = QLatin1Char('M'); break;
        case SyntaxToken::Error: letter = QLatin1Char('E'); break;
        }
        parts << letter + QLatin1Char('[') + line.mid(span.start, span.length) + QLatin1Char(']');
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_Highlighters : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void yamlLine_data();
    void yamlLine();
    void yamlBlockScalarSpansLines();
    void highlighterAppliesFormats();
    void prettyKeepsOrderAndSpelling();
    void prettyEdgeCases_data();
    void prettyEdgeCases();
    void prettyRejectsInvalidJson();
    void prettyBoundsDeepNesting();
    void prettyCapsOutput();
    void rawViewSkipsHighlightingHugeText();
};

void tst_Highlighters::json_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("key and string") << R"("mediaType": "application/json",)"
                                    << R"(K["mediaType"] P[:] S["application/json"] P[,])";
    QTest::newRow("key with space before colon") << R"("size" : 1234)"
                                                 << R"(K["size"] P[:] N[1234])";
    QTest::newRow("negative exponent number") << R"([-1.5e-3, 0])"
                                              << R"(P[[] N[-1.5e-3] P[,] N[0] P[]])";
    QTest::newRow("keywords") << R"({"a": true, "b": null, "c": false})"
                              << R"(P[{] K["a"] P[:] W[true] P[,] K["b"] P[:] W[null] P[,] )"
                                 R"(K["c"] P[:] W[false] P[}])";
    QTest::newRow("escaped quote inside string") << R"("say \"hi\": now")"
                                                 << R"(S["say \"hi\": now"])";
    QTest::newRow("unterminated string") << R"("open)" << R"(E["open])";
    QTest::newRow("bare word is an error") << R"(truth)" << R"(E[truth])";
}

void tst_Highlighters::json()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(describe(line, JsonHighlighter::tokenize(line)), expected);
}

void tst_Highlighters::yamlLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain key and value") << "kind: ClusterPolicy"
                                         << "K[kind] P[:] S[ClusterPolicy]";
    QTest::newRow("indented key, no value") << "  rules:" << "K[rules] P[:]";
    QTest::newRow("list item with key") << "    - name: check-image"
                                        << "P[-] K[name] P[:] S[check-image]";
    QTest::newRow("quoted value with wildcard")
        << R"(      - image: "127.0.0.1:5000/ztsc/*")"
        << R"(P[-] K[image] P[:] S["127.0.0.1:5000/ztsc/*"])";
    QTest::newRow("boolean and comment") << "background: false # why"
                                         << "K[background] P[:] W[false] C[# why]";
    QTest::newRow("integer") << "count: 1" << "K[count] P[:] N[1]";
    QTest::newRow("colon inside value is not a key")
        << "url: http://127.0.0.1:5000/v2/" << "K[url] P[:] S[http://127.0.0.1:5000/v2/]";
    QTest::newRow("hash without space is not a comment") << "tag: a#b" << "K[tag] P[:] S[a#b]";
    QTest::newRow("comment line") << "  # a comment: here" << "C[# a comment: here]";
    QTest::newRow("document marker") << "--- # second" << "M[---] C[# second]";
    QTest::newRow("quoted key") << R"("app.kubernetes.io/name": web)"
                                << R"(K["app.kubernetes.io/name"] P[:] S[web])";
    QTest::newRow("anchor and alias") << "base: &b value" << "K[base] P[:] M[&b] S[value]";
    QTest::newRow("flow sequence") << "kinds: [Pod, 'Deployment']"
                                   << "K[kinds] P[:] P[[] S[Pod] P[,] S['Deployment'] P[]]";
    QTest::newRow("block scalar indicator") << "key: |-" << "K[key] P[:] M[|-]";
}

void tst_Highlighters::yamlLine()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    int next = 0;
    QCOMPARE(describe(line, YamlHighlighter::tokenize(line, -1, &next)), expected);
}

void tst_Highlighters::yamlBlockScalarSpansLines()
{
    // A PEM key inside a policy: the key lines are one string, whatever
    // colons they hold, until a line indented no deeper than "key:".
    const QStringList lines = {
        "      - image: x",
        "        key: |-",
        "          -----BEGIN PUBLIC KEY-----",
        "",
        "          MFkw: not a key",
        "        next: value",
    };
    int state = -1;
    QStringList described;
    for (const QString &line : lines) {
        int next = -1;
        described << describe(line, YamlHighlighter::tokenize(line, state, &next));
        state = next;
    }
    QCOMPARE(described.at(1), QStringLiteral("K[key] P[:] M[|-]"));
    QCOMPARE(described.at(2), QStringLiteral("S[-----BEGIN PUBLIC KEY-----]"));
    QCOMPARE(described.at(3), QString());
    QCOMPARE(described.at(4), QStringLiteral("S[MFkw: not a key]"));
    QCOMPARE(described.at(5), QStringLiteral("K[next] P[:] S[value]"));
}

void tst_Highlighters::highlighterAppliesFormats()
{
    // Through a real document: the key's characters carry the key format.
    QPlainTextEdit edit;
    auto *highlighter = new YamlHighlighter(edit.document());
    edit.setPlainText(QStringLiteral("kind: ClusterPolicy\n# done"));
    highlighter->rehighlight();

    const QTextBlock first = edit.document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = first.layout()->formats();
    QVERIFY(!formats.isEmpty());
    const QTextCharFormat keyFormat = JsonHighlighter::format(SyntaxToken::Key);
    bool keyFound = false;
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start == 0 && range.length == 4) {
            QCOMPARE(range.format.foreground(), keyFormat.foreground());
            keyFound = true;
        }
    }
    QVERIFY(keyFound);

    const QList<QTextLayout::FormatRange> comment = first.next().layout()->formats();
    QCOMPARE(comment.size(), 1);
    QVERIFY(comment.first().format.fontItalic());
}

void tst_Highlighters::prettyKeepsOrderAndSpelling()
{
    // QJsonDocument would sort the keys and print 1.0 as 1; the raw view
    // must show what the registry sent.
    const QByteArray raw =
        R"({"schemaVersion":2,"mediaType":"x","size":1.0,"z":{"b":1,"a":[1,2]}})";
    const QString pretty = JsonFormatter::pretty(raw);
    const QString expected = QStringLiteral("{\n"
                                            "  \"schemaVersion\": 2,\n"
                                            "  \"mediaType\": \"x\",\n"
                                            "  \"size\": 1.0,\n"
                                            "  \"z\": {\n"
                                            "    \"b\": 1,\n"
                                            "    \"a\": [\n"
                                            "      1,\n"
                                            "      2\n"
                                            "    ]\n"
                                            "  }\n"
                                            "}");
    QCOMPARE(pretty, expected);
}

void tst_Highlighters::prettyEdgeCases_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty object and array") << QByteArray(R"({"a":{},"b":[ ]})")
                                            << QStringLiteral("{\n  \"a\": {},\n  \"b\": []\n}");
    QTest::newRow("structural characters inside strings")
        << QByteArray(R"({"k":"a,b:{c}[d] \"e\""})")
        << QStringLiteral("{\n  \"k\": \"a,b:{c}[d] \\\"e\\\"\"\n}");
    QTest::newRow("whitespace outside strings dropped, inside kept")
        << QByteArray("{ \"a b\" :\n\t\"c  d\" }") << QStringLiteral("{\n  \"a b\": \"c  d\"\n}");
    QTest::newRow("unicode kept") << QByteArray(R"({"name":"Zoë"})")
                                  << QString::fromUtf8("{\n  \"name\": \"Zoë\"\n}");
}

void tst_Highlighters::prettyEdgeCases()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(JsonFormatter::pretty(raw), expected);
}

void tst_Highlighters::prettyRejectsInvalidJson()
{
    QString error;
    QCOMPARE(JsonFormatter::pretty(R"({"a": )", &error), QString());
    QVERIFY(!error.isEmpty());
}

void tst_Highlighters::prettyBoundsDeepNesting()
{
    // 40 levels: indentation stops at MaxIndentDepth instead of growing.
    const int depth = 40;
    const QByteArray raw = QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
    QString error;
    const QString pretty = JsonFormatter::pretty(raw, &error);
    QVERIFY2(!pretty.isEmpty(), qPrintable(error));
    qsizetype widest = 0;
    for (const QString &line : pretty.split(QLatin1Char('\n'))) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
            ++spaces;
        widest = qMax(widest, spaces);
    }
    QCOMPARE(widest, qsizetype(JsonFormatter::MaxIndentDepth * 2));
    QVERIFY(pretty.contains(QLatin1String("\n") + QString(64, QLatin1Char(' ')) + '1'));
}

void tst_Highlighters::prettyCapsOutput()
{
    // A hostile config: 1000 nested arrays, each with a short element, is
    // 12 KB but would indent to megabytes.
    const int depth = 1000;
    QByteArray raw;
    for (int i = 0; i < depth; ++i)
        raw += "[1,";
    raw += "1" + QByteArray(depth, ']');
    QString error;
    QCOMPARE(JsonFormatter::pretty(raw, &error), QString());
    QVERIFY2(error.contains(QLatin1String("exceed")), qPrintable(error));

    // An explicit cap applies to ordinary documents too.
    error.clear();
    QCOMPARE(JsonFormatter::pretty(R"({"a":[1,2,3]})", &error, 2, 10), QString());
    QVERIFY(!error.isEmpty());
    QVERIFY(!JsonFormatter::pretty(R"({"a":[1,2,3]})", &error, 2, 1000).isEmpty());
}

void tst_Highlighters::rawViewSkipsHighlightingHugeText()
{
    JsonView view;
    RawDocument small{QStringLiteral("Config"), R"({"a":1})", QString(), QString()};
    QByteArray big = "{\"k\":\"" + QByteArray(JsonView::MaxHighlightedChars, 'x') + "\"}";
    RawDocument huge{QStringLiteral("Config"), big, QString(), QString()};

    view.setDocuments({small, huge});
    QVERIFY(view.isHighlighting());
    view.showDocument(1);
    QVERIFY(!view.isHighlighting());
    QVERIFY(view.text().size() > JsonView::MaxHighlightedChars);
    view.showDocument(0);
    QVERIFY(view.isHighlighting());
}

QTEST_MAIN(tst_Highlighters)
#include "tst_highlighters.moc"
