#include "app/cli.h"

#include "app/clisession.h"
#include "app/clitext.h"
#include "app/imageinspection.h"

#include "core/crypto/publickey.h"
#include "core/lineage/lineagebuilder.h"
#include "core/policy/policyevaluator.h"
#include "core/policy/policylinter.h"
#include "core/reference/imagereference.h"
#include "core/registry/credentials.h"
#include "core/registry/localimage.h"
#include "core/sigstore/cosignverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace chainscope::app {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::app)
};

/// "--output json" anywhere in \a arguments, before the parser runs: the
/// translator must be installed (or not) before any text is made.
bool wantsJson(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--output") && i + 1 < arguments.size()
            && arguments.at(i + 1) == QLatin1String("json"))
            return true;
        if (arguments.at(i) == QLatin1String("--output=json"))
            return true;
    }
    return false;
}

void installTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale::system(), QStringLiteral("chainscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // Qt's own strings, e.g. QCommandLineParser's "Usage:" and "Options:".
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

/// The options every subcommand shares.
struct CommonOptions
{
    QCommandLineOption output{QStringLiteral("output"),
                              Tr::tr("Output format: text (default) or json."),
                              QStringLiteral("format"), QStringLiteral("text")};
    QCommandLineOption username{QStringLiteral("username"),
                                Tr::tr("User name for the registry; the password is read from "
                                   "standard input (--password-stdin)."),
                                QStringLiteral("name")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     Tr::tr("Read the registry password from standard input.")};
    QCommandLineOption insecure{QStringLiteral("insecure-plain-http"),
                                Tr::tr("DANGEROUS: talk plain HTTP to registries that are not on "
                                   "loopback; anyone on the path can change what is read. Every "
                                   "report says so.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(output);
        parser.addOption(username);
        parser.addOption(passwordStdin);
        parser.addOption(insecure);
        parser.addHelpOption();
    }

    ConnectionOptions connection(const QCommandLineParser &parser) const
    {
        ConnectionOptions options;
        options.username = parser.value(username);
        options.passwordFromStdin = parser.isSet(passwordStdin);
        options.insecurePlainHttp = parser.isSet(insecure);
        return options;
    }
};

Result<crypto::PublicKey> loadKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io, Tr::tr("cannot read the key file %1: %2")
                                        .arg(path, file.errorString()));
    }
    auto key = crypto::PublicKey::fromBytes(file.read(1024 * 1024));
    if (!key) {
        Error error = key.error();
        error.addContext(Tr::tr("reading the key file %1").arg(path));
        return error;
    }
    return key;
}

Result<reference::ImageReference> parseReference(const QString &text)
{
    auto parsed = reference::ImageReference::parse(text);
    if (!parsed) {
        Error error = parsed.error();
        error.addContext(Tr::tr("reading the image reference \"%1\"").arg(text.left(200)));
        return error;
    }
    return parsed;
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("kind"), errorKindName(error.kind())},
            {QStringLiteral("message"), error.toString()}};
}

} // namespace

bool Cli::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Any word that is not an option is meant as a subcommand: an unknown one
    // gets the usage text, not a window.
    const QString first = arguments.at(1);
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version");
}

int Cli::run(const QStringList &arguments)
{
    m_json = wantsJson(arguments);
    if (!m_json)
        installTranslator();

    const QString first = arguments.value(1);
    if (first == QLatin1String("--version")) {
        printText(QStringLiteral("chainscope %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitPass;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help"))
        return usage(false);

    m_command = first;
    // Each subcommand parses "chainscope <rest>" so that option errors name it.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.first());
    if (first == QLatin1String("lineage"))
        return runLineage(rest);
    if (first == QLatin1String("verify"))
        return runVerify(rest);
    if (first == QLatin1String("repos"))
        return runRepos(rest);
    if (first == QLatin1String("tags"))
        return runTags(rest);
    if (first == QLatin1String("inspect"))
        return runInspect(rest);
    if (first == QLatin1String("policy")) {
        const QString what = arguments.value(2);
        QStringList policyRest = arguments.mid(3);
        policyRest.prepend(arguments.first());
        m_command = QStringLiteral("policy ") + what;
        if (what == QLatin1String("lint"))
            return runPolicyLint(policyRest);
        if (what == QLatin1String("test"))
            return runPolicyTest(policyRest);
        return fail(Tr::tr("unknown policy subcommand \"%1\" (expected lint or test)").arg(what));
    }
    std::fprintf(stderr, "chainscope: %s\n",
                 qPrintable(Tr::tr("unknown subcommand \"%1\"").arg(first)));
    return usage(true);
}

int Cli::usage(bool error)
{
    const QString text = Tr::tr(
        "Usage:\n"
        "  chainscope                              open the inspector window\n"
        "  chainscope --lab-state FILE             open the window on the lab of lab.json\n"
        "  chainscope lineage REF [--key FILE]     the chain image -> base -> ... with evidence\n"
        "  chainscope verify REF --key FILE        check the cosign signature with a public key\n"
        "        [--require-tlog] [--exact-reference] [--known-key FILE ...]\n"
        "  chainscope repos HOST                   the repositories of a registry (its catalog)\n"
        "  chainscope tags REPO                    the tags of a repository, e.g. host/team/app\n"
        "  chainscope inspect REF                  manifest, config, platforms, attestations,\n"
        "                                          referrers and where the credential came from\n"
        "        REF may be a local image: oci:PATH[:TAG], oci-archive:PATH[:TAG],\n"
        "        docker-archive:PATH[:NAME:TAG]\n"
        "  chainscope policy lint FILE             check a Kyverno policy, with fixes\n"
        "  chainscope policy test FILE REF...      would the policy admit a Pod with these "
        "images?\n"
        "\n"
        "Every subcommand takes --output json|text, --username NAME --password-stdin and\n"
        "--insecure-plain-http. Without --username, credentials come from the first of:\n"
        "credHelpers, credsStore and auths of $DOCKER_CONFIG/config.json (default\n"
        "~/.docker/config.json), then the containers auth.json. Registries on loopback are\n"
        "reached over plain HTTP; any other host needs --insecure-plain-http for that, and\n"
        "credentials are never sent to it over plain HTTP.\n"
        "\n"
        "Exit codes: 0 pass, 1 verification or policy failure, 2 error (bad input,\n"
        "unreachable registry). lineage: 1 when the evidence contradicts itself or,\n"
        "with --key, when the image or a base is not verified by the key (a vendor\n"
        "base such as the Red Hat UBI is signed with the vendor's keys and does not\n"
        "count); 2 with --key when an image of the chain could not be read.\n");
    if (error) {
        std::fputs(qPrintable(text), stderr);
        return ExitError;
    }
    printText(text);
    return ExitPass;
}

int Cli::fail(const QString &message, const QString &kind)
{
    if (m_json) {
        printJson({{QStringLiteral("command"), m_command},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), kind},
                                {QStringLiteral("message"), message}}}});
    } else {
        std::fprintf(stderr, "chainscope %s: %s\n", qPrintable(m_command), qPrintable(message));
    }
    return ExitError;
}

int Cli::fail(const Error &error)
{
    return fail(error.toString(), errorKindName(error.kind()));
}

std::optional<int> Cli::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                       const QCommandLineOption &output)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printText(helpText(parser));
        return ExitPass;
    }
    const QString format = parser.value(output);
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return fail(Tr::tr("--output takes json or text"));
    return std::nullopt;
}

void Cli::printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString Cli::helpText(const QCommandLineParser &parser) const
{
    // QCommandLineParser names the program by its path; name the subcommand instead.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("chainscope ") + m_command);
    return text;
}

int Cli::runLineage(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption key(QStringLiteral("key"),
                                 Tr::tr("Check each hop's cosign signature and the provenance "
                                    "attestations with this public key (PEM or DER). Exit 1 "
                                    "when the image or a base other than a vendor image is "
                                    "not verified, 2 when an image could not be read."),
                                 QStringLiteral("file"));
    const QCommandLineOption maxDepth(QStringLiteral("max-depth"),
                                      Tr::tr("Follow at most this many images (default 8)."),
                                      QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption followAll(QStringLiteral("follow-all-registries"),
                                       Tr::tr("Follow bases to registries that neither the command "
                                          "names nor the Docker configuration has credentials "
                                          "for."));
    parser.addOptions({key, maxDepth, followAll});
    parser.addPositionalArgument(QStringLiteral("REF"), Tr::tr("The image, e.g. host/repo:tag."));
    if (const auto exit = parseArguments(parser, arguments, common.output))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("lineage needs exactly one image reference"));

    auto image = parseReference(parser.positionalArguments().first());
    if (!image)
        return fail(image.error().toString());
    bool depthOk = false;
    const int depth = parser.value(maxDepth).toInt(&depthOk);
    if (!depthOk || depth < 1)
        return fail(Tr::tr("--max-depth needs a positive number"));

    lineage::LineageBuilder::Options options;
    options.maxDepth = depth;
    if (parser.isSet(key)) {
        auto loaded = loadKey(parser.value(key));
        if (!loaded)
            return fail(loaded.error());
        const crypto::PublicKey publicKey = *loaded;
        options.attestationKey = publicKey;
        options.signatureCheck = [publicKey](registry::ContentSource &source,
                                             const reference::ImageReference &pinned) {
            sigstore::KeyVerifyOptions verifyOptions;
            verifyOptions.key = publicKey;
            return sigstore::CosignVerifier(source).verify(pinned, verifyOptions);
        };
    }

    ConnectionOptions connection = common.connection(parser);
    connection.followAllRegistries = parser.isSet(followAll);
    CliSession session;
    if (auto ready = session.init(connection, {image->registry()}); !ready)
        return fail(ready.error());
    options.sources = [&session](const QString &host)
        -> std::shared_ptr<registry::ContentSource> {
        if (!session.mayFollow(host))
            return nullptr;
        return session.sharedClient(host);
    };

    lineage::LineageBuilder builder(session.client(image->registry()), options);
    auto result = builder.build(*image);
    if (!result)
        return fail(result.error());

    if (m_json) {
        QJsonObject json = result->toJson();
        json.insert(QStringLiteral("command"), m_command);
        json.insert(QStringLiteral("transport"), QJsonArray::fromStringList(session.transportNotes()));
        printJson(json);
    } else {
        printText(CliText::lineage(*result) + CliText::notes(session.transportNotes()));
    }
    if (!parser.isSet(key))
        return result->hasContradictions() ? ExitFail : ExitPass;
    switch (result->keyCheck()) {
    case lineage::KeyCheck::Passed: return ExitPass;
    case lineage::KeyCheck::Failed: return ExitFail;
    case lineage::KeyCheck::Incomplete: return ExitError;
    }
    return ExitError;
}

int Cli::runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption key(QStringLiteral("key"),
                                 Tr::tr("The public key (PEM or DER) the image must be signed with."),
                                 QStringLiteral("file"));
    const QCommandLineOption knownKey(QStringLiteral("known-key"),
                                      Tr::tr("Another public key to name the signer with when the "
                                         "signature is not by --key (repeatable)."),
                                      QStringLiteral("file"));
    const QCommandLineOption requireTlog(QStringLiteral("require-tlog"),
                                         Tr::tr("Fail unless a transparency-log entry backs the "
                                            "signature."));
    const QCommandLineOption rekorKey(QStringLiteral("rekor-key"),
                                      Tr::tr("The Rekor public key that signs transparency-log "
                                             "entries (repeatable); without one an attached "
                                             "entry cannot be checked."),
                                      QStringLiteral("file"));
    const QCommandLineOption exactReference(QStringLiteral("exact-reference"),
                                            Tr::tr("Fail when the signed docker-reference differs "
                                               "from the image's name."));
    parser.addOptions({key, knownKey, requireTlog, rekorKey, exactReference});
    parser.addPositionalArgument(QStringLiteral("REF"), Tr::tr("The image, e.g. host/repo:tag."));
    if (const auto exit = parseArguments(parser, arguments, common.output))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("verify needs exactly one image reference"));
    if (!parser.isSet(key))
        return fail(Tr::tr("verify needs --key FILE (keyless verification comes later)"));

    auto image = parseReference(parser.positionalArguments().first());
    if (!image)
        return fail(image.error().toString());

    sigstore::KeyVerifyOptions options;
    auto loaded = loadKey(parser.value(key));
    if (!loaded)
        return fail(loaded.error());
    options.key = *loaded;
    for (const QString &path : parser.values(knownKey)) {
        auto other = loadKey(path);
        if (!other)
            return fail(other.error());
        options.knownKeys.append(*other);
    }
    for (const QString &path : parser.values(rekorKey)) {
        auto rekor = loadKey(path);
        if (!rekor)
            return fail(rekor.error());
        options.rekorKeys.append(*rekor);
    }
    options.requireTransparencyLog = parser.isSet(requireTlog);
    options.requireExactReference = parser.isSet(exactReference);

    CliSession session;
    if (auto ready = session.init(common.connection(parser), {image->registry()}); !ready)
        return fail(ready.error());

    report::Verification verification
        = sigstore::CosignVerifier(session.client(image->registry())).verify(*image, options);
    for (const QString &note : session.transportNotes()) {
        if (!verification.warnings.contains(note))
            verification.warnings.append(note);
    }

    if (m_json) {
        QJsonObject json = verification.toJson();
        json.insert(QStringLiteral("command"), m_command);
        json.insert(QStringLiteral("transport"),
                    QJsonArray::fromStringList(session.transportNotes()));
        printJson(json);
    } else {
        printText(CliText::verification(verification, session.transportNotes()));
    }
    if (verification.verified())
        return ExitPass;
    return verification.outcome == report::Outcome::Error ? ExitError : ExitFail;
}

namespace {

Result<QString> readPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io,
                     Tr::tr("cannot read the policy file %1: %2").arg(path, file.errorString()));
    }
    // A policy is a small text; refuse anything that is clearly not one.
    constexpr qint64 MaxPolicyBytes = 4 * 1024 * 1024;
    if (file.size() > MaxPolicyBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("the policy file %1 is larger than 4 MiB").arg(path));
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

int Cli::runPolicyLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The policy YAML."));
    if (const auto exit = parseArguments(parser, arguments, common.output))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("policy lint needs exactly one file"));

    const QString path = parser.positionalArguments().first();
    auto text = readPolicyFile(path);
    if (!text)
        return fail(text.error());

    const policy::LintResult result = policy::PolicyLinter().lint(*text);
    if (m_json) {
        QJsonArray diagnostics;
        int errors = 0;
        int warnings = 0;
        for (const policy::Diagnostic &diagnostic : result.diagnostics) {
            diagnostics.append(diagnostic.toJson());
            errors += diagnostic.severity == policy::Severity::Error;
            warnings += diagnostic.severity == policy::Severity::Warning;
        }
        printJson({{QStringLiteral("command"), m_command},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("policies"), int(result.policies.size())},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings},
                   {QStringLiteral("diagnostics"), diagnostics}});
    } else {
        printText(CliText::lint(path, result));
    }
    return result.hasErrors() ? ExitFail : ExitPass;
}

int Cli::runPolicyTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption rekorKey(QStringLiteral("rekor-key"),
                                      Tr::tr("A Rekor public key that signs transparency-log "
                                             "entries, besides the policy's rekor.pubkey "
                                             "(repeatable)."),
                                      QStringLiteral("file"));
    parser.addOption(rekorKey);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The policy YAML."));
    parser.addPositionalArgument(QStringLiteral("REF"),
                                 Tr::tr("The images of the Pod to admit."), QStringLiteral("REF..."));
    if (const auto exit = parseArguments(parser, arguments, common.output))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(Tr::tr("policy test needs a policy file and at least one image"));

    QList<crypto::PublicKey> rekorKeys;
    for (const QString &keyPath : parser.values(rekorKey)) {
        auto rekor = loadKey(keyPath);
        if (!rekor)
            return fail(rekor.error());
        rekorKeys.append(*rekor);
    }
    const QString path = positional.first();
    auto text = readPolicyFile(path);
    if (!text)
        return fail(text.error());
    const policy::LintResult lint = policy::PolicyLinter().lint(*text);
    // A policy with errors is not what the user meant (a misspelt
    // verifyImages drops the rule and everything would be admitted).
    if (!lint.policies.isEmpty() && lint.hasErrors()) {
        return fail(Tr::tr("Cannot evaluate: the policy has %n error(s); run chainscope policy "
                           "lint %1",
                           nullptr, lint.errorCount())
                        .arg(path));
    }
    if (lint.policies.isEmpty()) {
        QStringList problems;
        for (const policy::Diagnostic &diagnostic : lint.diagnostics) {
            if (diagnostic.severity == policy::Severity::Error) {
                problems.append(QStringLiteral("%1:%2: %3")
                                    .arg(diagnostic.line)
                                    .arg(diagnostic.column)
                                    .arg(diagnostic.message));
            }
        }
        return fail(Tr::tr("%1 holds no policy that can be evaluated%2")
                        .arg(path, problems.isEmpty() ? QString()
                                                      : QStringLiteral(": ") + problems.join("; ")));
    }

    policy::AdmissionRequest request;
    QStringList hosts;
    for (const QString &written : positional.mid(1)) {
        auto image = parseReference(written);
        if (!image)
            return fail(image.error().toString());
        request.images.append(written);
        if (!hosts.contains(image->registry()))
            hosts.append(image->registry());
    }

    CliSession session;
    if (auto ready = session.init(common.connection(parser), hosts); !ready)
        return fail(ready.error());
    // Kyverno denies when a registry cannot be reached (failurePolicy Fail);
    // the CLI tells that apart from a policy denial: it is an error here.
    for (const QString &host : hosts) {
        auto reachable = session.client(host).ping();
        if (!reachable) {
            Error error = reachable.error();
            error.addContext(Tr::tr("connecting to %1").arg(host));
            return fail(error);
        }
    }

    policy::PolicyEvaluator evaluator([&session](const QString &host) -> registry::ContentSource * {
        return &session.client(host);
    });
    evaluator.setRekorKeys(rekorKeys);
    const policy::Decision decision = evaluator.evaluate(lint.policies, request);

    if (m_json) {
        QJsonObject json = decision.toJson();
        json.insert(QStringLiteral("command"), m_command);
        json.insert(QStringLiteral("file"), path);
        json.insert(QStringLiteral("transport"),
                    QJsonArray::fromStringList(session.transportNotes()));
        printJson(json);
    } else {
        printText(CliText::decision(decision, session.transportNotes()));
    }
    return decision.admit ? ExitPass : ExitFail;
}

namespace {

// "https://ghcr.io/v2/" or "ghcr.io" -> "ghcr.io".
QString hostOf(QString text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        text = text.mid(scheme + 3);
    text = text.section(QLatin1Char('/'), 0, 0);
    return text.toLower();
}

// Catalog refusals are normal on public registries (Docker Hub, GHCR, Quay):
// say so and point at naming a repository.
Error catalogError(Error error, const QString &host)
{
    if (error.kind() == ErrorKind::Unauthorized || error.kind() == ErrorKind::Forbidden
        || error.kind() == ErrorKind::NotFound) {
        error.addContext(Tr::tr("%1 does not let these credentials list its repositories; name "
                                "one instead, e.g. chainscope tags %1/NAME")
                             .arg(host));
    }
    return error;
}

QJsonObject localJson(const registry::LocalImage &image)
{
    return {{QStringLiteral("transport"), image.transport},
            {QStringLiteral("path"), image.path},
            {QStringLiteral("notes"), QJsonArray::fromStringList(image.notes)}};
}

} // namespace

std::optional<int> Cli::parseSingle(QCommandLineParser &parser, const QStringList &arguments,
                                    const QCommandLineOption &output, const QString &what)
{
    parser.addPositionalArgument(what, Tr::tr("What to read."));
    if (const auto exit = parseArguments(parser, arguments, output))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("%1 needs exactly one %2").arg(m_command, what));
    return std::nullopt;
}

int Cli::runRepos(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    if (const auto exit = parseSingle(parser, arguments, common.output, QStringLiteral("HOST")))
        return *exit;
    const QString written = parser.positionalArguments().first();

    QStringList repositories;
    QJsonObject json{{QStringLiteral("command"), m_command}};
    QStringList notes;
    if (registry::isLocalImageSpec(written) || QFileInfo::exists(written)) {
        auto local = registry::isLocalImageSpec(written)
                         ? registry::openLocalImage(written, false)
                         : registry::openLocalSource(written);
        if (!local)
            return fail(local.error());
        auto listed = local->source->repositories();
        if (!listed)
            return fail(listed.error());
        repositories = *listed;
        json.insert(QStringLiteral("registry"), local->source->host());
        json.insert(QStringLiteral("local"), localJson(*local));
        notes = local->notes;
    } else {
        const QString host = hostOf(written);
        if (host.isEmpty())
            return fail(Tr::tr("repos needs a registry host, e.g. ghcr.io or 127.0.0.1:5000"));
        CliSession session;
        if (auto ready = session.init(common.connection(parser), {host}); !ready)
            return fail(ready.error());
        auto listed = session.client(host).repositories();
        if (!listed)
            return fail(catalogError(listed.error(), host));
        repositories = *listed;
        json.insert(QStringLiteral("registry"), host);
        json.insert(QStringLiteral("credentials"), session.credentialInfo(host));
        json.insert(QStringLiteral("transport"),
                    QJsonArray::fromStringList(session.transportNotes()));
        notes = session.transportNotes();
    }
    if (m_json) {
        json.insert(QStringLiteral("repositories"), QJsonArray::fromStringList(repositories));
        printJson(json);
    } else {
        printText((repositories.isEmpty() ? QString() : repositories.join('\n') + '\n')
                  + CliText::notes(notes));
    }
    return ExitPass;
}

int Cli::runTags(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    if (const auto exit = parseSingle(parser, arguments, common.output, QStringLiteral("REPO")))
        return *exit;
    const QString written = parser.positionalArguments().first();

    QJsonObject json{{QStringLiteral("command"), m_command}};
    QStringList tags;
    QStringList notes;
    if (registry::isLocalImageSpec(written)) {
        auto local = registry::openLocalImage(written, false);
        if (!local)
            return fail(local.error());
        if (local->repository.isEmpty()) {
            return fail(Tr::tr("%1 holds several repositories: name one, e.g. %2:NAME")
                            .arg(written, written));
        }
        auto listed = local->source->tags(local->repository);
        if (!listed)
            return fail(listed.error());
        tags = *listed;
        json.insert(QStringLiteral("registry"), local->source->host());
        json.insert(QStringLiteral("repository"), local->repository);
        json.insert(QStringLiteral("local"), localJson(*local));
        notes = local->notes;
    } else {
        // A tag or digest would be silently dropped: refuse it instead.
        if (written.contains(QLatin1Char('@'))
            || written.section(QLatin1Char('/'), -1).contains(QLatin1Char(':'))) {
            return fail(Tr::tr("tags takes a repository without tag or digest, e.g. %1")
                            .arg(written.section(QLatin1Char('@'), 0, 0)
                                     .section(QLatin1Char(':'), 0, -2)));
        }
        auto repository = parseReference(written);
        if (!repository)
            return fail(repository.error().toString());
        CliSession session;
        if (auto ready = session.init(common.connection(parser), {repository->registry()}); !ready)
            return fail(ready.error());
        auto listed = session.client(repository->registry()).tags(repository->repository());
        if (!listed)
            return fail(listed.error());
        tags = *listed;
        json.insert(QStringLiteral("registry"), repository->registry());
        json.insert(QStringLiteral("repository"), repository->repository());
        json.insert(QStringLiteral("credentials"), session.credentialInfo(repository->registry()));
        json.insert(QStringLiteral("transport"),
                    QJsonArray::fromStringList(session.transportNotes()));
        notes = session.transportNotes();
    }
    if (m_json) {
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        printJson(json);
    } else {
        printText((tags.isEmpty() ? QString() : tags.join('\n') + '\n') + CliText::notes(notes));
    }
    return ExitPass;
}

int Cli::runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    if (const auto exit = parseSingle(parser, arguments, common.output, QStringLiteral("REF")))
        return *exit;
    const QString written = parser.positionalArguments().first();

    Result<QJsonObject> inspection = QJsonObject();
    QStringList notes;
    QJsonObject extra;
    if (registry::isLocalImageSpec(written)) {
        auto local = registry::openLocalImage(written);
        if (!local)
            return fail(local.error());
        inspection = ImageInspection::inspect(*local->source, local->repository,
                                              local->tagOrDigest);
        extra.insert(QStringLiteral("local"), localJson(*local));
        extra.insert(QStringLiteral("credentials"),
                     QJsonObject{{QStringLiteral("source"), QStringLiteral("none")},
                                 {QStringLiteral("description"), Tr::tr("local files")}});
        notes = local->notes;
    } else {
        auto image = parseReference(written);
        if (!image)
            return fail(image.error().toString());
        CliSession session;
        if (auto ready = session.init(common.connection(parser), {image->registry()}); !ready)
            return fail(ready.error());
        const QString tagOrDigest
            = image->digest().isValid() ? image->digest().toString() : image->tag();
        inspection = ImageInspection::inspect(session.client(image->registry()),
                                              image->repository(), tagOrDigest);
        extra.insert(QStringLiteral("registry"), image->registry());
        extra.insert(QStringLiteral("credentials"), session.credentialInfo(image->registry()));
        notes = session.transportNotes();
    }
    if (!inspection)
        return fail(inspection.error());

    QJsonObject json = *inspection;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    json.insert(QStringLiteral("command"), m_command);
    json.insert(QStringLiteral("transport"), QJsonArray::fromStringList(notes));
    if (m_json) {
        printJson(json);
    } else {
        const QJsonObject credentials = json.value(QStringLiteral("credentials")).toObject();
        QString credentialLine = credentials.value(QStringLiteral("description")).toString();
        if (credentials.contains(QStringLiteral("username")))
            credentialLine += QStringLiteral(" (%1)").arg(
                credentials.value(QStringLiteral("username")).toString());
        printText(ImageInspection::text(json)
                  + QStringLiteral("%1 %2\n").arg(Tr::tr("Credential:"), -14).arg(credentialLine)
                  + CliText::notes(notes));
    }
    return ExitPass;
}

} // namespace chainscope::app
