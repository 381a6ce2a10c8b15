#include "tests/support/seedpolicy.h"

#include <QStringList>

namespace chainscope::test {

QString indented(const QString &text, int spaces)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = QString(spaces, QLatin1Char(' ')) + line;
    return lines.join(QLatin1Char('\n'));
}

QString seedPolicy2021(const QString &image, const QString &pem, const QString &ruleComment)
{
    const QString comment = ruleComment.isEmpty() ? QString() : QStringLiteral(" # ") + ruleComment;
    return QStringLiteral("apiVersion: kyverno.io/v1\n"
                          "kind: ClusterPolicy\n"
                          "metadata:\n"
                          "  name: check-image\n"
                          "spec:\n"
                          "  validationFailureAction: enforce\n"
                          "  background: false\n"
                          "  rules:\n"
                          "    - name: check-image%1\n"
                          "      match:\n"
                          "        resources:\n"
                          "          kinds:\n"
                          "            - Pod\n"
                          "      verifyImages:\n"
                          "      - image: \"%2\"\n"
                          "        key: |-\n"
                          "%3\n")
        .arg(comment, image, indented(pem, 10));
}

} // namespace chainscope::test
