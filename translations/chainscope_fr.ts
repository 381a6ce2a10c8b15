<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>chainscope::app</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>User name for the registry; the password is read from standard input (--password-stdin).</source>
        <translation>Nom d’utilisateur pour le registre ; le mot de passe est lu sur l’entrée standard (--password-stdin).</translation>
    </message>
    <message>
        <source>Read the registry password from standard input.</source>
        <translation>Lire le mot de passe du registre sur l’entrée standard.</translation>
    </message>
    <message>
        <source>DANGEROUS: talk plain HTTP to registries that are not on loopback; anyone on the path can change what is read. Every report says so.</source>
        <translation>DANGEREUX : parler en HTTP non chiffré à des registres hors loopback ; n’importe qui sur le chemin peut modifier ce qui est lu. Chaque rapport le signale.</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>reading the key file %1</source>
        <translation>lecture du fichier de clé %1</translation>
    </message>
    <message>
        <source>reading the image reference &quot;%1&quot;</source>
        <translation>lecture de la référence d’image « %1 »</translation>
    </message>
    <message>
        <source>unknown policy subcommand &quot;%1&quot; (expected lint or test)</source>
        <translation>sous-commande policy inconnue « %1 » (attendu : lint ou test)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Follow at most this many images (default 8).</source>
        <translation>Suivre au plus ce nombre d’images (8 par défaut).</translation>
    </message>
    <message>
        <source>Follow bases to registries that neither the command names nor the Docker configuration has credentials for.</source>
        <translation>Suivre les bases vers des registres que la commande ne nomme pas et pour lesquels la configuration Docker n’a pas d’identifiants.</translation>
    </message>
    <message>
        <source>The image, e.g. host/repo:tag.</source>
        <translation>L’image, p. ex. host/repo:tag.</translation>
    </message>
    <message>
        <source>--output takes json or text</source>
        <translation>--output accepte json ou text</translation>
    </message>
    <message>
        <source>lineage needs exactly one image reference</source>
        <translation>lineage exige exactement une référence d’image</translation>
    </message>
    <message>
        <source>--max-depth needs a positive number</source>
        <translation>--max-depth exige un nombre positif</translation>
    </message>
    <message>
        <source>The public key (PEM or DER) the image must be signed with.</source>
        <translation>La clé publique (PEM ou DER) avec laquelle l’image doit être signée.</translation>
    </message>
    <message>
        <source>Another public key to name the signer with when the signature is not by --key (repeatable).</source>
        <translation>Une autre clé publique pour nommer le signataire quand la signature ne vient pas de --key (répétable).</translation>
    </message>
    <message>
        <source>Fail unless a transparency-log entry backs the signature.</source>
        <translation>Échouer si aucune entrée du journal de transparence n’appuie la signature.</translation>
    </message>
    <message>
        <source>Fail when the signed docker-reference differs from the image&apos;s name.</source>
        <translation>Échouer quand la docker-reference signée diffère du nom de l’image.</translation>
    </message>
    <message>
        <source>verify needs exactly one image reference</source>
        <translation>verify exige exactement une référence d’image</translation>
    </message>
    <message>
        <source>verify needs --key FILE (keyless verification comes later)</source>
        <translation>verify exige --key FICHIER (la vérification sans clé viendra plus tard)</translation>
    </message>
    <message>
        <source>cannot read the policy file %1: %2</source>
        <translation>impossible de lire le fichier de politique %1 : %2</translation>
    </message>
    <message>
        <source>the policy file %1 is larger than 4 MiB</source>
        <translation>le fichier de politique %1 dépasse 4 Mio</translation>
    </message>
    <message>
        <source>The policy YAML.</source>
        <translation>Le YAML de la politique.</translation>
    </message>
    <message>
        <source>policy lint needs exactly one file</source>
        <translation>policy lint exige exactement un fichier</translation>
    </message>
    <message>
        <source>The images of the Pod to admit.</source>
        <translation>Les images du pod à admettre.</translation>
    </message>
    <message>
        <source>policy test needs a policy file and at least one image</source>
        <translation>policy test exige un fichier de politique et au moins une image</translation>
    </message>
    <message>
        <source>%1 holds no policy that can be evaluated%2</source>
        <translation>%1 ne contient aucune politique évaluable%2</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>--username and --password-stdin go together: give both or neither</source>
        <translation>--username et --password-stdin vont ensemble : donnez les deux ou aucun</translation>
    </message>
    <message>
        <source>could not read the password from standard input</source>
        <translation>impossible de lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input is empty</source>
        <translation>--password-stdin a été donné, mais l’entrée standard est vide</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[ÉCH.]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[avt.]</translation>
    </message>
    <message>
        <source>[skip]</source>
        <translation>[omis]</translation>
    </message>
    <message>
        <source>[ERR ]</source>
        <translation>[ERR ]</translation>
    </message>
    <message>
        <source>[supports]   </source>
        <translation>[confirme]   </translation>
    </message>
    <message>
        <source>[CONTRADICTS]</source>
        <translation>[CONTREDIT]  </translation>
    </message>
    <message>
        <source>[absent]     </source>
        <translation>[absent]     </translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>provenance</source>
        <translation>provenance</translation>
    </message>
    <message>
        <source>[pass]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>  digest: %1</source>
        <translation>  digest : %1</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>found:    %1</source>
        <translation>trouvé :  %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint (SHA-256): %1</source>
        <translation>Empreinte de la clé du signataire (SHA-256) : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>NON VÉRIFIÉ : %1</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Lignée de %1</translation>
    </message>
    <message>
        <source>%1. base of %2: %3</source>
        <translation>%1. base de %2 : %3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>digest : %1</translation>
    </message>
    <message>
        <source>platform: %1</source>
        <translation>plateforme : %1</translation>
    </message>
    <message>
        <source>layers: %1</source>
        <translation>couches : %1</translation>
    </message>
    <message>
        <source>vendor labels: %1, inherited from its base</source>
        <translation>labels du fournisseur : %1, hérités de sa base</translation>
    </message>
    <message>
        <source>vendor: %1</source>
        <translation>fournisseur : %1</translation>
    </message>
    <message>
        <source>evidence that this is the base of %1:</source>
        <translation>indices que ceci est la base de %1 :</translation>
    </message>
    <message>
        <source>signature: NOT verified: %1</source>
        <translation>signature : NON vérifiée : %1</translation>
    </message>
    <message>
        <source>signature: not checked (no --key given)</source>
        <translation>signature : non vérifiée (aucune --key donnée)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>End of the chain: %1</source>
        <translation>Fin de la chaîne : %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>fix available (weakens verification): %1</source>
        <translation>correction disponible (affaiblit la vérification) : %1</translation>
    </message>
    <message>
        <source>fix available: %1</source>
        <translation>correction disponible : %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images : %1</translation>
    </message>
    <message>
        <source>Policy %1 (%2)</source>
        <translation>Politique %1 (%2)</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>règle %1 (%2)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message>
        <source>Finding (audit, admitted): %1</source>
        <translation>Constat (audit, admis) : %1</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>ADMETTRE</translation>
    </message>
    <message>
        <source>DENY</source>
        <translation>REFUSER</translation>
    </message>
    <message>
        <source>--username and --password-stdin</source>
        <translation>--username et --password-stdin</translation>
    </message>
    <message>
        <source>none: anonymous access</source>
        <translation>aucun : accès anonyme</translation>
    </message>
    <message>
        <source>the fallback tag names an image, not an index</source>
        <translation>le tag de repli désigne une image, pas un index</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>index (multi-platform)</source>
        <translation>index (multiplateforme)</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plateformes :</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>attestation</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches :</translation>
    </message>
    <message>
        <source>Referrers (tag %1):</source>
        <translation>Référents (tag %1) :</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>none (no %1 tag)</source>
        <translation>aucun (pas de tag %1)</translation>
    </message>
    <message>
        <source>%1 does not let these credentials list its repositories; name one instead, e.g. chainscope tags %1/NAME</source>
        <translation>%1 ne permet pas à ces identifiants de lister ses dépôts ; nommez-en un, p. ex. chainscope tags %1/NOM</translation>
    </message>
    <message>
        <source>What to read.</source>
        <translation>Ce qu’il faut lire.</translation>
    </message>
    <message>
        <source>%1 needs exactly one %2</source>
        <translation>%1 exige exactement un argument %2</translation>
    </message>
    <message>
        <source>repos needs a registry host, e.g. ghcr.io or 127.0.0.1:5000</source>
        <translation>repos exige un hôte de registre, p. ex. ghcr.io ou 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>tags takes a repository without tag or digest, e.g. %1</source>
        <translation>tags attend un dépôt sans tag ni digest, p. ex. %1</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>fichiers locaux</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>%1 holds several repositories: name one, e.g. %2:NAME</source>
        <translation>%1 contient plusieurs dépôts : nommez-en un, p. ex. %2:NOM</translation>
    </message>
    <message>
        <source>attached to a manifest not in the index:</source>
        <translation>attaché à un manifeste absent de l’index :</translation>
    </message>
    <message>
        <source>reading the registry credentials</source>
        <translation>lecture des identifiants du registre</translation>
    </message>
    <message>
        <source>%1: %2, %3; policies read: %4</source>
        <translation>%1 : %2, %3 ; politiques lues : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  chainscope                              open the inspector window
  chainscope --lab-state FILE             open the window on the lab of lab.json
  chainscope lineage REF [--key FILE]     the chain image -&gt; base -&gt; ... with evidence
  chainscope verify REF --key FILE        check the cosign signature with a public key
        [--require-tlog] [--exact-reference] [--known-key FILE ...]
  chainscope repos HOST                   the repositories of a registry (its catalog)
  chainscope tags REPO                    the tags of a repository, e.g. host/team/app
  chainscope inspect REF                  manifest, config, platforms, attestations,
                                          referrers and where the credential came from
        REF may be a local image: oci:PATH[:TAG], oci-archive:PATH[:TAG],
        docker-archive:PATH[:NAME:TAG]
  chainscope policy lint FILE             check a Kyverno policy, with fixes
  chainscope policy test FILE REF...      would the policy admit a Pod with these images?

Every subcommand takes --output json|text, --username NAME --password-stdin and
--insecure-plain-http. Without --username, credentials come from the first of:
credHelpers, credsStore and auths of $DOCKER_CONFIG/config.json (default
~/.docker/config.json), then the containers auth.json. Registries on loopback are
reached over plain HTTP; any other host needs --insecure-plain-http for that, and
credentials are never sent to it over plain HTTP.

Exit codes: 0 pass, 1 verification or policy failure, 2 error (bad input,
unreachable registry). lineage: 1 when the evidence contradicts itself or,
with --key, when the image or a base is not verified by the key (a vendor
base such as the Red Hat UBI is signed with the vendor&apos;s keys and does not
count); 2 with --key when an image of the chain could not be read.
</source>
        <translation>Utilisation :
  chainscope                              ouvrir la fenêtre d’inspection
  chainscope --lab-state FICHIER          ouvrir la fenêtre sur le lab de lab.json
  chainscope lineage REF [--key FICHIER]  la chaîne image -&gt; base -&gt; ... avec les indices
  chainscope verify REF --key FICHIER     vérifier la signature cosign avec une clé publique
        [--require-tlog] [--exact-reference] [--known-key FICHIER ...]
  chainscope repos HÔTE                   les dépôts d’un registre (son catalogue)
  chainscope tags DÉPÔT                   les tags d’un dépôt, p. ex. host/team/app
  chainscope inspect REF                  manifeste, configuration, plateformes, attestations,
                                          référents et origine des identifiants
        REF peut être une image locale : oci:CHEMIN[:TAG], oci-archive:CHEMIN[:TAG],
        docker-archive:CHEMIN[:NOM:TAG]
  chainscope policy lint FICHIER          contrôler une politique Kyverno, avec corrections
  chainscope policy test FICHIER REF...   la politique admettrait-elle un pod avec ces images ?

Chaque sous-commande accepte --output json|text, --username NOM --password-stdin et
--insecure-plain-http. Sans --username, les identifiants viennent de la première source parmi :
credHelpers, credsStore et auths de $DOCKER_CONFIG/config.json (par défaut
~/.docker/config.json), puis le auth.json de containers. Les registres en loopback sont
joints en HTTP non chiffré ; tout autre hôte exige pour cela --insecure-plain-http, et les
identifiants ne lui sont jamais envoyés en HTTP non chiffré.

Codes de sortie : 0 succès, 1 échec de vérification ou de politique, 2 erreur (entrée
invalide, registre injoignable). lineage : 1 quand les indices se contredisent ou,
avec --key, quand l’image ou une base n’est pas vérifiée par la clé (une base d’éditeur
comme l’UBI de Red Hat est signée avec les clés de l’éditeur et ne compte pas) ;
2 avec --key quand une image de la chaîne n’a pas pu être lue.
</translation>
    </message>
    <message>
        <source>Check each hop&apos;s cosign signature and the provenance attestations with this public key (PEM or DER). Exit 1 when the image or a base other than a vendor image is not verified, 2 when an image could not be read.</source>
        <translation>Vérifier la signature cosign de chaque maillon et les attestations de provenance avec cette clé publique (PEM ou DER). Code de sortie 1 quand l’image ou une base autre qu’une image d’éditeur n’est pas vérifiée, 2 quand une image n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The Rekor public key that signs transparency-log entries (repeatable); without one an attached entry cannot be checked.</source>
        <translation>La clé publique Rekor qui signe les entrées du journal de transparence (répétable) ; sans elle, une entrée attachée ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>A Rekor public key that signs transparency-log entries, besides the policy&apos;s rekor.pubkey (repeatable).</source>
        <translation>Une clé publique Rekor qui signe les entrées du journal de transparence, en plus du rekor.pubkey de la politique (répétable).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot evaluate: the policy has %n error(s); run chainscope policy lint %1</source>
        <translation>
            <numerusform>Évaluation impossible : la politique contient %n erreur ; lancez chainscope policy lint %1</numerusform>
            <numerusform>Évaluation impossible : la politique contient %n erreurs ; lancez chainscope policy lint %1</numerusform>
        </translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>signature : %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>No rule applied: nothing was checked.</source>
        <translation>Aucune règle ne s’appliquait : rien n’a été vérifié.</translation>
    </message>
</context>
<context>
    <name>chainscope::attestation</name>
    <message>
        <source>reading attestations of %1</source>
        <translation>lecture des attestations de %1</translation>
    </message>
    <message>
        <source>layer of type %1 is not a DSSE envelope</source>
        <translation>la couche de type %1 n’est pas une enveloppe DSSE</translation>
    </message>
    <message>
        <source>payload type %1 is not an in-toto statement</source>
        <translation>le type de charge utile %1 n’est pas une déclaration in-toto</translation>
    </message>
    <message>
        <source>DSSE envelope is not valid JSON: %1 at %2</source>
        <translation>l’enveloppe DSSE n’est pas du JSON valide : %1 à %2</translation>
    </message>
    <message>
        <source>DSSE envelope is not a JSON object</source>
        <translation>l’enveloppe DSSE n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>DSSE envelope has no payloadType</source>
        <translation>l’enveloppe DSSE n’a pas de payloadType</translation>
    </message>
    <message>
        <source>DSSE envelope has no payload</source>
        <translation>l’enveloppe DSSE n’a pas de charge utile</translation>
    </message>
    <message>
        <source>DSSE payload is not valid base64</source>
        <translation>la charge utile DSSE n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>DSSE envelope has no signatures array</source>
        <translation>l’enveloppe DSSE n’a pas de tableau signatures</translation>
    </message>
    <message>
        <source>DSSE signature %1 is missing or not valid base64</source>
        <translation>la signature DSSE %1 est absente ou n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>predicate type &quot;%1&quot; is not SLSA provenance</source>
        <translation>le type de prédicat « %1 » n’est pas une provenance SLSA</translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no builder id</source>
        <translation>la provenance SLSA %1 n’a pas d’identifiant de builder</translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no build type</source>
        <translation>la provenance SLSA %1 n’a pas de type de build</translation>
    </message>
    <message>
        <source>in-toto statement is not a JSON object</source>
        <translation>la déclaration in-toto n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>in-toto statement has no _type</source>
        <translation>la déclaration in-toto n’a pas de _type</translation>
    </message>
    <message>
        <source>statement type &quot;%1&quot; is not supported</source>
        <translation>le type de déclaration « %1 » n’est pas pris en charge</translation>
    </message>
    <message>
        <source>in-toto statement has no predicateType</source>
        <translation>la déclaration in-toto n’a pas de predicateType</translation>
    </message>
    <message>
        <source>in-toto statement has no subject</source>
        <translation>la déclaration in-toto n’a pas de subject</translation>
    </message>
    <message>
        <source>subject &quot;%1&quot; has no digest</source>
        <translation>le subject « %1 » n’a pas de digest</translation>
    </message>
</context>
<context>
    <name>chainscope::crypto</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is not PEM text: no &quot;-----BEGIN&quot; line was found.</source>
        <translation>Ce n’est pas du texte PEM : aucune ligne « -----BEGIN » trouvée.</translation>
    </message>
    <message>
        <source>The PEM text is broken: its base64 body or its &quot;-----END&quot; line is damaged</source>
        <translation>Le texte PEM est abîmé : son corps base64 ou sa ligne « -----END » est endommagé</translation>
    </message>
    <message>
        <source>The elliptic-curve key uses explicit curve parameters; only the named curves P-256, P-384 and P-521 are supported.</source>
        <translation>La clé à courbe elliptique utilise des paramètres de courbe explicites ; seules les courbes nommées P-256, P-384 et P-521 sont prises en charge.</translation>
    </message>
    <message>
        <source>The elliptic curve %1 is not supported; use P-256, P-384 or P-521.</source>
        <translation>La courbe elliptique %1 n’est pas prise en charge ; utilisez P-256, P-384 ou P-521.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; keys shorter than 2048 bits are not accepted.</source>
        <translation>La clé RSA fait %1 bits ; les clés de moins de 2048 bits ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use ECDSA, RSA or Ed25519.</source>
        <translation>Les clés de type %1 ne sont pas prises en charge ; utilisez ECDSA, RSA ou Ed25519.</translation>
    </message>
    <message>
        <source>Could not encode the public key</source>
        <translation>Impossible d’encoder la clé publique</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>The bytes are not a DER SubjectPublicKeyInfo public key</source>
        <translation>Les octets ne sont pas une clé publique DER SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>The DER public key is followed by %1 unexpected bytes.</source>
        <translation>La clé publique DER est suivie de %1 octets inattendus.</translation>
    </message>
    <message>
        <source>The RSA public key is malformed</source>
        <translation>La clé publique RSA est malformée</translation>
    </message>
    <message>
        <source>This is a private key (&quot;%1&quot;). Verification needs the public key; keep the private key secret and give the matching &quot;PUBLIC KEY&quot;.</source>
        <translation>Ceci est une clé privée (« %1 »). La vérification a besoin de la clé publique ; gardez la clé privée secrète et fournissez la « PUBLIC KEY » correspondante.</translation>
    </message>
    <message>
        <source>This is a certificate, not a public key. Give the signer&apos;s &quot;PUBLIC KEY&quot;, or verify with the certificate&apos;s identity.</source>
        <translation>Ceci est un certificat, pas une clé publique. Fournissez la « PUBLIC KEY » du signataire, ou vérifiez avec l’identité du certificat.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is not a public key; expected &quot;PUBLIC KEY&quot;.</source>
        <translation>Le bloc PEM « %1 » n’est pas une clé publique ; « PUBLIC KEY » attendu.</translation>
    </message>
    <message>
        <source>Expected a PEM &quot;CERTIFICATE&quot;, found &quot;%1&quot;.</source>
        <translation>Un « CERTIFICATE » PEM était attendu, « %1 » a été trouvé.</translation>
    </message>
    <message>
        <source>The certificate is malformed</source>
        <translation>Le certificat est malformé</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read</source>
        <translation>La clé publique du certificat est illisible</translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation>Aucune clé publique n’a été fournie.</translation>
    </message>
</context>
<context>
    <name>chainscope::lineage</name>
    <message>
        <source>the index %1 names no image for a platform</source>
        <translation>l’index %1 ne désigne aucune image pour une plateforme</translation>
    </message>
    <message>
        <source>reading the configuration of %1</source>
        <translation>lecture de la configuration de %1</translation>
    </message>
    <message>
        <source>The attestations of this image could not be read: %1</source>
        <translation>Les attestations de cette image n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>A provenance attestation is attached whose subject is not this image; it is ignored.</source>
        <translation>Une attestation de provenance est attachée dont le sujet n’est pas cette image ; elle est ignorée.</translation>
    </message>
    <message>
        <source>A provenance attestation could not be read: %1</source>
        <translation>Une attestation de provenance n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>A provenance attestation is not signed by the given key; it is not used as evidence.</source>
        <translation>Une attestation de provenance n’est pas signée par la clé fournie ; elle n’est pas retenue comme indice.</translation>
    </message>
    <message>
        <source>Not signed by the given key. This is a Red Hat image: Red Hat signs its images with its own keys, and checking vendor signatures is a later capability of Chainscope.</source>
        <translation>Non signée par la clé fournie. C’est une image Red Hat : Red Hat signe ses images avec ses propres clés, et la vérification des signatures des fournisseurs est une capacité ultérieure de Chainscope.</translation>
    </message>
    <message>
        <source>Not signed by the given key. This image names the vendor &quot;%1&quot;; checking vendor signatures is a later capability of Chainscope.</source>
        <translation>Non signée par la clé fournie. Cette image désigne le fournisseur « %1 » ; la vérification des signatures des fournisseurs est une capacité ultérieure de Chainscope.</translation>
    </message>
    <message>
        <source>The manifest has no %1 annotation.</source>
        <translation>Le manifeste n’a pas d’annotation %1.</translation>
    </message>
    <message>
        <source>The manifest annotation %1 names %2.</source>
        <translation>L’annotation de manifeste %1 désigne %2.</translation>
    </message>
    <message>
        <source>The manifest annotations name %1 with digest %2.</source>
        <translation>Les annotations du manifeste désignent %1 avec le digest %2.</translation>
    </message>
    <message>
        <source>The configuration has no %1 label.</source>
        <translation>La configuration n’a pas de label %1.</translation>
    </message>
    <message>
        <source>The label %1 names %2.</source>
        <translation>Le label %1 désigne %2.</translation>
    </message>
    <message>
        <source>The label %1 names %2, as the annotation does.</source>
        <translation>Le label %1 désigne %2, comme l’annotation.</translation>
    </message>
    <message>
        <source>The label %1 names %2, but the annotation names %3.</source>
        <translation>Le label %1 désigne %2, mais l’annotation désigne %3.</translation>
    </message>
    <message>
        <source>The base&apos;s layers (%1) are the first layers of this image (%2 in all).</source>
        <translation>Les couches de la base (%1) sont les premières couches de cette image (%2 au total).</translation>
    </message>
    <message>
        <source>The base&apos;s uncompressed layers (%1 diff_ids) are the first of this image&apos;s (%2 in all).</source>
        <translation>Les couches non compressées de la base (%1 diff_ids) sont les premières de cette image (%2 au total).</translation>
    </message>
    <message>
        <source>The layers of the named base are not a prefix of the layers of this image: it was not built on that image, or the name points to different content now.</source>
        <translation>Les couches de la base désignée ne sont pas un préfixe des couches de cette image : elle n’a pas été construite sur cette image, ou le nom pointe désormais vers un autre contenu.</translation>
    </message>
    <message>
        <source>No SLSA provenance attestation of this image was found.</source>
        <translation>Aucune attestation de provenance SLSA de cette image n’a été trouvée.</translation>
    </message>
    <message>
        <source>its signature was verified with the given key</source>
        <translation>sa signature a été vérifiée avec la clé fournie</translation>
    </message>
    <message>
        <source>its signature was not checked (no key given)</source>
        <translation>sa signature n’a pas été vérifiée (aucune clé fournie)</translation>
    </message>
    <message>
        <source>The SLSA provenance %1 by builder %2 lists %3 with this digest as a material; %4.</source>
        <translation>La provenance SLSA %1 du builder %2 liste %3 avec ce digest comme matériau ; %4.</translation>
    </message>
    <message>
        <source>The SLSA provenance lists %1 with digest %2, not %3.</source>
        <translation>La provenance SLSA liste %1 avec le digest %2, et non %3.</translation>
    </message>
    <message>
        <source>The SLSA provenance of this image lists no material with digest %1.</source>
        <translation>La provenance SLSA de cette image ne liste aucun matériau avec le digest %1.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>%1 names no base image: it is the root of the chain as far as its metadata tells.</source>
        <translation>%1 ne désigne aucune image de base : d’après ses métadonnées, c’est la racine de la chaîne.</translation>
    </message>
    <message>
        <source>The base is named &quot;%1&quot;, which is not an image reference: %2</source>
        <translation>La base s’appelle « %1 », ce qui n’est pas une référence d’image : %2</translation>
    </message>
    <message>
        <source>The base lives on the registry %1, and there is no connection to it.</source>
        <translation>La base se trouve sur le registre %1, et aucune connexion n’y est établie.</translation>
    </message>
    <message>
        <source>The base could not be read, so its layers were not compared.</source>
        <translation>La base n’a pas pu être lue, ses couches n’ont donc pas été comparées.</translation>
    </message>
    <message>
        <source>The base %1 could not be read: %2</source>
        <translation>La base %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>%1 names %2 as its base, which is already in the chain; the walk stopped there.</source>
        <translation>%1 désigne %2 comme base, qui figure déjà dans la chaîne ; le parcours s’est arrêté là.</translation>
    </message>
    <message>
        <source>The tag %1 now points to %2; this image was built on %3.</source>
        <translation>Le tag %1 pointe désormais vers %2 ; cette image a été construite sur %3.</translation>
    </message>
    <message>
        <source>The evidence contradicts itself for at least one hop: see the evidence marked &quot;contradicts&quot;.</source>
        <translation>Les indices se contredisent pour au moins un maillon : voyez les indices marqués « contredit ».</translation>
    </message>
    <message>
        <source>Red Hat UBI %1</source>
        <translation>Red Hat UBI %1</translation>
    </message>
    <message numerus="yes">
        <source>The walk stopped after %n images (the depth limit).</source>
        <translation>
            <numerusform>Le parcours s’est arrêté après %n image (limite de profondeur).</numerusform>
            <numerusform>Le parcours s’est arrêté après %n images (limite de profondeur).</numerusform>
        </translation>
    </message>
    <message>
        <source>An attestation layer could not be read: %1</source>
        <translation>Une couche d’attestation n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The tag %1 moved while it was read: the signature was checked for %2, the lineage shows %3.</source>
        <translation>Le tag %1 a été déplacé pendant sa lecture : la signature a été vérifiée pour %2, la lignée montre %3.</translation>
    </message>
</context>
<context>
    <name>chainscope::oci</name>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 n’est pas un tableau JSON</translation>
    </message>
    <message>
        <source>%1 holds a value that is not a string</source>
        <translation>%1 contient une valeur qui n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a string</source>
        <translation>%1 « %2 » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 has no mediaType</source>
        <translation>%1 n’a pas de mediaType</translation>
    </message>
    <message>
        <source>%1 has no digest</source>
        <translation>%1 n’a pas de digest</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 n’a pas de taille valide</translation>
    </message>
    <message>
        <source>annotations of %1</source>
        <translation>annotations de %1</translation>
    </message>
    <message>
        <source>platform of %1 is not a JSON object</source>
        <translation>la plateforme de %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the image configuration is not valid JSON: %1 at byte %2</source>
        <translation>la configuration de l’image n’est pas du JSON valide : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object</source>
        <translation>la configuration de l’image n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;config&quot; of the image configuration is not a JSON object</source>
        <translation>« config » de la configuration de l’image n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>le label « %1 » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;Labels&quot; is not a JSON object</source>
        <translation>« Labels » n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>a history entry is not a JSON object</source>
        <translation>une entrée de history n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;history&quot; is not a JSON array</source>
        <translation>« history » n’est pas un tableau JSON</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1 at byte %2</source>
        <translation>le manifeste n’est pas du JSON valide : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>le manifeste n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported; push the image again with a current client to get a schema 2 or OCI manifest</source>
        <translation>Les manifestes Docker schéma 1 ne sont pas pris en charge ; poussez à nouveau l’image avec un client récent pour obtenir un manifeste schéma 2 ou OCI</translation>
    </message>
    <message>
        <source>manifest schemaVersion %1 is not supported (expected 2)</source>
        <translation>la schemaVersion %1 du manifeste n’est pas prise en charge (2 attendu)</translation>
    </message>
    <message>
        <source>the document is neither an image manifest nor an index</source>
        <translation>le document n’est ni un manifeste d’image ni un index</translation>
    </message>
    <message>
        <source>manifest media type &quot;%1&quot; is not supported</source>
        <translation>le type de média de manifeste « %1 » n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the manifest says it is &quot;%1&quot; but was served as &quot;%2&quot;</source>
        <translation>le manifeste se déclare « %1 » mais a été servi comme « %2 »</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>the index has no &quot;manifests&quot; array</source>
        <translation>l’index n’a pas de tableau « manifests »</translation>
    </message>
    <message>
        <source>the image manifest has no &quot;config&quot; descriptor</source>
        <translation>le manifeste d’image n’a pas de descripteur « config »</translation>
    </message>
</context>
<context>
    <name>chainscope::policy</name>
    <message>
        <source>the document is a %1, not a Kyverno policy</source>
        <translation>le document est un %1, pas une politique Kyverno</translation>
    </message>
    <message>
        <source>the document is %1 %2, not a Kyverno ClusterPolicy or Policy</source>
        <translation>le document est %1 %2, pas une ClusterPolicy ni une Policy Kyverno</translation>
    </message>
    <message>
        <source>The rule&apos;s resource filter has constraints Chainscope does not evaluate (names, selectors, operations); it is assumed to match.</source>
        <translation>Le filtre de ressources de la règle a des contraintes que Chainscope n’évalue pas (noms, sélecteurs, opérations) ; il est supposé correspondre.</translation>
    </message>
    <message>
        <source>An exclude filter has constraints Chainscope does not evaluate; the Pod is assumed not to be excluded.</source>
        <translation>Un filtre exclude a des contraintes que Chainscope n’évalue pas ; le pod est supposé ne pas être exclu.</translation>
    </message>
    <message>
        <source>subjects, roles and clusterRoles are not evaluated.</source>
        <translation>subjects, roles et clusterRoles ne sont pas évalués.</translation>
    </message>
    <message>
        <source>Chainscope cannot check %1 attestors yet, so this entry is not verified.</source>
        <translation>Chainscope ne sait pas encore vérifier les attestors %1 ; cette entrée n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>The key is held outside the policy (Kubernetes secret, KMS or a variable); Chainscope cannot read it, so the entry is not verified.</source>
        <translation>La clé est conservée hors de la politique (secret Kubernetes, KMS ou variable) ; Chainscope ne peut pas la lire, l’entrée n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>The policy&apos;s public key does not load: %1</source>
        <translation>La clé publique de la politique ne se charge pas : %1</translation>
    </message>
    <message>
        <source>Chainscope has no connection to the registry %1, so the signature could not be checked.</source>
        <translation>Chainscope n’a pas de connexion au registre %1 ; la signature n’a donc pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The signature verifies with the policy&apos;s key, but it has no transparency-log entry, and this attestor requires one.</source>
        <translation>La signature se vérifie avec la clé de la politique, mais elle n’a pas d’entrée dans le journal de transparence, et cet attestor en exige une.</translation>
    </message>
    <message>
        <source>This rule uses the 2021 image/key form. Kyverno converts it to a keys attestor without rekor settings, and current Kyverno then requires a transparency-log (Rekor) entry for every signature; this signature has none (signed with cosign --tlog-upload=false). Rewrite the rule to the current form (lint fix &quot;Rewrite to imageReferences and attestors&quot;) and add rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix &quot;Accept signatures without a transparency-log entry&quot;), which accepts signatures that are not in a public log.</source>
        <translation>Cette règle utilise la forme image/key de 2021. Kyverno la convertit en attestor keys sans réglages rekor, et le Kyverno actuel exige alors une entrée du journal de transparence (Rekor) pour chaque signature ; cette signature n’en a pas (signée avec cosign --tlog-upload=false). Réécrivez la règle dans la forme actuelle (correction lint « Réécrire en imageReferences et attestors ») et ajoutez rekor.ignoreTlog: true et ctlog.ignoreSCT: true (correction lint « Accepter les signatures sans entrée du journal de transparence »), ce qui accepte des signatures absentes de tout journal public.</translation>
    </message>
    <message>
        <source>This keys attestor has no rekor.ignoreTlog: true, so current Kyverno requires a transparency-log (Rekor) entry for every signature; this signature has none (signed with cosign --tlog-upload=false). Add rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix &quot;Accept signatures without a transparency-log entry&quot;) to accept signatures that are not in a public log, or sign with a transparency log.</source>
        <translation>Cet attestor keys n’a pas rekor.ignoreTlog: true ; le Kyverno actuel exige donc une entrée du journal de transparence (Rekor) pour chaque signature ; cette signature n’en a pas (signée avec cosign --tlog-upload=false). Ajoutez rekor.ignoreTlog: true et ctlog.ignoreSCT: true (correction lint « Accepter les signatures sans entrée du journal de transparence ») pour accepter des signatures absentes de tout journal public, ou signez avec un journal de transparence.</translation>
    </message>
    <message>
        <source>The image reference %1 does not parse: %2</source>
        <translation>La référence d’image %1 ne s’analyse pas : %2</translation>
    </message>
    <message>
        <source>Skipped: the image matches skipImageReferences &quot;%1&quot;.</source>
        <translation>Ignorée : l’image correspond à skipImageReferences « %1 ».</translation>
    </message>
    <message>
        <source>Skipped: %1 matches none of the imageReferences.</source>
        <translation>Ignorée : %1 ne correspond à aucune des imageReferences.</translation>
    </message>
    <message>
        <source>Chainscope cannot check %1 signatures yet, so the image is not verified.</source>
        <translation>Chainscope ne sait pas encore vérifier les signatures %1 ; l’image n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>The attestor set has no entries to verify.</source>
        <translation>L’ensemble d’attestors n’a aucune entrée à vérifier.</translation>
    </message>
    <message>
        <source>%1 accepts signatures without a transparency-log entry (rekor.ignoreTlog: true).</source>
        <translation>%1 accepte des signatures sans entrée du journal de transparence (rekor.ignoreTlog: true).</translation>
    </message>
    <message>
        <source>The rule checks attestations, which Chainscope cannot evaluate yet, so the image is not verified.</source>
        <translation>La règle vérifie des attestations que Chainscope ne sait pas encore évaluer ; l’image n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>The rule has no attestors: no signature is required.</source>
        <translation>La règle n’a pas d’attestors : aucune signature n’est exigée.</translation>
    </message>
    <message>
        <source>verifyDigest is on and mutateDigest is off, so the image must be named by digest (name@sha256:...).</source>
        <translation>verifyDigest est activé et mutateDigest désactivé ; l’image doit donc être désignée par son digest (name@sha256:...).</translation>
    </message>
    <message>
        <source>Verified: %1 matches &quot;%2&quot; and its attestors are satisfied.</source>
        <translation>Vérifiée : %1 correspond à « %2 » et ses attestors sont satisfaits.</translation>
    </message>
    <message>
        <source>Kyverno would pin the image to %1@%2 (mutateDigest).</source>
        <translation>Kyverno épinglerait l’image sur %1@%2 (mutateDigest).</translation>
    </message>
    <message>
        <source>Only verifyImages rules are evaluated; this rule is skipped.</source>
        <translation>Seules les règles verifyImages sont évaluées ; cette règle est ignorée.</translation>
    </message>
    <message>
        <source>Preconditions are not evaluated; the rule is assumed to apply.</source>
        <translation>Les préconditions ne sont pas évaluées ; la règle est supposée s’appliquer.</translation>
    </message>
    <message>
        <source>Rewrite to imageReferences and attestors (current Kyverno form)</source>
        <translation>Réécrire en imageReferences et attestors (forme Kyverno actuelle)</translation>
    </message>
    <message>
        <source>Accept signatures without a transparency-log entry (adds rekor.ignoreTlog and ctlog.ignoreSCT; weakens the check)</source>
        <translation>Accepter les signatures sans entrée du journal de transparence (ajoute rekor.ignoreTlog et ctlog.ignoreSCT ; affaiblit la vérification)</translation>
    </message>
    <message>
        <source>Set failureAction: %1 on each rule instead</source>
        <translation>Définir plutôt failureAction: %1 dans chaque règle</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>une chaîne ou un entier</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>une table (map)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1 is set twice; Kubernetes rejects duplicate fields</source>
        <translation>%1 est défini deux fois ; Kubernetes rejette les champs en double</translation>
    </message>
    <message>
        <source>%1 is deprecated: %2</source>
        <translation>%1 est obsolète : %2</translation>
    </message>
    <message>
        <source>unknown field %1; Kubernetes drops it silently, so it has no effect. Known fields here: %2</source>
        <translation>champ inconnu %1 ; Kubernetes le supprime silencieusement, il n’a donc aucun effet. Champs connus ici : %2</translation>
    </message>
    <message>
        <source>%1 needs the field %2</source>
        <translation>%1 exige le champ %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not a %3</source>
        <translation>%1 doit être %2, pas un(e) %3</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; allowed values: %3</source>
        <translation>%1 vaut « %2 » ; valeurs autorisées : %3</translation>
    </message>
    <message>
        <source>%1 is empty: give a PEM public key</source>
        <translation>%1 est vide : fournissez une clé publique PEM</translation>
    </message>
    <message>
        <source>%1 refers to a key outside the policy (Kubernetes secret, KMS or variable); Chainscope cannot read it, so it cannot check it</source>
        <translation>%1 renvoie à une clé hors de la politique (secret Kubernetes, KMS ou variable) ; Chainscope ne peut pas la lire, donc pas la vérifier</translation>
    </message>
    <message>
        <source>%1: key %2 does not load: %3</source>
        <translation>%1 : la clé %2 ne se charge pas : %3</translation>
    </message>
    <message>
        <source>%1 is neither a PEM public key (-----BEGIN PUBLIC KEY-----) nor a k8s://&lt;namespace&gt;/&lt;secret&gt; reference</source>
        <translation>%1 n’est ni une clé publique PEM (-----BEGIN PUBLIC KEY-----) ni une référence k8s://&lt;namespace&gt;/&lt;secret&gt;</translation>
    </message>
    <message>
        <source>%1.image is deprecated (Kyverno 1.4 form); use imageReferences: [&quot;%2&quot;]</source>
        <translation>%1.image est obsolète (forme de Kyverno 1.4) ; utilisez imageReferences: [&quot;%2&quot;]</translation>
    </message>
    <message>
        <source>%1.key is deprecated (Kyverno 1.4 form); use attestors: - entries: - keys: publicKeys</source>
        <translation>%1.key est obsolète (forme de Kyverno 1.4) ; utilisez attestors: - entries: - keys: publicKeys</translation>
    </message>
    <message>
        <source>%1.%2 is deprecated; use attestors: - entries: - keyless: %2</source>
        <translation>%1.%2 est obsolète ; utilisez attestors: - entries: - keyless: %2</translation>
    </message>
    <message>
        <source>%1.annotations is deprecated; set annotations on each attestor entry</source>
        <translation>%1.annotations est obsolète ; définissez annotations sur chaque entrée d’attestor</translation>
    </message>
    <message>
        <source>%1 has no imageReferences, so it matches no image and verifies nothing</source>
        <translation>%1 n’a pas d’imageReferences : il ne correspond à aucune image et ne vérifie rien</translation>
    </message>
    <message>
        <source>imageReferences do not support variables; use a fixed pattern</source>
        <translation>imageReferences ne prend pas en charge les variables ; utilisez un motif fixe</translation>
    </message>
    <message>
        <source>%1.count is %2 but the set has %3 entries</source>
        <translation>%1.count vaut %2 mais l’ensemble a %3 entrées</translation>
    </message>
    <message>
        <source>%1 has no entries</source>
        <translation>%1 n’a aucune entrée</translation>
    </message>
    <message>
        <source>Kyverno converts this key to a keys attestor without rekor settings, so current Kyverno requires a transparency-log (Rekor) entry for every signature; signatures made with cosign --tlog-upload=false will be rejected. Rewrite to the current form, then set rekor.ignoreTlog if you sign without a log.</source>
        <translation>Kyverno convertit cette clé en attestor keys sans réglages rekor ; le Kyverno actuel exige donc une entrée du journal de transparence (Rekor) pour chaque signature ; les signatures faites avec cosign --tlog-upload=false seront refusées. Réécrivez dans la forme actuelle, puis définissez rekor.ignoreTlog si vous signez sans journal.</translation>
    </message>
    <message>
        <source>%1.keys has no rekor.ignoreTlog: true, so current Kyverno requires a transparency-log (Rekor) entry for every signature; signatures made with cosign --tlog-upload=false will be rejected</source>
        <translation>%1.keys n’a pas rekor.ignoreTlog: true ; le Kyverno actuel exige donc une entrée du journal de transparence (Rekor) pour chaque signature ; les signatures faites avec cosign --tlog-upload=false seront refusées</translation>
    </message>
    <message>
        <source>%1.keys accepts signatures without a transparency-log entry (rekor.ignoreTlog: true): a signature cannot be checked against the public log</source>
        <translation>%1.keys accepte des signatures sans entrée du journal de transparence (rekor.ignoreTlog: true) : une signature ne peut pas être confrontée au journal public</translation>
    </message>
    <message>
        <source>%1 has none of keys, keyless, certificates or attestor</source>
        <translation>%1 n’a ni keys, ni keyless, ni certificates, ni attestor</translation>
    </message>
    <message>
        <source>%1 has no attestors and no attestations: images are not checked for signatures</source>
        <translation>%1 n’a ni attestors ni attestations : les signatures des images ne sont pas vérifiées</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée : %1</translation>
    </message>
    <message>
        <source>apiVersion %1 is not served by Kyverno; use kyverno.io/v1</source>
        <translation>apiVersion %1 n’est pas servie par Kyverno ; utilisez kyverno.io/v1</translation>
    </message>
    <message>
        <source>spec.validationFailureAction is deprecated; set failureAction on each rule (verifyImages[].failureAction, validate.failureAction)</source>
        <translation>spec.validationFailureAction est obsolète ; définissez failureAction dans chaque règle (verifyImages[].failureAction, validate.failureAction)</translation>
    </message>
    <message>
        <source>no Kyverno ClusterPolicy or Policy found</source>
        <translation>aucune ClusterPolicy ni Policy Kyverno trouvée</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes; aliases that repeat content many times (an alias bomb) are refused</source>
        <translation>le document s’étend à plus de %1 nœuds ; les alias qui répètent un contenu de nombreuses fois (une bombe d’alias) sont refusés</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>le document est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the document is %1 bytes long; the limit is %2 bytes</source>
        <translation>le document fait %1 octets ; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>the text holds %1 documents; the limit is %2</source>
        <translation>le texte contient %1 documents ; la limite est de %2</translation>
    </message>
    <message>
        <source>the Policy applies to namespace %1 only</source>
        <translation>la Policy ne s’applique qu’au namespace %1</translation>
    </message>
    <message>
        <source>not an image verification rule</source>
        <translation>ce n’est pas une règle de vérification d’image</translation>
    </message>
    <message>
        <source>%1 does not match the rule</source>
        <translation>%1 ne correspond pas à la règle</translation>
    </message>
    <message>
        <source>%1 is excluded by the rule</source>
        <translation>%1 est exclu par la règle</translation>
    </message>
    <message>
        <source>no image matches the rule</source>
        <translation>aucune image ne correspond à la règle</translation>
    </message>
    <message>
        <source>The policy&apos;s rekor.pubkey does not load: %1</source>
        <translation>Le rekor.pubkey de la politique ne se charge pas : %1</translation>
    </message>
    <message>
        <source>Log entry present but not checked: the signature carries a Rekor bundle, but no Rekor public key was given, so it could not be verified.</source>
        <translation>Entrée de journal présente mais non vérifiée : la signature porte un bundle Rekor, mais aucune clé publique Rekor n’a été fournie ; il n’a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Give the Rekor public key: rekor.pubkey in this attestor, or --rekor-key FILE on the command line.</source>
        <translation>Fournissez la clé publique Rekor : rekor.pubkey dans cet attestor, ou --rekor-key FICHIER en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>chainscope::reference</name>
    <message>
        <source>&quot;%1&quot; is not a digest (expected algorithm:hex)</source>
        <translation>« %1 » n’est pas un digest (algorithme:hex attendu)</translation>
    </message>
    <message>
        <source>digest algorithm &quot;%1&quot; is not supported</source>
        <translation>l’algorithme de digest « %1 » n’est pas pris en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest</source>
        <translation>« %1 » n’est pas un digest %2 valide</translation>
    </message>
    <message>
        <source>the image reference is empty</source>
        <translation>la référence d’image est vide</translation>
    </message>
    <message>
        <source>the image reference &quot;%1&quot; has surrounding spaces</source>
        <translation>la référence d’image « %1 » est entourée d’espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an image ID, not a repository name; use name@sha256:... to pin a digest</source>
        <translation>« %1 » est un identifiant d’image, pas un nom de dépôt ; utilisez name@sha256:... pour épingler un digest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;@&apos; but has no digest</source>
        <translation>« %1 » se termine par « @ » mais n’a pas de digest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository name</source>
        <translation>« %1 » n’a pas de nom de dépôt</translation>
    </message>
    <message>
        <source>repository name &quot;%1&quot; must be lowercase</source>
        <translation>le nom de dépôt « %1 » doit être en minuscules</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>« %1 » n’est pas un hôte de registre valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository path</source>
        <translation>« %1 » n’a pas de chemin de dépôt</translation>
    </message>
    <message>
        <source>repository path &quot;%1&quot; has an empty component</source>
        <translation>le chemin de dépôt « %1 » a un composant vide</translation>
    </message>
    <message>
        <source>repository path component &quot;%1&quot; is not valid (lowercase letters, digits and single separators &apos;.&apos;, &apos;_&apos;, &apos;__&apos;, &apos;-&apos;)</source>
        <translation>le composant de chemin de dépôt « %1 » n’est pas valide (minuscules, chiffres et séparateurs simples « . », « _ », « __ », « - »)</translation>
    </message>
    <message>
        <source>repository name is longer than %1 characters</source>
        <translation>le nom de dépôt dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but has no tag</source>
        <translation>« %1 » se termine par « : » mais n’a pas de tag</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid (up to 128 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>le tag « %1 » n’est pas valide (jusqu’à 128 lettres, chiffres, « _ », « . », « - », sans commencer par « . » ni « - »)</translation>
    </message>
    <message>
        <source>digest of &quot;%1&quot;</source>
        <translation>digest de « %1 »</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; of registry host &quot;%2&quot; is not valid (a number from 1 to 65535)</source>
        <translation>le port « %1 » de l’hôte de registre « %2 » n’est pas valide (attendu : un nombre de 1 à 65535)</translation>
    </message>
</context>
<context>
    <name>chainscope::registry</name>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>manifest %1 does not match its digest %2</source>
        <translation>le manifeste %1 ne correspond pas à son digest %2</translation>
    </message>
    <message>
        <source>blob %1 is larger than %2 bytes</source>
        <translation>le blob %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>blob does not match its digest %1</source>
        <translation>le blob ne correspond pas à son digest %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid repository name</source>
        <translation>« %1 » n’est pas un nom de dépôt valide</translation>
    </message>
    <message>
        <source>cannot read the Docker config %1: %2</source>
        <translation>impossible de lire la configuration Docker %1 : %2</translation>
    </message>
    <message>
        <source>the Docker config %1 is too large</source>
        <translation>la configuration Docker %1 est trop volumineuse</translation>
    </message>
    <message>
        <source>the Docker config %1 is not valid JSON: %2</source>
        <translation>la configuration Docker %1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>the &quot;auth&quot; entry for %1 in %2 is not base64 of &quot;user:password&quot;</source>
        <translation>l’entrée « auth » pour %1 dans %2 n’est pas du base64 de « utilisateur:mot de passe »</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>loopback HTTP: %1 is reached over plain HTTP on this machine</source>
        <translation>HTTP en loopback : %1 est joint en HTTP non chiffré sur cette machine</translation>
    </message>
    <message>
        <source>WARNING: insecure plain HTTP to %1: anyone on the network path can change what was read</source>
        <translation>AVERTISSEMENT : HTTP non chiffré et non sécurisé vers %1 : n’importe qui sur le chemin réseau peut modifier ce qui a été lu</translation>
    </message>
    <message>
        <source>WARNING: TLS certificate verification is switched off for %1</source>
        <translation>AVERTISSEMENT : la vérification du certificat TLS est désactivée pour %1</translation>
    </message>
    <message>
        <source>the registry at %1 did not answer within %2 seconds</source>
        <translation>le registre à %1 n’a pas répondu en %2 secondes</translation>
    </message>
    <message>
        <source>the response from %1 is larger than the limit of %2 bytes</source>
        <translation>la réponse de %1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>échec de la négociation TLS (%1)</translation>
    </message>
    <message>
        <source>could not reach the registry at %1: %2</source>
        <translation>impossible de joindre le registre à %1 : %2</translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation>redirection sans en-tête Location</translation>
    </message>
    <message>
        <source>redirect to an unsupported URL</source>
        <translation>redirection vers une URL non prise en charge</translation>
    </message>
    <message>
        <source>refusing a redirect to plain HTTP at %1</source>
        <translation>redirection vers du HTTP non chiffré à %1 refusée</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>the registry named an invalid token realm &quot;%1&quot;</source>
        <translation>le registre a indiqué un domaine de jeton (realm) invalide « %1 »</translation>
    </message>
    <message>
        <source>refusing to ask for a token over plain HTTP at %1</source>
        <translation>refus de demander un jeton en HTTP non chiffré à %1</translation>
    </message>
    <message>
        <source>the token service at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation>le service de jetons à %1 a rejeté les identifiants de l’utilisateur « %2 » (nom d’utilisateur ou mot de passe erroné ?)</translation>
    </message>
    <message>
        <source>the token service at %1 requires credentials</source>
        <translation>le service de jetons à %1 exige des identifiants</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>demande de jeton</translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation>le service de jetons a répondu sans jeton</translation>
    </message>
    <message>
        <source>the registry at %1 requires a user name and password</source>
        <translation>le registre à %1 exige un nom d’utilisateur et un mot de passe</translation>
    </message>
    <message>
        <source>the registry at %1 asks for an authentication scheme we do not support</source>
        <translation>le registre à %1 demande un schéma d’authentification que nous ne prenons pas en charge</translation>
    </message>
    <message>
        <source>the registry at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation>le registre à %1 a rejeté les identifiants de l’utilisateur « %2 » (nom d’utilisateur ou mot de passe erroné ?)</translation>
    </message>
    <message>
        <source>the registry at %1 requires credentials</source>
        <translation>le registre à %1 exige des identifiants</translation>
    </message>
    <message>
        <source>%1 not found on %2</source>
        <translation>%1 introuvable sur %2</translation>
    </message>
    <message>
        <source>access to %1 on %2 is forbidden</source>
        <translation>l’accès à %1 sur %2 est interdit</translation>
    </message>
    <message>
        <source>%1 on %2 needs credentials</source>
        <translation>%1 sur %2 exige des identifiants</translation>
    </message>
    <message>
        <source>the registry at %1 answered %2 with an unexpected status</source>
        <translation>le registre à %1 a répondu à %2 avec un statut inattendu</translation>
    </message>
    <message>
        <source>the registry API (/v2/)</source>
        <translation>l’API du registre (/v2/)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>« %1 » n’est pas un tag valide</translation>
    </message>
    <message>
        <source>fetching manifest %1</source>
        <translation>récupération du manifeste %1</translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>manifeste %1</translation>
    </message>
    <message>
        <source>manifest %1: the registry says its digest is %2, but the bytes received hash to %3</source>
        <translation>manifeste %1 : le registre indique le digest %2, mais les octets reçus donnent le hachage %3</translation>
    </message>
    <message>
        <source>manifest %1: the bytes received hash to %2, not to the digest asked for</source>
        <translation>manifeste %1 : les octets reçus donnent le hachage %2, pas le digest demandé</translation>
    </message>
    <message>
        <source>no digest given for the blob</source>
        <translation>aucun digest donné pour le blob</translation>
    </message>
    <message>
        <source>fetching blob %1</source>
        <translation>récupération du blob %1</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>blob %1: the bytes received do not hash to the digest asked for</source>
        <translation>blob %1 : les octets reçus ne donnent pas le digest demandé</translation>
    </message>
    <message>
        <source>the registry&apos;s page links go round in a circle</source>
        <translation>les liens de pagination du registre tournent en rond</translation>
    </message>
    <message>
        <source>the registry&apos;s list is not a JSON object</source>
        <translation>la liste du registre n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the registry&apos;s list is not an array</source>
        <translation>« %1 » dans la liste du registre n’est pas un tableau</translation>
    </message>
    <message>
        <source>refusing to follow a page link to another host (%1)</source>
        <translation>refus de suivre un lien de pagination vers un autre hôte (%1)</translation>
    </message>
    <message>
        <source>the registry&apos;s list has too many pages</source>
        <translation>la liste du registre a trop de pages</translation>
    </message>
    <message>
        <source>listing tags of %1</source>
        <translation>liste des tags de %1</translation>
    </message>
    <message>
        <source>listing repositories of %1</source>
        <translation>liste des dépôts de %1</translation>
    </message>
    <message>
        <source>cannot open the archive %1: %2</source>
        <translation>impossible d’ouvrir l’archive %1 : %2</translation>
    </message>
    <message>
        <source>unreadable archive entry: %1</source>
        <translation>entrée d’archive illisible : %1</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>l’archive a plus de %1 entrées</translation>
    </message>
    <message>
        <source>the archive entry &quot;%1&quot; points outside the archive</source>
        <translation>l’entrée d’archive « %1 » pointe hors de l’archive</translation>
    </message>
    <message>
        <source>the archive entry %1 claims %2 bytes, more than the limit of %3</source>
        <translation>l’entrée d’archive %1 annonce %2 octets, plus que la limite de %3</translation>
    </message>
    <message>
        <source>the archive holds more than %1 bytes</source>
        <translation>l’archive contient plus de %1 octets</translation>
    </message>
    <message>
        <source>the archive holds %1 twice</source>
        <translation>l’archive contient %1 deux fois</translation>
    </message>
    <message>
        <source>cannot read the archive entry %1: %2</source>
        <translation>impossible de lire l’entrée d’archive %1 : %2</translation>
    </message>
    <message>
        <source>the archive entry %1 is longer than its header says</source>
        <translation>l’entrée d’archive %1 est plus longue que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>the archive entry %1 is truncated</source>
        <translation>l’entrée d’archive %1 est tronquée</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>the archive entry %1 changed since it was opened</source>
        <translation>l’entrée d’archive %1 a changé depuis son ouverture</translation>
    </message>
    <message>
        <source>the archive entry %1 vanished since it was opened</source>
        <translation>l’entrée d’archive %1 a disparu depuis son ouverture</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON list</source>
        <translation>manifest.json n’est pas une liste JSON</translation>
    </message>
    <message>
        <source>image %1 of manifest.json names no usable Config</source>
        <translation>l’image %1 de manifest.json ne désigne aucune Config utilisable</translation>
    </message>
    <message>
        <source>the config %1 does not hash to the digest in its name (%2)</source>
        <translation>le hachage de la configuration %1 ne correspond pas au digest de son nom (%2)</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is not in the archive</source>
        <translation>la couche %1 de l’image %2 n’est pas dans l’archive</translation>
    </message>
    <message>
        <source>the layer %1 does not hash to the digest in its name</source>
        <translation>le hachage de la couche %1 ne correspond pas au digest de son nom</translation>
    </message>
    <message>
        <source>layer %1 hashes to %2, but the config&apos;s diff_id is %3</source>
        <translation>la couche %1 donne le hachage %2, mais le diff_id de la configuration est %3</translation>
    </message>
    <message>
        <source>manifest.json lists no image</source>
        <translation>manifest.json ne liste aucune image</translation>
    </message>
    <message>
        <source>opening the image archive %1</source>
        <translation>ouverture de l’archive d’image %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>neither an oci-layout nor a manifest.json is in it: not an image archive</source>
        <translation>il ne contient ni oci-layout ni manifest.json : ce n’est pas une archive d’image</translation>
    </message>
    <message>
        <source>local OCI archive, read from a file</source>
        <translation>archive OCI locale, lue depuis un fichier</translation>
    </message>
    <message>
        <source>docker save archive: its manifests are synthesized by Chainscope, so their digests are not the ones a registry would show</source>
        <translation>archive docker save : ses manifestes sont synthétisés par Chainscope, leurs digests ne sont donc pas ceux qu’afficherait un registre</translation>
    </message>
    <message>
        <source>the archive holds %1 images: name one</source>
        <translation>l’archive contient %1 images : nommez-en une</translation>
    </message>
    <message>
        <source>manifest does not match its digest %1</source>
        <translation>le manifeste ne correspond pas à son digest %1</translation>
    </message>
    <message>
        <source>expected an authentication scheme</source>
        <translation>schéma d’authentification attendu</translation>
    </message>
    <message>
        <source>unexpected character after the scheme</source>
        <translation>caractère inattendu après le schéma</translation>
    </message>
    <message>
        <source>unreadable WWW-Authenticate header at character %1: %2</source>
        <translation>en-tête WWW-Authenticate illisible au caractère %1 : %2</translation>
    </message>
    <message>
        <source>expected a parameter name</source>
        <translation>nom de paramètre attendu</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no value</source>
        <translation>le paramètre « %1 » n’a pas de valeur</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>chaîne entre guillemets non terminée</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has an empty value</source>
        <translation>le paramètre « %1 » a une valeur vide</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is given twice</source>
        <translation>le paramètre « %1 » est donné deux fois</translation>
    </message>
    <message>
        <source>expected a comma between parameters</source>
        <translation>virgule attendue entre les paramètres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential helper name</source>
        <translation>« %1 » n’est pas un nom d’assistant d’identifiants</translation>
    </message>
    <message>
        <source>the credential helper %1 is configured but not installed (not found on PATH)</source>
        <translation>l’assistant d’identifiants %1 est configuré mais pas installé (introuvable dans le PATH)</translation>
    </message>
    <message>
        <source>the credential helper %1 could not be started: %2</source>
        <translation>l’assistant d’identifiants %1 n’a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer within %2 seconds</source>
        <translation>l’assistant d’identifiants %1 n’a pas répondu en %2 secondes</translation>
    </message>
    <message>
        <source>the credential helper %1 failed (exit code %2)</source>
        <translation>l’assistant d’identifiants %1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>the credential helper %1 failed (exit code %2): %3</source>
        <translation>l’assistant d’identifiants %1 a échoué (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>the credential helper %1 answered with too much output</source>
        <translation>l’assistant d’identifiants %1 a répondu avec trop de sortie</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer with {&quot;ServerURL&quot;, &quot;Username&quot;, &quot;Secret&quot;}</source>
        <translation>l’assistant d’identifiants %1 n’a pas répondu avec {&quot;ServerURL&quot;, &quot;Username&quot;, &quot;Secret&quot;}</translation>
    </message>
    <message>
        <source>looking up credentials for %1</source>
        <translation>recherche d’identifiants pour %1</translation>
    </message>
    <message>
        <source>credential helper %1</source>
        <translation>assistant d’identifiants %1</translation>
    </message>
    <message>
        <source>credential store %1</source>
        <translation>magasin d’identifiants %1</translation>
    </message>
    <message>
        <source>%1 auths</source>
        <translation>auths de %1</translation>
    </message>
    <message>
        <source>containers auth.json (%1)</source>
        <translation>auth.json de containers (%1)</translation>
    </message>
    <message>
        <source>no stored credentials</source>
        <translation>aucun identifiant enregistré</translation>
    </message>
    <message>
        <source>access to the system keychain was denied</source>
        <translation>l’accès au trousseau du système a été refusé</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>le trousseau du système a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>le trousseau du système a échoué : %1</translation>
    </message>
    <message>
        <source>no system keychain: there is no D-Bus session bus</source>
        <translation>pas de trousseau système : il n’y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>no system keychain: no Secret Service (GNOME Keyring) or KWallet runs on the session bus</source>
        <translation>pas de trousseau système : ni Secret Service (GNOME Keyring) ni KWallet ne tourne sur le bus de session</translation>
    </message>
    <message>
        <source>remembered for this session (no system keychain)</source>
        <translation>mémorisé pour cette session (pas de trousseau système)</translation>
    </message>
    <message>
        <source>the system keychain entry for %1 is not one Chainscope wrote</source>
        <translation>l’entrée du trousseau système pour %1 n’a pas été écrite par Chainscope</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>expected &quot;&lt;&quot; to open a link target</source>
        <translation>« &lt; » attendu pour ouvrir une cible de lien</translation>
    </message>
    <message>
        <source>link target without &quot;&gt;&quot;</source>
        <translation>cible de lien sans « &gt; »</translation>
    </message>
    <message>
        <source>invalid link target</source>
        <translation>cible de lien invalide</translation>
    </message>
    <message>
        <source>expected &quot;;&quot; or &quot;,&quot; after a link</source>
        <translation>« ; » ou « , » attendu après un lien</translation>
    </message>
    <message>
        <source>expected a link parameter name</source>
        <translation>nom de paramètre de lien attendu</translation>
    </message>
    <message>
        <source>unreadable Link header at character %1: %2</source>
        <translation>en-tête Link illisible au caractère %1 : %2</translation>
    </message>
    <message>
        <source>expected a parameter value</source>
        <translation>valeur de paramètre attendue</translation>
    </message>
    <message>
        <source>%1 is a docker save archive: use docker-archive:</source>
        <translation>%1 est une archive docker save : utilisez docker-archive:</translation>
    </message>
    <message>
        <source>%1 is an OCI archive: use oci-archive:</source>
        <translation>%1 est une archive OCI : utilisez oci-archive:</translation>
    </message>
    <message>
        <source>unknown local transport &quot;%1&quot; (oci, oci-archive, docker-archive)</source>
        <translation>transport local inconnu « %1 » (oci, oci-archive, docker-archive)</translation>
    </message>
    <message>
        <source>no file or folder at %1</source>
        <translation>aucun fichier ni dossier à %1</translation>
    </message>
    <message>
        <source>the path %1 leaves the image layout</source>
        <translation>le chemin %1 sort de la disposition d’image</translation>
    </message>
    <message>
        <source>%1 points outside the image layout</source>
        <translation>%1 pointe hors de la disposition d’image</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>reading an entry of index.json</source>
        <translation>lecture d’une entrée de index.json</translation>
    </message>
    <message>
        <source>%1 is not a folder (an OCI image layout is one)</source>
        <translation>%1 n’est pas un dossier (une disposition d’image OCI en est un)</translation>
    </message>
    <message>
        <source>opening the OCI image layout %1</source>
        <translation>ouverture de la disposition d’image OCI %1</translation>
    </message>
    <message>
        <source>no oci-layout file: this is not an OCI image layout</source>
        <translation>pas de fichier oci-layout : ce n’est pas une disposition d’image OCI</translation>
    </message>
    <message>
        <source>the oci-layout file names no imageLayoutVersion</source>
        <translation>le fichier oci-layout ne donne pas d’imageLayoutVersion</translation>
    </message>
    <message>
        <source>image layout version %1 is not supported</source>
        <translation>la version de disposition d’image %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>index.json is not a JSON object: %1</source>
        <translation>index.json n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>index.json has no &quot;manifests&quot; list</source>
        <translation>index.json n’a pas de liste « manifests »</translation>
    </message>
    <message>
        <source>the layout holds %1 images and none is tagged &quot;latest&quot;: name a tag</source>
        <translation>la disposition contient %1 images et aucune n’a le tag « latest » : nommez un tag</translation>
    </message>
    <message>
        <source>repository %1 (this layout holds %2)</source>
        <translation>dépôt %1 (cette disposition contient %2)</translation>
    </message>
    <message>
        <source>manifest %1 has %2 bytes, index.json says %3</source>
        <translation>le manifeste %1 fait %2 octets, index.json indique %3</translation>
    </message>
    <message>
        <source>reading manifest %1</source>
        <translation>lecture du manifeste %1</translation>
    </message>
    <message>
        <source>no digest given</source>
        <translation>aucun digest donné</translation>
    </message>
    <message>
        <source>the token service at %1 rejected the identity token (log in again?)</source>
        <translation>le service de jetons à %1 a rejeté le jeton d’identité (se reconnecter ?)</translation>
    </message>
    <message>
        <source>the token service at %1 answered with something other than a JSON object</source>
        <translation>le service de jetons à %1 a répondu autre chose qu’un objet JSON</translation>
    </message>
    <message>
        <source>the registry at %1 sent an unreadable authentication challenge (%2)</source>
        <translation>le registre à %1 a envoyé un défi d’authentification illisible (%2)</translation>
    </message>
    <message>
        <source>the registry at %1 refused a fresh token</source>
        <translation>le registre à %1 a refusé un jeton tout neuf</translation>
    </message>
    <message>
        <source>the registry at %1 refused a fresh token for scope &quot;%2&quot;</source>
        <translation>le registre à %1 a refusé un jeton tout neuf pour la portée « %2 »</translation>
    </message>
    <message>
        <source>(does user &quot;%1&quot; have access?)</source>
        <translation>(l’utilisateur « %1 » a-t-il accès ?)</translation>
    </message>
    <message>
        <source>the registry at %1 refused %2: its limit of %3 requests is used up</source>
        <translation>le registre à %1 a refusé %2 : sa limite de %3 requêtes est épuisée</translation>
    </message>
    <message numerus="yes">
        <source>(it asks to wait %n second(s))</source>
        <translation>
            <numerusform>(il demande d’attendre %n seconde)</numerusform>
            <numerusform>(il demande d’attendre %n secondes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation>le trousseau du système n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no readable, unencrypted PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM lisible et non chiffrée</translation>
    </message>
    <message>
        <source>the registry at %1 did not finish answering within %2 seconds</source>
        <translation>le registre à %1 n’a pas fini de répondre en %2 secondes</translation>
    </message>
    <message>
        <source>Chainscope refused to send credentials over plain HTTP to %1; anyone on the network path could read them. Use HTTPS.</source>
        <translation>Chainscope a refusé d’envoyer des identifiants en HTTP non chiffré à %1 ; n’importe qui sur le chemin réseau pourrait les lire. Utilisez HTTPS.</translation>
    </message>
    <message>
        <source>the storage host %1 that the registry redirected to asked for credentials; Chainscope sends the registry&apos;s credentials only to the registry</source>
        <translation>l’hôte de stockage %1 vers lequel le registre a redirigé a demandé des identifiants ; Chainscope n’envoie les identifiants du registre qu’au registre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>« %1 » n’est pas un hôte de registre valide</translation>
    </message>
</context>
<context>
    <name>chainscope::sigstore</name>
    <message>
        <source>The signed payload has no &quot;%1&quot;</source>
        <translation>La charge utile signée n’a pas de « %1 »</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;%1&quot; is not a JSON object</source>
        <translation>« %1 » de la charge utile signée n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;%1&quot; is not a string</source>
        <translation>« %1 » de la charge utile signée n’est pas une chaîne</translation>
    </message>
    <message>
        <source>The signed payload has %1 bytes; more than %2 is not accepted</source>
        <translation>La charge utile signée fait %1 octets ; au-delà de %2, elle n’est pas acceptée</translation>
    </message>
    <message>
        <source>The signed payload is not JSON: %1 at byte %2</source>
        <translation>La charge utile signée n’est pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object</source>
        <translation>La charge utile signée n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.%1&quot;</source>
        <translation>La charge utile signée a un champ inconnu « critical.%1 »</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.identity.%1&quot;</source>
        <translation>La charge utile signée a un champ inconnu « critical.identity.%1 »</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.image.%1&quot;</source>
        <translation>La charge utile signée a un champ inconnu « critical.image.%1 »</translation>
    </message>
    <message>
        <source>The signed payload&apos;s docker-manifest-digest &quot;%1&quot; is not a digest: %2</source>
        <translation>Le docker-manifest-digest « %1 » de la charge utile signée n’est pas un digest : %2</translation>
    </message>
    <message>
        <source>The signed payload&apos;s type is &quot;%1&quot;, not &quot;cosign container image signature&quot;</source>
        <translation>Le type de la charge utile signée est « %1 », et non « cosign container image signature »</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;optional&quot; is not a JSON object</source>
        <translation>« optional » de la charge utile signée n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The signature manifest is an index, not an image manifest</source>
        <translation>Le manifeste de signature est un index, pas un manifeste d’image</translation>
    </message>
    <message>
        <source>The signature layer %1 declares %2 bytes; more than %3 is not accepted</source>
        <translation>La couche de signature %1 déclare %2 octets ; au-delà de %3, elle n’est pas acceptée</translation>
    </message>
    <message>
        <source>reading signature layer %1</source>
        <translation>lecture de la couche de signature %1</translation>
    </message>
    <message>
        <source>The signature layer %1 has no &quot;%2&quot; annotation</source>
        <translation>La couche de signature %1 n’a pas d’annotation « %2 »</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; annotation of layer %2 is not valid base64</source>
        <translation>L’annotation « %1 » de la couche %2 n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>the key of the certificate attached to the signature</source>
        <translation>la clé du certificat attaché à la signature</translation>
    </message>
    <message>
        <source>the key recorded in the signature&apos;s log entry</source>
        <translation>la clé enregistrée dans l’entrée de journal de la signature</translation>
    </message>
    <message>
        <source>a known key</source>
        <translation>une clé connue</translation>
    </message>
    <message>
        <source>The payload&apos;s docker-reference &quot;%1&quot; is not an image reference: %2</source>
        <translation>La docker-reference « %1 » de la charge utile n’est pas une référence d’image : %2</translation>
    </message>
    <message>
        <source>The signature was made for the image %1, not %2.</source>
        <translation>La signature a été faite pour l’image %1, et non %2.</translation>
    </message>
    <message>
        <source>The signature was made for the tag &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>La signature a été faite pour le tag « %1 », et non « %2 ».</translation>
    </message>
    <message>
        <source>The signature&apos;s docker-reference names the digest %1, not %2.</source>
        <translation>La docker-reference de la signature désigne le digest %1, et non %2.</translation>
    </message>
    <message>
        <source>Transparency log</source>
        <translation>Journal de transparence</translation>
    </message>
    <message>
        <source>No transparency-log entry was checked: the signature carries no Rekor bundle, so nothing shows that it was published or when it was made.</source>
        <translation>Aucune entrée du journal de transparence n’a été vérifiée : la signature ne porte pas de bundle Rekor, rien ne montre donc qu’elle a été publiée ni quand elle a été faite.</translation>
    </message>
    <message>
        <source>a Rekor entry</source>
        <translation>une entrée Rekor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A log entry is required by the options.</source>
        <translation>Les options exigent une entrée de journal.</translation>
    </message>
    <message>
        <source>The attached Rekor bundle is malformed: %1</source>
        <translation>Le bundle Rekor attaché est malformé : %1</translation>
    </message>
    <message>
        <source>log index %1, integrated at %2 (Unix time)</source>
        <translation>index de journal %1, intégré à %2 (temps Unix)</translation>
    </message>
    <message>
        <source>A Rekor bundle (%1) is attached, but no Rekor public key was given, so it was not checked.</source>
        <translation>Un bundle Rekor (%1) est attaché, mais aucune clé publique Rekor n’a été fournie ; il n’a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>a verified Rekor entry</source>
        <translation>une entrée Rekor vérifiée</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>a SET by a given Rekor key</source>
        <translation>un SET par une clé Rekor fournie</translation>
    </message>
    <message>
        <source>The Rekor bundle does not verify: %1</source>
        <translation>Le bundle Rekor ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>the entry records the hash of other content</source>
        <translation>l’entrée enregistre le hachage d’un autre contenu</translation>
    </message>
    <message>
        <source>the entry records another signature</source>
        <translation>l’entrée enregistre une autre signature</translation>
    </message>
    <message>
        <source>the entry records another signing key</source>
        <translation>l’entrée enregistre une autre clé de signature</translation>
    </message>
    <message>
        <source>an entry for this signature</source>
        <translation>une entrée pour cette signature</translation>
    </message>
    <message>
        <source>The Rekor entry does not match the signature: %1.</source>
        <translation>L’entrée Rekor ne correspond pas à la signature : %1.</translation>
    </message>
    <message>
        <source>The signature is recorded in the transparency log (%1); the entry&apos;s signed timestamp verifies with the Rekor key.</source>
        <translation>La signature est enregistrée dans le journal de transparence (%1) ; l’horodatage signé de l’entrée se vérifie avec la clé Rekor.</translation>
    </message>
    <message>
        <source>Signature layer readable</source>
        <translation>Couche de signature lisible</translation>
    </message>
    <message>
        <source>The signature is malformed: %1</source>
        <translation>La signature est malformée : %1</translation>
    </message>
    <message>
        <source>Payload parsed</source>
        <translation>Charge utile analysée</translation>
    </message>
    <message>
        <source>The payload is a cosign simple-signing document.</source>
        <translation>La charge utile est un document simple-signing de cosign.</translation>
    </message>
    <message>
        <source>Payload names the image digest</source>
        <translation>La charge utile désigne le digest de l’image</translation>
    </message>
    <message>
        <source>The signed payload names exactly this image&apos;s digest.</source>
        <translation>La charge utile signée désigne exactement le digest de cette image.</translation>
    </message>
    <message>
        <source>The signature names another digest: it was made for %1, but the image is %2.</source>
        <translation>La signature désigne un autre digest : elle a été faite pour %1, mais l’image est %2.</translation>
    </message>
    <message>
        <source>The signature names another digest: %1, not %2</source>
        <translation>La signature désigne un autre digest : %1, et non %2</translation>
    </message>
    <message>
        <source>The signature annotation holds %1 bytes that are not a signature of any supported algorithm.</source>
        <translation>L’annotation de signature contient %1 octets qui ne sont une signature d’aucun algorithme pris en charge.</translation>
    </message>
    <message>
        <source>Signed by the key</source>
        <translation>Signée par la clé</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>The signature verifies with the %1 key %2.</source>
        <translation>La signature se vérifie avec la clé %1 %2.</translation>
    </message>
    <message>
        <source>Signed, but not by this key: the signature does not verify with the key %1. The signer is unknown: an ECDSA signature does not reveal its key, and no certificate, log entry or known key names it.</source>
        <translation>Signée, mais pas par cette clé : la signature ne se vérifie pas avec la clé %1. Le signataire est inconnu : une signature ECDSA ne révèle pas sa clé, et aucun certificat, aucune entrée de journal ni aucune clé connue ne le désigne.</translation>
    </message>
    <message>
        <source>Signed, but not by this key: the signature was made by the key %1 (%2), not by %3.</source>
        <translation>Signée, mais pas par cette clé : la signature a été faite par la clé %1 (%2), et non par %3.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>Signed, but not by this key (signer unknown)</source>
        <translation>Signée, mais pas par cette clé (signataire inconnu)</translation>
    </message>
    <message>
        <source>Signed, but not by this key (signer key %1)</source>
        <translation>Signée, mais pas par cette clé (clé du signataire %1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>Non vérifié : une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>Payload names the image</source>
        <translation>La charge utile désigne l’image</translation>
    </message>
    <message>
        <source>The payload&apos;s docker-reference names this image.</source>
        <translation>La docker-reference de la charge utile désigne cette image.</translation>
    </message>
    <message>
        <source>An exact match is required by the options.</source>
        <translation>Les options exigent une correspondance exacte.</translation>
    </message>
    <message>
        <source>The signature names another image: %1</source>
        <translation>La signature désigne une autre image : %1</translation>
    </message>
    <message>
        <source>This is a warning, because the digest binds the signature to the content.</source>
        <translation>Ceci est un avertissement, car le digest lie la signature au contenu.</translation>
    </message>
    <message>
        <source>No checked transparency-log entry, and one is required</source>
        <translation>Aucune entrée vérifiée du journal de transparence, alors qu’une est exigée</translation>
    </message>
    <message>
        <source>The transparency-log entry is invalid: %1</source>
        <translation>L’entrée du journal de transparence est invalide : %1</translation>
    </message>
    <message>
        <source>Verified: signed by key %1</source>
        <translation>Vérifiée : signée par la clé %1</translation>
    </message>
    <message>
        <source>Signature found</source>
        <translation>Signature trouvée</translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation>Aucune clé publique n’a été fournie.</translation>
    </message>
    <message>
        <source>a cosign signature</source>
        <translation>une signature cosign</translation>
    </message>
    <message>
        <source>No signature found: the signature manifest holds no simple-signing layer.</source>
        <translation>Aucune signature trouvée : le manifeste de signature ne contient aucune couche simple-signing.</translation>
    </message>
    <message>
        <source>No signature found for %1</source>
        <translation>Aucune signature trouvée pour %1</translation>
    </message>
    <message>
        <source>One signature layer was found.</source>
        <translation>Une couche de signature a été trouvée.</translation>
    </message>
    <message>
        <source>Image resolved to a digest</source>
        <translation>Image résolue en digest</translation>
    </message>
    <message>
        <source>The registry returned a manifest that does not hash to %1</source>
        <translation>Le registre a renvoyé un manifeste dont le hachage n’est pas %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s bytes hash to %1.</source>
        <translation>Les octets du manifeste donnent le hachage %1.</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>tag inexistant</translation>
    </message>
    <message>
        <source>No signature found: the repository has no tag %1.</source>
        <translation>Aucune signature trouvée : le dépôt n’a pas de tag %1.</translation>
    </message>
    <message>
        <source>Signatures of other digests</source>
        <translation>Signatures d’autres digests</translation>
    </message>
    <message>
        <source>Could not list the repository&apos;s tags to look for a signature of an earlier digest: %1</source>
        <translation>Impossible de lister les tags du dépôt pour chercher une signature d’un digest antérieur : %1</translation>
    </message>
    <message>
        <source>The repository holds signatures of %1 other digests, but it has too many tags (%2) to tell whether one of them is an earlier version of this tag.</source>
        <translation>Le dépôt contient des signatures de %1 autres digests, mais il a trop de tags (%2) pour savoir si l’un d’eux est une version antérieure de ce tag.</translation>
    </message>
    <message>
        <source>Could not resolve tag %1 while looking for a signature of an earlier digest: %2</source>
        <translation>Impossible de résoudre le tag %1 en cherchant une signature d’un digest antérieur : %2</translation>
    </message>
    <message>
        <source>That signature could not be read.</source>
        <translation>Cette signature n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>That signature verifies with the key %1.</source>
        <translation>Cette signature se vérifie avec la clé %1.</translation>
    </message>
    <message>
        <source>That signature does not verify: %1.</source>
        <translation>Cette signature ne se vérifie pas : %1.</translation>
    </message>
    <message>
        <source>No signature for the digest the tag points to now; a signature exists for digest %1 of this repository, which is no longer tagged</source>
        <translation>Aucune signature pour le digest vers lequel pointe maintenant le tag ; une signature existe pour le digest %1 de ce dépôt, qui n’est plus tagué</translation>
    </message>
    <message>
        <source>Tag moved after signing</source>
        <translation>Tag déplacé après la signature</translation>
    </message>
    <message>
        <source>No signature for the digest the tag &quot;%1&quot; points to now (%2); a signature exists for digest %3 of this repository, which is no longer tagged. %4</source>
        <translation>Aucune signature pour le digest vers lequel pointe maintenant le tag « %1 » (%2) ; une signature existe pour le digest %3 de ce dépôt, qui n’est plus tagué. %4</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>The Rekor bundle is not a JSON object (%1)</source>
        <translation>Le bundle Rekor n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>The Rekor bundle has no &quot;Payload&quot; object</source>
        <translation>Le bundle Rekor n’a pas d’objet « Payload »</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s body is not valid base64</source>
        <translation>Le corps du bundle Rekor n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s integratedTime is not a whole number</source>
        <translation>integratedTime du bundle Rekor n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s logIndex is not a whole number</source>
        <translation>logIndex du bundle Rekor n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s logID is not a SHA-256 in lowercase hex</source>
        <translation>logID du bundle Rekor n’est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>No Rekor public key was given.</source>
        <translation>Aucune clé publique Rekor n’a été fournie.</translation>
    </message>
    <message>
        <source>The entry&apos;s log ID %1 does not name the Rekor key %2</source>
        <translation>L’identifiant de journal %1 de l’entrée ne désigne pas la clé Rekor %2</translation>
    </message>
    <message>
        <source>The signed entry timestamp does not verify with the Rekor key %1</source>
        <translation>L’horodatage signé de l’entrée ne se vérifie pas avec la clé Rekor %1</translation>
    </message>
    <message>
        <source>Rekor entries of kind &quot;%1&quot; version &quot;%2&quot; are not supported; expected hashedrekord 0.0.1</source>
        <translation>Les entrées Rekor de type « %1 » version « %2 » ne sont pas prises en charge ; hashedrekord 0.0.1 attendu</translation>
    </message>
    <message>
        <source>The Rekor entry has no data hash</source>
        <translation>L’entrée Rekor n’a pas de hachage des données</translation>
    </message>
    <message numerus="yes">
        <source>%n signature layers were found; layer %1 is shown, the one that got furthest.</source>
        <translation>
            <numerusform>%n couche de signature a été trouvée ; la couche %1, celle qui est allée le plus loin, est affichée.</numerusform>
            <numerusform>%n couches de signature ont été trouvées ; la couche %1, celle qui est allée le plus loin, est affichée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log entry present but not checked: no Rekor public key was given, and a checked entry is required</source>
        <translation>Entrée de journal présente mais non vérifiée : aucune clé publique Rekor n’a été fournie, et une entrée vérifiée est exigée</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ConnectionBar</name>
    <message>
        <source>Allow insecure plain HTTP</source>
        <translation>Autoriser le HTTP non sécurisé</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Registry, e.g. 127.0.0.1:5000 or https://quay.io</source>
        <translation>Registre, p. ex. 127.0.0.1:5000 ou https://quay.io</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Nom d’utilisateur (facultatif)</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>Reach a registry that is not on this machine over plain HTTP. Anyone on the network path can then change what you see. Loopback registries never need this.</source>
        <translation>Joindre en HTTP non chiffré un registre qui n’est pas sur cette machine. N’importe qui sur le chemin réseau peut alors modifier ce que vous voyez. Les registres en loopback n’en ont jamais besoin.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>After a successful connection, keep the typed password in the system keychain (GNOME Keyring, KWallet). Without a keychain it is kept for this session only, never in a file.</source>
        <translation>Après une connexion réussie, conserver le mot de passe saisi dans le trousseau du système (GNOME Keyring, KWallet). Sans trousseau, il n’est gardé que pour cette session, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Open local image…</source>
        <translation>Ouvrir une image locale…</translation>
    </message>
    <message>
        <source>Browse an OCI image layout folder, an oci-archive or a docker save tarball like a registry</source>
        <translation>Parcourir comme un registre un dossier de disposition d’image OCI, une oci-archive ou une archive tar docker save</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ConnectionSettings</name>
    <message>
        <source>Enter the registry address, e.g. 127.0.0.1:5000 or https://quay.io.</source>
        <translation>Saisissez l’adresse du registre, p. ex. 127.0.0.1:5000 ou https://quay.io.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>« %1 » n’est pas une adresse de registre.</translation>
    </message>
    <message>
        <source>Registries are reached over http or https, not %1.</source>
        <translation>Les registres sont joints en http ou https, pas en %1.</translation>
    </message>
    <message>
        <source>Put the user name and password in their own fields, not in the address.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe dans leurs propres champs, pas dans l’adresse.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 lets anyone on the network change what you see. Use https, or tick &quot;Allow insecure plain HTTP&quot;.</source>
        <translation>En HTTP non chiffré vers %1, n’importe qui sur le réseau peut modifier ce que vous voyez. Utilisez https, ou cochez « Autoriser le HTTP non sécurisé ».</translation>
    </message>
    <message>
        <source>typed in the connect bar</source>
        <translation>saisi dans la barre de connexion</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>%1. The password is kept for this session only, never in a file.</source>
        <translation>%1. Le mot de passe n’est gardé que pour cette session, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Password stored in the system keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No stored credentials: anonymous access</source>
        <translation>Aucun identifiant enregistré : accès anonyme</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Identifiants : %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ImageDetails</name>
    <message>
        <source>reading the manifest of %1</source>
        <translation>lecture du manifeste de %1</translation>
    </message>
    <message>
        <source>The index lists no manifests.</source>
        <translation>L’index ne liste aucun manifeste.</translation>
    </message>
    <message>
        <source>The manifest names no config blob.</source>
        <translation>Le manifeste ne désigne aucun blob de configuration.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Platform manifest</source>
        <translation>Manifeste de plateforme</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Ports exposés</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Compressed size</source>
        <translation>Taille compressée</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Empty layer</source>
        <translation>Couche vide</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Platform manifest: %1</source>
        <translation>Manifeste de plateforme : %1</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message>
        <source>(not set: root)</source>
        <translation>(non défini : root)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>%1 (index; manifests: %n)</source>
        <translation>
            <numerusform>%1 (index ; %n manifeste)</numerusform>
            <numerusform>%1 (index ; %n manifestes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (layers: %n)</source>
        <translation>
            <numerusform>%1 (%n couche)</numerusform>
            <numerusform>%1 (%n couches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::JsonFormatter</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message numerus="yes">
        <source>indented, it would exceed %n characters</source>
        <translation>
            <numerusform>indenté, il dépasserait %n caractère</numerusform>
            <numerusform>indenté, il dépasserait %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::JsonView</name>
    <message>
        <source>Exact bytes as received</source>
        <translation>Octets exacts tels que reçus</translation>
    </message>
    <message>
        <source>Show the document byte for byte as the registry sent it; the digest is computed over these bytes.</source>
        <translation>Afficher le document octet par octet tel que le registre l’a envoyé ; le digest est calculé sur ces octets.</translation>
    </message>
    <message>
        <source>no media type</source>
        <translation>aucun type de média</translation>
    </message>
    <message>
        <source>%1 · %2 B</source>
        <translation>%1 · %2 o</translation>
    </message>
    <message>
        <source>Not shown indented (%1); showing the bytes as received.</source>
        <translation>Non affiché indenté (%1) ; les octets sont affichés tels que reçus.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::KeyLoader</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 est trop volumineux pour être une clé publique.</translation>
    </message>
    <message>
        <source>Give a public key: a PEM file or pasted text.</source>
        <translation>Fournissez une clé publique : un fichier PEM ou du texte collé.</translation>
    </message>
    <message>
        <source>reading the key in %1</source>
        <translation>lecture de la clé dans %1</translation>
    </message>
    <message>
        <source>reading the pasted key</source>
        <translation>lecture de la clé collée</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LabState</name>
    <message>
        <source>Cannot read the lab state %1: %2</source>
        <translation>Impossible de lire l’état du lab %1 : %2</translation>
    </message>
    <message>
        <source>The lab state %1 is not a JSON object: %2</source>
        <translation>L’état du lab %1 n’est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>The lab state %1 names no registry.</source>
        <translation>L’état du lab %1 ne désigne aucun registre.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LineagePresenter</name>
    <message>
        <source>OCI base-image annotations</source>
        <translation>Annotations OCI de l’image de base</translation>
    </message>
    <message>
        <source>Label base.image</source>
        <translation>Label base.image</translation>
    </message>
    <message>
        <source>Layer prefix</source>
        <translation>Préfixe de couches</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>Provenance SLSA</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Vendor OS image</source>
        <translation>Image système du fournisseur</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Image de base</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>confirme</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Give a public key in the Verify tab to check the signature of every hop.</source>
        <translation>Fournissez une clé publique dans l’onglet « Vérifier » pour vérifier la signature de chaque maillon.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LineageView</name>
    <message>
        <source>↓ built on</source>
        <translation>↓ construite sur</translation>
    </message>
    <message>
        <source>No evidence recorded for this link.</source>
        <translation>Aucun indice enregistré pour ce lien.</translation>
    </message>
    <message>
        <source>No signature by this key</source>
        <translation>Aucune signature par cette clé</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signature non vérifiée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show this image&apos;s overview and raw manifest</source>
        <translation>Afficher l’aperçu et le manifeste brut de cette image</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::MainWindow</name>
    <message>
        <source>Chainscope</source>
        <translation>Chainscope</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Filter repositories and tags</source>
        <translation>Filtrer les dépôts et les tags</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lignée</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The registry refused the user name or password.</source>
        <translation>Le registre a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The registry does not allow this account to read that.</source>
        <translation>Le registre n’autorise pas ce compte à lire cela.</translation>
    </message>
    <message>
        <source>Could not reach the registry. Is it running, and is the address right?</source>
        <translation>Impossible de joindre le registre. Est-il démarré, et l’adresse est-elle correcte ?</translation>
    </message>
    <message>
        <source>Not found on the registry.</source>
        <translation>Introuvable sur le registre.</translation>
    </message>
    <message>
        <source>The registry sent content that does not match its digest; it was not used.</source>
        <translation>Le registre a envoyé un contenu qui ne correspond pas à son digest ; il n’a pas été utilisé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The registry sent more data than Chainscope accepts.</source>
        <translation>Le registre a envoyé plus de données que Chainscope n’en accepte.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Chainscope — %1</source>
        <translation>Chainscope — %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (repositories: %n)</source>
        <translation>
            <numerusform>Connecté à %1 (%n dépôt)</numerusform>
            <numerusform>Connecté à %1 (%n dépôts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing tags of %1</source>
        <translation>Liste des tags de %1</translation>
    </message>
    <message>
        <source>Could not list the tags of %1: %2</source>
        <translation>Impossible de lister les tags de %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no tag %2.</source>
        <translation>%1 n’a pas de tag %2.</translation>
    </message>
    <message>
        <source>%1 is not on the connected registry %2.</source>
        <translation>%1 n’est pas sur le registre connecté %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affichage de %1</translation>
    </message>
    <message>
        <source>Following the chain of %1…</source>
        <translation>Suivi de la chaîne de %1…</translation>
    </message>
    <message>
        <source>Tracing the lineage of %1</source>
        <translation>Traçage de la lignée de %1</translation>
    </message>
    <message>
        <source>Could not trace the lineage: %1</source>
        <translation>Impossible de tracer la lignée : %1</translation>
    </message>
    <message>
        <source>Signatures not checked: %1</source>
        <translation>Signatures non vérifiées : %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>A known key was not used: %1</source>
        <translation>Une clé connue n’a pas été utilisée : %1</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Impossible de vérifier la signature</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open Local Image &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier d’image local…</translation>
    </message>
    <message>
        <source>Open an OCI image layout folder</source>
        <translation>Ouvrir un dossier de disposition d’image OCI</translation>
    </message>
    <message>
        <source>Open Local Image &amp;Archive…</source>
        <translation>Ouvrir une &amp;archive d’image locale…</translation>
    </message>
    <message>
        <source>Open an image archive</source>
        <translation>Ouvrir une archive d’image</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.zst *.tar.xz);;All files (*)</source>
        <translation>Archives d’images (*.tar *.tar.gz *.tgz *.tar.zst *.tar.xz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the catalog answers HTTP %1</source>
        <translation>le catalogue répond HTTP %1</translation>
    </message>
    <message>
        <source>Connected to %1; it does not list its repositories: open one by name</source>
        <translation>Connecté à %1 ; il ne liste pas ses dépôts : ouvrez-en un par son nom</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened the local image %1 (repositories: %n)</source>
        <translation>
            <numerusform>Image locale %1 ouverte (%n dépôt)</numerusform>
            <numerusform>Image locale %1 ouverte (%n dépôts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyEditor</name>
    <message>
        <source>The file is larger than %1 MiB; that is not a policy.</source>
        <translation>Le fichier dépasse %1 Mio ; ce n’est pas une politique.</translation>
    </message>
    <message>
        <source>Choose a file name with Save As.</source>
        <translation>Choisissez un nom de fichier avec « Enregistrer sous ».</translation>
    </message>
    <message>
        <source>Untitled policy</source>
        <translation>Politique sans titre</translation>
    </message>
    <message>
        <source>Could not autosave your changes (%1). Save the policy to keep them.</source>
        <translation>Impossible d’enregistrer automatiquement vos modifications (%1). Enregistrez la politique pour les conserver.</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Garder le brouillon</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Could not read %1 (%2); the draft stays.</source>
        <translation>Impossible de lire %1 (%2) ; le brouillon est conservé.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyPanel</name>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Correction rapide</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Apply quick fix</source>
        <translation>Appliquer la correction rapide</translation>
    </message>
    <message>
        <source>Images to evaluate</source>
        <translation>Images à évaluer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1. Save to keep them; closing the tab asks before discarding them.</source>
        <translation>Modifications non enregistrées récupérées depuis %1. Enregistrez pour les conserver ; fermer l’onglet demande confirmation avant de les abandonner.</translation>
    </message>
    <message numerus="yes">
        <source>Policy edits recovered from the last session: %n</source>
        <translation>
            <numerusform>%n modification de politique récupérée de la dernière session</numerusform>
            <numerusform>%n modifications de politique récupérées de la dernière session</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved policy</source>
        <translation>Politique non enregistrée</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <source>Policies (*.yaml *.yml);;All files (*)</source>
        <translation>Politiques (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
Your changes are still in the editor.</source>
        <translation>Impossible d’enregistrer %1 : %2
Vos modifications sont toujours dans l’éditeur.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Checking the policy</source>
        <translation>Contrôle de la politique</translation>
    </message>
    <message>
        <source>%1 (weakens verification)</source>
        <translation>%1 (affaiblit la vérification)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Click a problem to go to it in the text.</source>
        <translation>Cliquez sur un problème pour y aller dans le texte.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Quick fix (weakens verification): %1</source>
        <translation>Correction rapide (affaiblit la vérification) : %1</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Correction rapide : %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliquée : %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message numerus="yes">
        <source>%1 against images: %n</source>
        <translation>
            <numerusform>%1 pour %n image</numerusform>
            <numerusform>%1 pour %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the policy</source>
        <translation>Évaluation de la politique</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; the file on disk no longer exists. Save to keep the draft.</source>
        <translation>Modifications non enregistrées de %1 récupérées depuis %2 ; le fichier sur le disque n’existe plus. Enregistrez pour conserver le brouillon.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; the file on disk changed since (%3). Keep the draft (saving it replaces the file) or discard it and show the file.</source>
        <translation>Modifications non enregistrées de %1 récupérées depuis %2 ; le fichier sur le disque a changé depuis (%3). Gardez le brouillon (l’enregistrer remplace le fichier) ou abandonnez-le et affichez le fichier.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; they differ from the file on disk. Keep the draft or discard it and show the file.</source>
        <translation>Modifications non enregistrées de %1 récupérées depuis %2 ; elles diffèrent du fichier sur le disque. Gardez le brouillon ou abandonnez-le et affichez le fichier.</translation>
    </message>
    <message>
        <source>Weaken verification?</source>
        <translation>Affaiblir la vérification ?</translation>
    </message>
    <message>
        <source>This quick fix weakens what the policy checks:

%1

Apply it anyway?</source>
        <translation>Cette correction rapide affaiblit ce que vérifie la politique :

%1

L’appliquer quand même ?</translation>
    </message>
    <message>
        <source>Apply and weaken</source>
        <translation>Appliquer et affaiblir</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliquée : %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyService</name>
    <message>
        <source>Expected: %1; actual: %2.</source>
        <translation>Attendu : %1 ; obtenu : %2.</translation>
    </message>
    <message>
        <source>(verifyImages[%1] uses the 2021 form and was converted as Kyverno converts it.)</source>
        <translation>(verifyImages[%1] utilise la forme de 2021 et a été converti comme le fait Kyverno.)</translation>
    </message>
    <message>
        <source>attestors[%1]</source>
        <translation>attestors[%1]</translation>
    </message>
    <message>
        <source>%1 of %2 required entries verified</source>
        <translation>%1 sur %2 entrées requises vérifiées</translation>
    </message>
    <message>
        <source>Cannot evaluate: no Kyverno policy could be read</source>
        <translation>Évaluation impossible : aucune politique Kyverno n’a pu être lue</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Règle %1 (%2)</translation>
    </message>
    <message>
        <source>Admitted: every image passes the policy</source>
        <translation>Admis : chaque image respecte la politique</translation>
    </message>
    <message>
        <source>Admitted, with audit findings</source>
        <translation>Admis, avec des constats d’audit</translation>
    </message>
    <message numerus="yes">
        <source>Images checked: %n.</source>
        <translation>
            <numerusform>%n image vérifiée.</numerusform>
            <numerusform>%n images vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rules report failures but do not block the Pod.</source>
        <translation>Les règles d’audit signalent des échecs mais ne bloquent pas le pod.</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Denied by rule %1</source>
        <translation>Refusé par la règle %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot evaluate: the policy has %n error(s)</source>
        <translation>
            <numerusform>Évaluation impossible : la politique contient %n erreur</numerusform>
            <numerusform>Évaluation impossible : la politique contient %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>No rule applied: nothing was checked</source>
        <translation>Aucune règle ne s’appliquait : rien n’a été vérifié</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::RepositoryModel</name>
    <message>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>Chargement des tags…</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucun tag</translation>
    </message>
    <message>
        <source>Signature, attestation or SBOM stored by cosign for the image with digest sha256:%1</source>
        <translation>Signature, attestation ou SBOM stockée par cosign pour l’image de digest sha256:%1</translation>
    </message>
    <message>
        <source>Could not list tags: %1</source>
        <translation>Impossible de lister les tags : %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::RepositoryOpener</name>
    <message>
        <source>Open repository…</source>
        <translation>Ouvrir un dépôt…</translation>
    </message>
    <message>
        <source>Repository, e.g. library/nginx</source>
        <translation>Dépôt, p. ex. library/nginx</translation>
    </message>
    <message>
        <source>%1 does not list its repositories (%2). Open one by name; repositories opened here are remembered.</source>
        <translation>%1 ne liste pas ses dépôts (%2). Ouvrez-en un par son nom ; les dépôts ouverts ici sont mémorisés.</translation>
    </message>
    <message>
        <source>Type the name of a repository.</source>
        <translation>Saisissez le nom d’un dépôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: lowercase letters, digits, separators and slashes, e.g. team/app.</source>
        <translation>« %1 » n’est pas un nom de dépôt : minuscules, chiffres, séparateurs et barres obliques, p. ex. team/app.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::StepsView</name>
    <message>
        <source>Verified: signed by this key</source>
        <translation>Vérifiée : signée par cette clé</translation>
    </message>
    <message>
        <source>Not signed: no signature found for this image</source>
        <translation>Non signée : aucune signature trouvée pour cette image</translation>
    </message>
    <message>
        <source>Signature is for another image: its payload names another digest</source>
        <translation>La signature concerne une autre image : sa charge utile désigne un autre digest</translation>
    </message>
    <message>
        <source>Signed, but not by this key</source>
        <translation>Signée, mais pas par cette clé</translation>
    </message>
    <message>
        <source>Signed by another identity than the one expected</source>
        <translation>Signée par une autre identité que celle attendue</translation>
    </message>
    <message>
        <source>Tag moved after signing: what it points to now is not signed</source>
        <translation>Tag déplacé après la signature : ce vers quoi il pointe maintenant n’est pas signé</translation>
    </message>
    <message>
        <source>Signed for another image name</source>
        <translation>Signée pour un autre nom d’image</translation>
    </message>
    <message>
        <source>No transparency-log entry, and one is required</source>
        <translation>Aucune entrée du journal de transparence, alors qu’une est exigée</translation>
    </message>
    <message>
        <source>Signature is malformed</source>
        <translation>La signature est malformée</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Impossible de vérifier la signature</translation>
    </message>
    <message>
        <source>The signature was made by the key with SHA-256 fingerprint %1.</source>
        <translation>La signature a été faite par la clé d’empreinte SHA-256 %1.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::VerifyPanel</name>
    <message>
        <source>Require a transparency-log entry</source>
        <translation>Exiger une entrée du journal de transparence</translation>
    </message>
    <message>
        <source>Require the signed name to match exactly</source>
        <translation>Exiger que le nom signé corresponde exactement</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Path of a PEM public key (cosign.pub)</source>
        <translation>Chemin d’une clé publique PEM (cosign.pub)</translation>
    </message>
    <message>
        <source>…or paste the key: -----BEGIN PUBLIC KEY----- …</source>
        <translation>…ou collez la clé : -----BEGIN PUBLIC KEY----- …</translation>
    </message>
    <message>
        <source>Fail unless the signature is backed by a Rekor entry. Without this option a signature with no entry verifies with a warning.</source>
        <translation>Échouer si la signature n’est pas appuyée par une entrée Rekor. Sans cette option, une signature sans entrée se vérifie avec un avertissement.</translation>
    </message>
    <message>
        <source>Fail when the docker-reference in the signed payload differs from this image&apos;s name; otherwise that is a warning.</source>
        <translation>Échouer quand la docker-reference de la charge utile signée diffère du nom de cette image ; sinon, c’est un avertissement.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PEM keys (*.pub *.pem);;All files (*)</source>
        <translation>Clés PEM (*.pub *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select an image in the list on the left.</source>
        <translation>Sélectionnez une image dans la liste à gauche.</translation>
    </message>
    <message>
        <source>Same check with cosign: %1</source>
        <translation>Même vérification avec cosign : %1</translation>
    </message>
    <message>
        <source>When a signature is not made by the key above, these keys are tried to name who made it. They never make an image verify.</source>
        <translation>Quand une signature n’est pas faite par la clé ci-dessus, ces clés sont essayées pour nommer son auteur. Elles ne rendent jamais une image vérifiée.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Other keys you know (to name the signer)</source>
        <translation>Autres clés que vous connaissez (pour nommer le signataire)</translation>
    </message>
    <message>
        <source>Known keys</source>
        <translation>Clés connues</translation>
    </message>
    <message>
        <source>Checked with %1.</source>
        <translation>Vérifié avec %1.</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>le fichier de clé %1</translation>
    </message>
    <message>
        <source>the pasted key</source>
        <translation>la clé collée</translation>
    </message>
    <message>
        <source>%1 (fingerprint %2)</source>
        <translation>%1 (empreinte %2)</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::runGui</name>
    <message>
        <source>See and check the supply chain of container images.</source>
        <translation>Voir et vérifier la chaîne d’approvisionnement des images de conteneurs.</translation>
    </message>
    <message>
        <source>Open the lab described by &lt;file&gt; (lab.json).</source>
        <translation>Ouvrir le lab décrit par &lt;file&gt; (lab.json).</translation>
    </message>
    <message>
        <source>Connect to the registry at &lt;url&gt;.</source>
        <translation>Se connecter au registre à &lt;url&gt;.</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
Run it in a desktop session, under xvfb-run, or use the command-line subcommands (chainscope --help).</source>
        <translation>aucun affichage sur lequel ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).
Lancez-le dans une session de bureau, sous xvfb-run, ou utilisez les sous-commandes en ligne de commande (chainscope --help).</translation>
    </message>
</context>
</TS>
