#pragma once

#include "core/policy/yamlnode.h"
#include "core/support/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace chainscope::policy {

/// A value read from a policy with where it was written. present is false
/// when the field is absent; value then holds Kyverno's default.
template <typename T> struct Field
{
    T value{};
    bool present = false;
    YamlRange keyRange; ///< the key ("image")
    YamlRange valueRange; ///< the value
};

/// rekor: under keys, keyless or certificates.
struct RekorOptions
{
    bool present = false;
    YamlRange keyRange;
    YamlRange range;
    Field<QString> url;
    Field<QString> pubkey;
    Field<bool> ignoreTlog;
};

/// ctlog: under keys, keyless or certificates.
struct CtlogOptions
{
    bool present = false;
    YamlRange keyRange;
    YamlRange range;
    Field<bool> ignoreSCT;
    Field<QString> pubkey;
    Field<QString> tsaCertChain;
};

/// attestors[].entries[].keys: one or more PEM keys, a kms URI, or a secret.
struct StaticKeyAttestor
{
    bool present = false;
    YamlRange keyRange;
    YamlRange range;
    Field<QString> publicKeys;
    Field<QString> signatureAlgorithm;
    Field<QString> kms;
    bool hasSecret = false;
    RekorOptions rekor;
    CtlogOptions ctlog;
};

/// attestors[].entries[].keyless: Fulcio identities.
struct KeylessAttestor
{
    bool present = false;
    YamlRange keyRange;
    YamlRange range;
    Field<QString> subject;
    Field<QString> subjectRegExp;
    Field<QString> issuer;
    Field<QString> issuerRegExp;
    Field<QString> roots;
    bool hasAdditionalExtensions = false;
    RekorOptions rekor;
    CtlogOptions ctlog;
};

/// attestors[].entries[].certificates: a certificate (chain) given inline.
struct CertificateAttestor
{
    bool present = false;
    YamlRange keyRange;
    YamlRange range;
    Field<QString> cert;
    Field<QString> certChain;
    RekorOptions rekor;
    CtlogOptions ctlog;
};

/// One entry of an attestor set.
struct Attestor
{
    YamlRange range;
    StaticKeyAttestor keys;
    KeylessAttestor keyless;
    CertificateAttestor certificates;
    bool hasNestedAttestor = false; ///< entries[].attestor (a nested set)
    QMap<QString, QString> annotations;
    Field<QString> repository;
};

/// attestors[]: count of entries that must verify (all when absent).
struct AttestorSet
{
    YamlRange range;
    Field<int> count;
    QList<Attestor> entries;
};

/// attestations[]: in-toto statements checked with conditions.
struct Attestation
{
    YamlRange range;
    Field<QString> type;
    Field<QString> predicateType; ///< deprecated in favour of type
    Field<QString> name;
    QList<AttestorSet> attestors;
    bool hasConditions = false;
};

/// rules[].verifyImages[]: the 2021 fields (image, key, subject, issuer,
/// roots, annotations) and the current ones, each with its position.
struct ImageVerification
{
    YamlRange range;
    int index = 0;

    // Deprecated (Kyverno 1.4–1.6 form).
    Field<QString> image;
    Field<QString> key;
    Field<QString> subject;
    Field<QString> issuer;
    Field<QString> roots;
    Field<QMap<QString, QString>> annotations;

    // Current form.
    Field<QStringList> imageReferencesField; ///< the key and the whole list
    QList<Field<QString>> imageReferences;
    QList<Field<QString>> skipImageReferences;
    Field<QString> repository;
    Field<QString> type; ///< Cosign (default), SigstoreBundle, Notary
    Field<QString> failureAction; ///< Audit or Enforce, overrides the policy's
    Field<bool> mutateDigest{true};
    Field<bool> verifyDigest{true};
    Field<bool> required{true};
    Field<bool> useCache{true};
    bool hasImageRegistryCredentials = false;
    QList<AttestorSet> attestors;
    YamlRange attestorsKeyRange;
    QList<Attestation> attestations;

    /// True when any of image, key, subject, issuer, roots or annotations is set.
    bool usesDeprecatedFields() const;

    /// The current form Kyverno evaluates (ImageVerification.Convert() in
    /// kyverno api/kyverno/v1): image joins imageReferences, key becomes a
    /// keys attestor (with no rekor settings, so a transparency-log entry is
    /// required), issuer/subject/roots a keyless attestor. Positions of the
    /// converted parts point at the deprecated fields they came from.
    ImageVerification converted() const;
};

/// A match/exclude resource filter (only what image verification needs).
struct ResourceFilter
{
    QStringList kinds;
    QStringList namespaces;
    bool hasOtherConstraints = false; ///< names, selectors, operations, ...
};

/// match: or exclude: with any/all lists or the older direct resources.
struct MatchSpec
{
    bool present = false;
    YamlRange keyRange;
    QList<ResourceFilter> any;
    QList<ResourceFilter> all;
    bool hasDirectResources = false;
    ResourceFilter resources;
    bool hasUserFilters = false; ///< subjects, roles, clusterRoles
};

struct Rule
{
    YamlRange range;
    Field<QString> name;
    MatchSpec match;
    MatchSpec exclude;
    QList<ImageVerification> verifyImages;
    YamlRange verifyImagesKeyRange;
    bool hasPreconditions = false;
};

/// A Kyverno ClusterPolicy or Policy (kyverno.io/v1 or v2beta1), read
/// leniently: wrong types are left at their defaults here and reported by
/// the linter, which walks the document against the CRD schema.
/// Plain value type; thread-safe to read.
struct KyvernoPolicy
{
    YamlNode document;
    Field<QString> apiVersion;
    Field<QString> kind;
    Field<QString> name;
    Field<QString> namespaceName;
    Field<QString> validationFailureAction; ///< deprecated; default Audit
    Field<bool> background{true};
    QList<Rule> rules;
    YamlRange rulesKeyRange;

    /// Reads one document. Errors (InvalidInput) when it is not a map whose
    /// kind is ClusterPolicy or Policy in group kyverno.io.
    static Result<KyvernoPolicy> fromDocument(const YamlNode &document);
};

} // namespace chainscope::policy
