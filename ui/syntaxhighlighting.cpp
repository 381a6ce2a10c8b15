#include "ui/syntaxhighlighting.h"

#include "ui/jsonhighlighter.h"
#include "ui/yamlhighlighter.h"

#include <QTextDocument>

#ifdef CHAINSCOPE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#endif

namespace chainscope::ui {

#ifdef CHAINSCOPE_HAVE_KSYNTAXHIGHLIGHTING
namespace {

// Loading the definitions is costly; one repository serves the whole process
// (GUI thread only, like the highlighters themselves).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace
#endif

QSyntaxHighlighter *attachHighlighter(QTextDocument *document, SyntaxLanguage language)
{
#ifdef CHAINSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    const QString name = language == SyntaxLanguage::Json ? QStringLiteral("JSON")
                                                          : QStringLiteral("YAML");
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    if (language == SyntaxLanguage::Json)
        return new JsonHighlighter(document);
    return new YamlHighlighter(document);
}

QString highlighterBackend()
{
#ifdef CHAINSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}

} // namespace chainscope::ui
