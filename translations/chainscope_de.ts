<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>chainscope::app</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>User name for the registry; the password is read from standard input (--password-stdin).</source>
        <translation>Benutzername für die Registry; das Passwort wird von der Standardeingabe gelesen (--password-stdin).</translation>
    </message>
    <message>
        <source>Read the registry password from standard input.</source>
        <translation>Das Registry-Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>DANGEROUS: talk plain HTTP to registries that are not on loopback; anyone on the path can change what is read. Every report says so.</source>
        <translation>GEFÄHRLICH: unverschlüsseltes HTTP zu Registries, die nicht auf Loopback liegen; jeder auf dem Weg kann verändern, was gelesen wird. Jeder Bericht weist darauf hin.</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>reading the key file %1</source>
        <translation>beim Lesen der Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>reading the image reference &quot;%1&quot;</source>
        <translation>beim Lesen der Image-Referenz „%1“</translation>
    </message>
    <message>
        <source>unknown policy subcommand &quot;%1&quot; (expected lint or test)</source>
        <translation>unbekannter policy-Unterbefehl „%1“ (erwartet: lint oder test)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Follow at most this many images (default 8).</source>
        <translation>Höchstens so vielen Images folgen (Standard 8).</translation>
    </message>
    <message>
        <source>Follow bases to registries that neither the command names nor the Docker configuration has credentials for.</source>
        <translation>Basis-Images auch zu Registries folgen, die weder der Befehl nennt noch für die die Docker-Konfiguration Zugangsdaten hat.</translation>
    </message>
    <message>
        <source>The image, e.g. host/repo:tag.</source>
        <translation>Das Image, z. B. host/repo:tag.</translation>
    </message>
    <message>
        <source>--output takes json or text</source>
        <translation>--output akzeptiert json oder text</translation>
    </message>
    <message>
        <source>lineage needs exactly one image reference</source>
        <translation>lineage braucht genau eine Image-Referenz</translation>
    </message>
    <message>
        <source>--max-depth needs a positive number</source>
        <translation>--max-depth braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>The public key (PEM or DER) the image must be signed with.</source>
        <translation>Der öffentliche Schlüssel (PEM oder DER), mit dem das Image signiert sein muss.</translation>
    </message>
    <message>
        <source>Another public key to name the signer with when the signature is not by --key (repeatable).</source>
        <translation>Ein weiterer öffentlicher Schlüssel, um den Signierer zu benennen, wenn die Signatur nicht von --key stammt (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Fail unless a transparency-log entry backs the signature.</source>
        <translation>Fehlschlagen, sofern kein Transparenzlog-Eintrag die Signatur belegt.</translation>
    </message>
    <message>
        <source>Fail when the signed docker-reference differs from the image&apos;s name.</source>
        <translation>Fehlschlagen, wenn die signierte docker-reference vom Namen des Images abweicht.</translation>
    </message>
    <message>
        <source>verify needs exactly one image reference</source>
        <translation>verify braucht genau eine Image-Referenz</translation>
    </message>
    <message>
        <source>verify needs --key FILE (keyless verification comes later)</source>
        <translation>verify braucht --key DATEI (schlüssellose Verifikation folgt später)</translation>
    </message>
    <message>
        <source>cannot read the policy file %1: %2</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the policy file %1 is larger than 4 MiB</source>
        <translation>Die Richtliniendatei %1 ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>The policy YAML.</source>
        <translation>Das YAML der Richtlinie.</translation>
    </message>
    <message>
        <source>policy lint needs exactly one file</source>
        <translation>policy lint braucht genau eine Datei</translation>
    </message>
    <message>
        <source>The images of the Pod to admit.</source>
        <translation>Die Images des zuzulassenden Pods.</translation>
    </message>
    <message>
        <source>policy test needs a policy file and at least one image</source>
        <translation>policy test braucht eine Richtliniendatei und mindestens ein Image</translation>
    </message>
    <message>
        <source>%1 holds no policy that can be evaluated%2</source>
        <translation>%1 enthält keine auswertbare Richtlinie%2</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>--username and --password-stdin go together: give both or neither</source>
        <translation>--username und --password-stdin gehören zusammen: beide angeben oder keines</translation>
    </message>
    <message>
        <source>could not read the password from standard input</source>
        <translation>Das Passwort konnte nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input is empty</source>
        <translation>--password-stdin wurde angegeben, aber die Standardeingabe ist leer</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FEHL]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[Warn]</translation>
    </message>
    <message>
        <source>[skip]</source>
        <translation>[ausg]</translation>
    </message>
    <message>
        <source>[ERR ]</source>
        <translation>[ERR ]</translation>
    </message>
    <message>
        <source>[supports]   </source>
        <translation>[stützt]     </translation>
    </message>
    <message>
        <source>[CONTRADICTS]</source>
        <translation>[WIDERLEGT]  </translation>
    </message>
    <message>
        <source>[absent]     </source>
        <translation>[fehlt]      </translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>provenance</source>
        <translation>Provenienz</translation>
    </message>
    <message>
        <source>[pass]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>  digest: %1</source>
        <translation>  Digest: %1</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>found:    %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck des Signiererschlüssels (SHA-256): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT VERIFIZIERT: %1</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Abstammung von %1</translation>
    </message>
    <message>
        <source>%1. base of %2: %3</source>
        <translation>%1. Basis von %2: %3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>layers: %1</source>
        <translation>Schichten: %1</translation>
    </message>
    <message>
        <source>vendor labels: %1, inherited from its base</source>
        <translation>Hersteller-Labels: %1, von seiner Basis geerbt</translation>
    </message>
    <message>
        <source>vendor: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <source>evidence that this is the base of %1:</source>
        <translation>Belege, dass dies die Basis von %1 ist:</translation>
    </message>
    <message>
        <source>signature: NOT verified: %1</source>
        <translation>Signatur: NICHT verifiziert: %1</translation>
    </message>
    <message>
        <source>signature: not checked (no --key given)</source>
        <translation>Signatur: nicht geprüft (kein --key angegeben)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>End of the chain: %1</source>
        <translation>Ende der Kette: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>fix available (weakens verification): %1</source>
        <translation>Korrektur verfügbar (schwächt die Verifikation): %1</translation>
    </message>
    <message>
        <source>fix available: %1</source>
        <translation>Korrektur verfügbar: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images: %1</translation>
    </message>
    <message>
        <source>Policy %1 (%2)</source>
        <translation>Richtlinie %1 (%2)</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>Finding (audit, admitted): %1</source>
        <translation>Befund (Audit, zugelassen): %1</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>ZULASSEN</translation>
    </message>
    <message>
        <source>DENY</source>
        <translation>ABLEHNEN</translation>
    </message>
    <message>
        <source>--username and --password-stdin</source>
        <translation>--username und --password-stdin</translation>
    </message>
    <message>
        <source>none: anonymous access</source>
        <translation>keine: anonymer Zugriff</translation>
    </message>
    <message>
        <source>the fallback tag names an image, not an index</source>
        <translation>das Ersatz-Tag nennt ein Image, keinen Index</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>index (multi-platform)</source>
        <translation>Index (mehrere Plattformen)</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Config-Fehler</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <source>Referrers (tag %1):</source>
        <translation>Referrer (Tag %1):</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>none (no %1 tag)</source>
        <translation>keine (kein Tag %1)</translation>
    </message>
    <message>
        <source>%1 does not let these credentials list its repositories; name one instead, e.g. chainscope tags %1/NAME</source>
        <translation>%1 erlaubt diesen Zugangsdaten nicht, seine Repositorys aufzulisten; nennen Sie stattdessen eines, z. B. chainscope tags %1/NAME</translation>
    </message>
    <message>
        <source>What to read.</source>
        <translation>Was gelesen werden soll.</translation>
    </message>
    <message>
        <source>%1 needs exactly one %2</source>
        <translation>%1 braucht genau ein Argument %2</translation>
    </message>
    <message>
        <source>repos needs a registry host, e.g. ghcr.io or 127.0.0.1:5000</source>
        <translation>repos braucht einen Registry-Host, z. B. ghcr.io oder 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>tags takes a repository without tag or digest, e.g. %1</source>
        <translation>tags erwartet ein Repository ohne Tag oder Digest, z. B. %1</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>lokale Dateien</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>%1 holds several repositories: name one, e.g. %2:NAME</source>
        <translation>%1 enthält mehrere Repositorys: Nennen Sie eines, z. B. %2:NAME</translation>
    </message>
    <message>
        <source>attached to a manifest not in the index:</source>
        <translation>an ein Manifest angehängt, das nicht im Index steht:</translation>
    </message>
    <message>
        <source>reading the registry credentials</source>
        <translation>beim Lesen der Registry-Zugangsdaten</translation>
    </message>
    <message>
        <source>%1: %2, %3; policies read: %4</source>
        <translation>%1: %2, %3; gelesene Richtlinien: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
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
        <translation>Aufruf:
  chainscope                              das Inspektorfenster öffnen
  chainscope --lab-state DATEI            das Fenster auf dem Lab aus lab.json öffnen
  chainscope lineage REF [--key DATEI]    die Kette Image -&gt; Basis -&gt; ... mit Belegen
  chainscope verify REF --key DATEI       die cosign-Signatur mit einem öffentlichen Schlüssel prüfen
        [--require-tlog] [--exact-reference] [--known-key DATEI ...]
  chainscope repos HOST                   die Repositorys einer Registry (ihr Katalog)
  chainscope tags REPO                    die Tags eines Repositorys, z. B. host/team/app
  chainscope inspect REF                  Manifest, Config, Plattformen, Attestierungen,
                                          Referrer und woher die Zugangsdaten stammen
        REF kann ein lokales Image sein: oci:PFAD[:TAG], oci-archive:PFAD[:TAG],
        docker-archive:PFAD[:NAME:TAG]
  chainscope policy lint DATEI            eine Kyverno-Richtlinie prüfen, mit Korrekturen
  chainscope policy test DATEI REF...     würde die Richtlinie einen Pod mit diesen Images zulassen?

Jeder Unterbefehl akzeptiert --output json|text, --username NAME --password-stdin und
--insecure-plain-http. Ohne --username stammen die Zugangsdaten aus der ersten Quelle von:
credHelpers, credsStore und auths von $DOCKER_CONFIG/config.json (Standard
~/.docker/config.json), danach die auth.json von containers. Registries auf Loopback
werden über unverschlüsseltes HTTP erreicht; jeder andere Host braucht dafür
--insecure-plain-http, und Zugangsdaten werden nie über unverschlüsseltes HTTP an ihn gesendet.

Exit-Codes: 0 bestanden, 1 Verifikations- oder Richtlinienfehler, 2 Fehler (ungültige Eingabe,
Registry nicht erreichbar). lineage: 1, wenn die Belege sich widersprechen oder,
mit --key, wenn das Image oder eine Basis nicht mit dem Schlüssel verifiziert ist (eine
Hersteller-Basis wie das Red Hat UBI ist mit den Schlüsseln des Herstellers signiert und
zählt nicht); 2 mit --key, wenn ein Image der Kette nicht gelesen werden konnte.
</translation>
    </message>
    <message>
        <source>Check each hop&apos;s cosign signature and the provenance attestations with this public key (PEM or DER). Exit 1 when the image or a base other than a vendor image is not verified, 2 when an image could not be read.</source>
        <translation>Die cosign-Signatur jedes Glieds und die Provenienz-Attestierungen mit diesem öffentlichen Schlüssel (PEM oder DER) prüfen. Exit-Code 1, wenn das Image oder eine Basis, die kein Hersteller-Image ist, nicht verifiziert ist, 2, wenn ein Image nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The Rekor public key that signs transparency-log entries (repeatable); without one an attached entry cannot be checked.</source>
        <translation>Der öffentliche Rekor-Schlüssel, der Transparenzlog-Einträge signiert (mehrfach angebbar); ohne ihn kann ein angehängter Eintrag nicht geprüft werden.</translation>
    </message>
    <message>
        <source>A Rekor public key that signs transparency-log entries, besides the policy&apos;s rekor.pubkey (repeatable).</source>
        <translation>Ein öffentlicher Rekor-Schlüssel, der Transparenzlog-Einträge signiert, zusätzlich zu rekor.pubkey der Richtlinie (mehrfach angebbar).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot evaluate: the policy has %n error(s); run chainscope policy lint %1</source>
        <translation>
            <numerusform>Auswertung nicht möglich: Die Richtlinie hat %n Fehler; führen Sie chainscope policy lint %1 aus</numerusform>
            <numerusform>Auswertung nicht möglich: Die Richtlinie hat %n Fehler; führen Sie chainscope policy lint %1 aus</numerusform>
        </translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>No rule applied: nothing was checked.</source>
        <translation>Keine Regel griff: Es wurde nichts geprüft.</translation>
    </message>
</context>
<context>
    <name>chainscope::attestation</name>
    <message>
        <source>reading attestations of %1</source>
        <translation>beim Lesen der Attestierungen von %1</translation>
    </message>
    <message>
        <source>layer of type %1 is not a DSSE envelope</source>
        <translation>Schicht vom Typ %1 ist kein DSSE-Envelope</translation>
    </message>
    <message>
        <source>payload type %1 is not an in-toto statement</source>
        <translation>Payload-Typ %1 ist kein in-toto-Statement</translation>
    </message>
    <message>
        <source>DSSE envelope is not valid JSON: %1 at %2</source>
        <translation>DSSE-Envelope ist kein gültiges JSON: %1 bei %2</translation>
    </message>
    <message>
        <source>DSSE envelope is not a JSON object</source>
        <translation>DSSE-Envelope ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>DSSE envelope has no payloadType</source>
        <translation>DSSE-Envelope hat keinen payloadType</translation>
    </message>
    <message>
        <source>DSSE envelope has no payload</source>
        <translation>DSSE-Envelope hat keinen Payload</translation>
    </message>
    <message>
        <source>DSSE payload is not valid base64</source>
        <translation>DSSE-Payload ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>DSSE envelope has no signatures array</source>
        <translation>DSSE-Envelope hat kein signatures-Array</translation>
    </message>
    <message>
        <source>DSSE signature %1 is missing or not valid base64</source>
        <translation>DSSE-Signatur %1 fehlt oder ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>predicate type &quot;%1&quot; is not SLSA provenance</source>
        <translation>Prädikattyp „%1“ ist keine SLSA-Provenienz</translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no builder id</source>
        <translation>SLSA-Provenienz %1 hat keine Builder-ID</translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no build type</source>
        <translation>SLSA-Provenienz %1 hat keinen Build-Typ</translation>
    </message>
    <message>
        <source>in-toto statement is not a JSON object</source>
        <translation>in-toto-Statement ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>in-toto statement has no _type</source>
        <translation>in-toto-Statement hat kein _type</translation>
    </message>
    <message>
        <source>statement type &quot;%1&quot; is not supported</source>
        <translation>Statement-Typ „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>in-toto statement has no predicateType</source>
        <translation>in-toto-Statement hat keinen predicateType</translation>
    </message>
    <message>
        <source>in-toto statement has no subject</source>
        <translation>in-toto-Statement hat kein subject</translation>
    </message>
    <message>
        <source>subject &quot;%1&quot; has no digest</source>
        <translation>subject „%1“ hat keinen Digest</translation>
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
        <translation>Dies ist kein PEM-Text: keine „-----BEGIN“-Zeile gefunden.</translation>
    </message>
    <message>
        <source>The PEM text is broken: its base64 body or its &quot;-----END&quot; line is damaged</source>
        <translation>Der PEM-Text ist defekt: sein Base64-Inhalt oder seine „-----END“-Zeile ist beschädigt</translation>
    </message>
    <message>
        <source>The elliptic-curve key uses explicit curve parameters; only the named curves P-256, P-384 and P-521 are supported.</source>
        <translation>Der Elliptische-Kurven-Schlüssel verwendet explizite Kurvenparameter; nur die benannten Kurven P-256, P-384 und P-521 werden unterstützt.</translation>
    </message>
    <message>
        <source>The elliptic curve %1 is not supported; use P-256, P-384 or P-521.</source>
        <translation>Die elliptische Kurve %1 wird nicht unterstützt; verwenden Sie P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; keys shorter than 2048 bits are not accepted.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; Schlüssel unter 2048 Bit werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use ECDSA, RSA or Ed25519.</source>
        <translation>Schlüssel vom Typ %1 werden nicht unterstützt; verwenden Sie ECDSA, RSA oder Ed25519.</translation>
    </message>
    <message>
        <source>Could not encode the public key</source>
        <translation>Der öffentliche Schlüssel konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The bytes are not a DER SubjectPublicKeyInfo public key</source>
        <translation>Die Bytes sind kein öffentlicher Schlüssel im DER-Format SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>The DER public key is followed by %1 unexpected bytes.</source>
        <translation>Auf den DER-Schlüssel folgen %1 unerwartete Bytes.</translation>
    </message>
    <message>
        <source>The RSA public key is malformed</source>
        <translation>Der öffentliche RSA-Schlüssel ist fehlerhaft</translation>
    </message>
    <message>
        <source>This is a private key (&quot;%1&quot;). Verification needs the public key; keep the private key secret and give the matching &quot;PUBLIC KEY&quot;.</source>
        <translation>Dies ist ein privater Schlüssel („%1“). Die Verifikation braucht den öffentlichen Schlüssel; halten Sie den privaten Schlüssel geheim und geben Sie den passenden „PUBLIC KEY“ an.</translation>
    </message>
    <message>
        <source>This is a certificate, not a public key. Give the signer&apos;s &quot;PUBLIC KEY&quot;, or verify with the certificate&apos;s identity.</source>
        <translation>Dies ist ein Zertifikat, kein öffentlicher Schlüssel. Geben Sie den „PUBLIC KEY“ des Signierers an oder verifizieren Sie mit der Identität des Zertifikats.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is not a public key; expected &quot;PUBLIC KEY&quot;.</source>
        <translation>Der PEM-Block „%1“ ist kein öffentlicher Schlüssel; erwartet wird „PUBLIC KEY“.</translation>
    </message>
    <message>
        <source>Expected a PEM &quot;CERTIFICATE&quot;, found &quot;%1&quot;.</source>
        <translation>Erwartet wurde ein PEM-„CERTIFICATE“, gefunden wurde „%1“.</translation>
    </message>
    <message>
        <source>The certificate is malformed</source>
        <translation>Das Zertifikat ist fehlerhaft</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation>Es wurde kein öffentlicher Schlüssel angegeben.</translation>
    </message>
</context>
<context>
    <name>chainscope::lineage</name>
    <message>
        <source>the index %1 names no image for a platform</source>
        <translation>der Index %1 nennt kein Image für eine Plattform</translation>
    </message>
    <message>
        <source>reading the configuration of %1</source>
        <translation>beim Lesen der Konfiguration von %1</translation>
    </message>
    <message>
        <source>The attestations of this image could not be read: %1</source>
        <translation>Die Attestierungen dieses Images konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A provenance attestation is attached whose subject is not this image; it is ignored.</source>
        <translation>Angehängt ist eine Provenienz-Attestierung, deren Subject nicht dieses Image ist; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>A provenance attestation could not be read: %1</source>
        <translation>Eine Provenienz-Attestierung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A provenance attestation is not signed by the given key; it is not used as evidence.</source>
        <translation>Eine Provenienz-Attestierung ist nicht mit dem angegebenen Schlüssel signiert; sie wird nicht als Beleg verwendet.</translation>
    </message>
    <message>
        <source>Not signed by the given key. This is a Red Hat image: Red Hat signs its images with its own keys, and checking vendor signatures is a later capability of Chainscope.</source>
        <translation>Nicht mit dem angegebenen Schlüssel signiert. Dies ist ein Red-Hat-Image: Red Hat signiert seine Images mit eigenen Schlüsseln, und die Prüfung von Herstellersignaturen ist eine spätere Fähigkeit von Chainscope.</translation>
    </message>
    <message>
        <source>Not signed by the given key. This image names the vendor &quot;%1&quot;; checking vendor signatures is a later capability of Chainscope.</source>
        <translation>Nicht mit dem angegebenen Schlüssel signiert. Dieses Image nennt den Hersteller „%1“; die Prüfung von Herstellersignaturen ist eine spätere Fähigkeit von Chainscope.</translation>
    </message>
    <message>
        <source>The manifest has no %1 annotation.</source>
        <translation>Das Manifest hat keine Annotation %1.</translation>
    </message>
    <message>
        <source>The manifest annotation %1 names %2.</source>
        <translation>Die Manifest-Annotation %1 nennt %2.</translation>
    </message>
    <message>
        <source>The manifest annotations name %1 with digest %2.</source>
        <translation>Die Manifest-Annotationen nennen %1 mit Digest %2.</translation>
    </message>
    <message>
        <source>The configuration has no %1 label.</source>
        <translation>Die Konfiguration hat kein Label %1.</translation>
    </message>
    <message>
        <source>The label %1 names %2.</source>
        <translation>Das Label %1 nennt %2.</translation>
    </message>
    <message>
        <source>The label %1 names %2, as the annotation does.</source>
        <translation>Das Label %1 nennt %2, wie die Annotation.</translation>
    </message>
    <message>
        <source>The label %1 names %2, but the annotation names %3.</source>
        <translation>Das Label %1 nennt %2, die Annotation aber %3.</translation>
    </message>
    <message>
        <source>The base&apos;s layers (%1) are the first layers of this image (%2 in all).</source>
        <translation>Die Schichten der Basis (%1) sind die ersten Schichten dieses Images (insgesamt %2).</translation>
    </message>
    <message>
        <source>The base&apos;s uncompressed layers (%1 diff_ids) are the first of this image&apos;s (%2 in all).</source>
        <translation>Die unkomprimierten Schichten der Basis (%1 diff_ids) sind die ersten dieses Images (insgesamt %2).</translation>
    </message>
    <message>
        <source>The layers of the named base are not a prefix of the layers of this image: it was not built on that image, or the name points to different content now.</source>
        <translation>Die Schichten der genannten Basis sind kein Präfix der Schichten dieses Images: Es wurde nicht auf diesem Image gebaut, oder der Name zeigt inzwischen auf anderen Inhalt.</translation>
    </message>
    <message>
        <source>No SLSA provenance attestation of this image was found.</source>
        <translation>Keine SLSA-Provenienz-Attestierung dieses Images gefunden.</translation>
    </message>
    <message>
        <source>its signature was verified with the given key</source>
        <translation>ihre Signatur wurde mit dem angegebenen Schlüssel verifiziert</translation>
    </message>
    <message>
        <source>its signature was not checked (no key given)</source>
        <translation>ihre Signatur wurde nicht geprüft (kein Schlüssel angegeben)</translation>
    </message>
    <message>
        <source>The SLSA provenance %1 by builder %2 lists %3 with this digest as a material; %4.</source>
        <translation>Die SLSA-Provenienz %1 von Builder %2 führt %3 mit diesem Digest als Material; %4.</translation>
    </message>
    <message>
        <source>The SLSA provenance lists %1 with digest %2, not %3.</source>
        <translation>Die SLSA-Provenienz führt %1 mit Digest %2, nicht %3.</translation>
    </message>
    <message>
        <source>The SLSA provenance of this image lists no material with digest %1.</source>
        <translation>Die SLSA-Provenienz dieses Images führt kein Material mit Digest %1.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <source>%1 names no base image: it is the root of the chain as far as its metadata tells.</source>
        <translation>%1 nennt kein Basis-Image: Soweit seine Metadaten Auskunft geben, ist es die Wurzel der Kette.</translation>
    </message>
    <message>
        <source>The base is named &quot;%1&quot;, which is not an image reference: %2</source>
        <translation>Die Basis heißt „%1“, was keine Image-Referenz ist: %2</translation>
    </message>
    <message>
        <source>The base lives on the registry %1, and there is no connection to it.</source>
        <translation>Die Basis liegt in der Registry %1, und zu ihr besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>The base could not be read, so its layers were not compared.</source>
        <translation>Die Basis konnte nicht gelesen werden, daher wurden ihre Schichten nicht verglichen.</translation>
    </message>
    <message>
        <source>The base %1 could not be read: %2</source>
        <translation>Die Basis %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 names %2 as its base, which is already in the chain; the walk stopped there.</source>
        <translation>%1 nennt %2 als Basis, das bereits in der Kette ist; die Suche endete dort.</translation>
    </message>
    <message>
        <source>The tag %1 now points to %2; this image was built on %3.</source>
        <translation>Das Tag %1 zeigt jetzt auf %2; dieses Image wurde auf %3 gebaut.</translation>
    </message>
    <message>
        <source>The evidence contradicts itself for at least one hop: see the evidence marked &quot;contradicts&quot;.</source>
        <translation>Die Belege widersprechen sich bei mindestens einem Glied: siehe die mit „widerspricht“ markierten Belege.</translation>
    </message>
    <message>
        <source>Red Hat UBI %1</source>
        <translation>Red Hat UBI %1</translation>
    </message>
    <message numerus="yes">
        <source>The walk stopped after %n images (the depth limit).</source>
        <translation>
            <numerusform>Die Suche endete nach %n Image (Tiefenbegrenzung).</numerusform>
            <numerusform>Die Suche endete nach %n Images (Tiefenbegrenzung).</numerusform>
        </translation>
    </message>
    <message>
        <source>An attestation layer could not be read: %1</source>
        <translation>Eine Attestierungsschicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tag %1 moved while it was read: the signature was checked for %2, the lineage shows %3.</source>
        <translation>Das Tag %1 wurde während des Lesens verschoben: Die Signatur wurde für %2 geprüft, die Abstammung zeigt %3.</translation>
    </message>
</context>
<context>
    <name>chainscope::oci</name>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 ist kein JSON-Array</translation>
    </message>
    <message>
        <source>%1 holds a value that is not a string</source>
        <translation>%1 enthält einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a string</source>
        <translation>%1 „%2“ ist kein String</translation>
    </message>
    <message>
        <source>%1 has no mediaType</source>
        <translation>%1 hat keinen mediaType</translation>
    </message>
    <message>
        <source>%1 has no digest</source>
        <translation>%1 hat keinen Digest</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 hat keine gültige Größe</translation>
    </message>
    <message>
        <source>annotations of %1</source>
        <translation>Annotationen von %1</translation>
    </message>
    <message>
        <source>platform of %1 is not a JSON object</source>
        <translation>Plattform von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the image configuration is not valid JSON: %1 at byte %2</source>
        <translation>die Image-Konfiguration ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object</source>
        <translation>die Image-Konfiguration ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;config&quot; of the image configuration is not a JSON object</source>
        <translation>„config“ der Image-Konfiguration ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>Label „%1“ ist kein String</translation>
    </message>
    <message>
        <source>&quot;Labels&quot; is not a JSON object</source>
        <translation>„Labels“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a history entry is not a JSON object</source>
        <translation>ein history-Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;history&quot; is not a JSON array</source>
        <translation>„history“ ist kein JSON-Array</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1 at byte %2</source>
        <translation>das Manifest ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>das Manifest ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported; push the image again with a current client to get a schema 2 or OCI manifest</source>
        <translation>Docker-Manifeste nach Schema 1 werden nicht unterstützt; pushen Sie das Image erneut mit einem aktuellen Client, um ein Manifest nach Schema 2 oder OCI zu erhalten</translation>
    </message>
    <message>
        <source>manifest schemaVersion %1 is not supported (expected 2)</source>
        <translation>Manifest-schemaVersion %1 wird nicht unterstützt (erwartet: 2)</translation>
    </message>
    <message>
        <source>the document is neither an image manifest nor an index</source>
        <translation>das Dokument ist weder ein Image-Manifest noch ein Index</translation>
    </message>
    <message>
        <source>manifest media type &quot;%1&quot; is not supported</source>
        <translation>Manifest-Medientyp „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the manifest says it is &quot;%1&quot; but was served as &quot;%2&quot;</source>
        <translation>das Manifest gibt sich als „%1“ aus, wurde aber als „%2“ ausgeliefert</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>the index has no &quot;manifests&quot; array</source>
        <translation>der Index hat kein „manifests“-Array</translation>
    </message>
    <message>
        <source>the image manifest has no &quot;config&quot; descriptor</source>
        <translation>das Image-Manifest hat keinen „config“-Deskriptor</translation>
    </message>
</context>
<context>
    <name>chainscope::policy</name>
    <message>
        <source>the document is a %1, not a Kyverno policy</source>
        <translation>das Dokument ist ein %1, keine Kyverno-Richtlinie</translation>
    </message>
    <message>
        <source>the document is %1 %2, not a Kyverno ClusterPolicy or Policy</source>
        <translation>das Dokument ist %1 %2, keine Kyverno-ClusterPolicy oder -Policy</translation>
    </message>
    <message>
        <source>The rule&apos;s resource filter has constraints Chainscope does not evaluate (names, selectors, operations); it is assumed to match.</source>
        <translation>Der Ressourcenfilter der Regel hat Bedingungen, die Chainscope nicht auswertet (Namen, Selektoren, Operationen); es wird angenommen, dass er zutrifft.</translation>
    </message>
    <message>
        <source>An exclude filter has constraints Chainscope does not evaluate; the Pod is assumed not to be excluded.</source>
        <translation>Ein exclude-Filter hat Bedingungen, die Chainscope nicht auswertet; es wird angenommen, dass der Pod nicht ausgeschlossen ist.</translation>
    </message>
    <message>
        <source>subjects, roles and clusterRoles are not evaluated.</source>
        <translation>subjects, roles und clusterRoles werden nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Chainscope cannot check %1 attestors yet, so this entry is not verified.</source>
        <translation>Chainscope kann %1-Attestoren noch nicht prüfen, daher ist dieser Eintrag nicht verifiziert.</translation>
    </message>
    <message>
        <source>The key is held outside the policy (Kubernetes secret, KMS or a variable); Chainscope cannot read it, so the entry is not verified.</source>
        <translation>Der Schlüssel liegt außerhalb der Richtlinie (Kubernetes-Secret, KMS oder eine Variable); Chainscope kann ihn nicht lesen, daher ist der Eintrag nicht verifiziert.</translation>
    </message>
    <message>
        <source>The policy&apos;s public key does not load: %1</source>
        <translation>Der öffentliche Schlüssel der Richtlinie lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Chainscope has no connection to the registry %1, so the signature could not be checked.</source>
        <translation>Chainscope hat keine Verbindung zur Registry %1, daher konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signature verifies with the policy&apos;s key, but it has no transparency-log entry, and this attestor requires one.</source>
        <translation>Die Signatur lässt sich mit dem Schlüssel der Richtlinie verifizieren, hat aber keinen Transparenzlog-Eintrag, und dieser Attestor verlangt einen.</translation>
    </message>
    <message>
        <source>This rule uses the 2021 image/key form. Kyverno converts it to a keys attestor without rekor settings, and current Kyverno then requires a transparency-log (Rekor) entry for every signature; this signature has none (signed with cosign --tlog-upload=false). Rewrite the rule to the current form (lint fix &quot;Rewrite to imageReferences and attestors&quot;) and add rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix &quot;Accept signatures without a transparency-log entry&quot;), which accepts signatures that are not in a public log.</source>
        <translation>Diese Regel verwendet die image/key-Form von 2021. Kyverno wandelt sie in einen keys-Attestor ohne rekor-Einstellungen um, und das aktuelle Kyverno verlangt dann für jede Signatur einen Transparenzlog-Eintrag (Rekor); diese Signatur hat keinen (signiert mit cosign --tlog-upload=false). Schreiben Sie die Regel in die aktuelle Form um (Lint-Korrektur „In imageReferences und attestors umschreiben“) und ergänzen Sie rekor.ignoreTlog: true und ctlog.ignoreSCT: true (Lint-Korrektur „Signaturen ohne Transparenzlog-Eintrag akzeptieren“); damit werden Signaturen akzeptiert, die in keinem öffentlichen Log stehen.</translation>
    </message>
    <message>
        <source>This keys attestor has no rekor.ignoreTlog: true, so current Kyverno requires a transparency-log (Rekor) entry for every signature; this signature has none (signed with cosign --tlog-upload=false). Add rekor.ignoreTlog: true and ctlog.ignoreSCT: true (lint fix &quot;Accept signatures without a transparency-log entry&quot;) to accept signatures that are not in a public log, or sign with a transparency log.</source>
        <translation>Dieser keys-Attestor hat kein rekor.ignoreTlog: true, daher verlangt das aktuelle Kyverno für jede Signatur einen Transparenzlog-Eintrag (Rekor); diese Signatur hat keinen (signiert mit cosign --tlog-upload=false). Ergänzen Sie rekor.ignoreTlog: true und ctlog.ignoreSCT: true (Lint-Korrektur „Signaturen ohne Transparenzlog-Eintrag akzeptieren“), um Signaturen zu akzeptieren, die in keinem öffentlichen Log stehen, oder signieren Sie mit einem Transparenzlog.</translation>
    </message>
    <message>
        <source>The image reference %1 does not parse: %2</source>
        <translation>Die Image-Referenz %1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>Skipped: the image matches skipImageReferences &quot;%1&quot;.</source>
        <translation>Übersprungen: Das Image passt zu skipImageReferences „%1“.</translation>
    </message>
    <message>
        <source>Skipped: %1 matches none of the imageReferences.</source>
        <translation>Übersprungen: %1 passt zu keiner der imageReferences.</translation>
    </message>
    <message>
        <source>Chainscope cannot check %1 signatures yet, so the image is not verified.</source>
        <translation>Chainscope kann %1-Signaturen noch nicht prüfen, daher ist das Image nicht verifiziert.</translation>
    </message>
    <message>
        <source>The attestor set has no entries to verify.</source>
        <translation>Die Attestor-Menge hat keine zu verifizierenden Einträge.</translation>
    </message>
    <message>
        <source>%1 accepts signatures without a transparency-log entry (rekor.ignoreTlog: true).</source>
        <translation>%1 akzeptiert Signaturen ohne Transparenzlog-Eintrag (rekor.ignoreTlog: true).</translation>
    </message>
    <message>
        <source>The rule checks attestations, which Chainscope cannot evaluate yet, so the image is not verified.</source>
        <translation>Die Regel prüft Attestierungen, die Chainscope noch nicht auswerten kann, daher ist das Image nicht verifiziert.</translation>
    </message>
    <message>
        <source>The rule has no attestors: no signature is required.</source>
        <translation>Die Regel hat keine Attestoren: Es wird keine Signatur verlangt.</translation>
    </message>
    <message>
        <source>verifyDigest is on and mutateDigest is off, so the image must be named by digest (name@sha256:...).</source>
        <translation>verifyDigest ist an und mutateDigest aus, daher muss das Image per Digest benannt sein (name@sha256:...).</translation>
    </message>
    <message>
        <source>Verified: %1 matches &quot;%2&quot; and its attestors are satisfied.</source>
        <translation>Verifiziert: %1 passt zu „%2“, und seine Attestoren sind erfüllt.</translation>
    </message>
    <message>
        <source>Kyverno would pin the image to %1@%2 (mutateDigest).</source>
        <translation>Kyverno würde das Image auf %1@%2 festlegen (mutateDigest).</translation>
    </message>
    <message>
        <source>Only verifyImages rules are evaluated; this rule is skipped.</source>
        <translation>Nur verifyImages-Regeln werden ausgewertet; diese Regel wird übersprungen.</translation>
    </message>
    <message>
        <source>Preconditions are not evaluated; the rule is assumed to apply.</source>
        <translation>Vorbedingungen (preconditions) werden nicht ausgewertet; es wird angenommen, dass die Regel greift.</translation>
    </message>
    <message>
        <source>Rewrite to imageReferences and attestors (current Kyverno form)</source>
        <translation>In imageReferences und attestors umschreiben (aktuelle Kyverno-Form)</translation>
    </message>
    <message>
        <source>Accept signatures without a transparency-log entry (adds rekor.ignoreTlog and ctlog.ignoreSCT; weakens the check)</source>
        <translation>Signaturen ohne Transparenzlog-Eintrag akzeptieren (ergänzt rekor.ignoreTlog und ctlog.ignoreSCT; schwächt die Prüfung)</translation>
    </message>
    <message>
        <source>Set failureAction: %1 on each rule instead</source>
        <translation>Stattdessen failureAction: %1 in jeder Regel setzen</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>ein String oder eine Ganzzahl</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1 is set twice; Kubernetes rejects duplicate fields</source>
        <translation>%1 ist doppelt gesetzt; Kubernetes weist doppelte Felder zurück</translation>
    </message>
    <message>
        <source>%1 is deprecated: %2</source>
        <translation>%1 ist veraltet: %2</translation>
    </message>
    <message>
        <source>unknown field %1; Kubernetes drops it silently, so it has no effect. Known fields here: %2</source>
        <translation>unbekanntes Feld %1; Kubernetes verwirft es stillschweigend, es hat also keine Wirkung. Bekannte Felder hier: %2</translation>
    </message>
    <message>
        <source>%1 needs the field %2</source>
        <translation>%1 braucht das Feld %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not a %3</source>
        <translation>%1 muss %2 sein, nicht ein(e) %3</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; allowed values: %3</source>
        <translation>%1 ist „%2“; erlaubte Werte: %3</translation>
    </message>
    <message>
        <source>%1 is empty: give a PEM public key</source>
        <translation>%1 ist leer: Geben Sie einen öffentlichen PEM-Schlüssel an</translation>
    </message>
    <message>
        <source>%1 refers to a key outside the policy (Kubernetes secret, KMS or variable); Chainscope cannot read it, so it cannot check it</source>
        <translation>%1 verweist auf einen Schlüssel außerhalb der Richtlinie (Kubernetes-Secret, KMS oder Variable); Chainscope kann ihn nicht lesen und daher nicht prüfen</translation>
    </message>
    <message>
        <source>%1: key %2 does not load: %3</source>
        <translation>%1: Schlüssel %2 lässt sich nicht laden: %3</translation>
    </message>
    <message>
        <source>%1 is neither a PEM public key (-----BEGIN PUBLIC KEY-----) nor a k8s://&lt;namespace&gt;/&lt;secret&gt; reference</source>
        <translation>%1 ist weder ein öffentlicher PEM-Schlüssel (-----BEGIN PUBLIC KEY-----) noch eine Referenz k8s://&lt;namespace&gt;/&lt;secret&gt;</translation>
    </message>
    <message>
        <source>%1.image is deprecated (Kyverno 1.4 form); use imageReferences: [&quot;%2&quot;]</source>
        <translation>%1.image ist veraltet (Form von Kyverno 1.4); verwenden Sie imageReferences: [&quot;%2&quot;]</translation>
    </message>
    <message>
        <source>%1.key is deprecated (Kyverno 1.4 form); use attestors: - entries: - keys: publicKeys</source>
        <translation>%1.key ist veraltet (Form von Kyverno 1.4); verwenden Sie attestors: - entries: - keys: publicKeys</translation>
    </message>
    <message>
        <source>%1.%2 is deprecated; use attestors: - entries: - keyless: %2</source>
        <translation>%1.%2 ist veraltet; verwenden Sie attestors: - entries: - keyless: %2</translation>
    </message>
    <message>
        <source>%1.annotations is deprecated; set annotations on each attestor entry</source>
        <translation>%1.annotations ist veraltet; setzen Sie annotations an jedem Attestor-Eintrag</translation>
    </message>
    <message>
        <source>%1 has no imageReferences, so it matches no image and verifies nothing</source>
        <translation>%1 hat keine imageReferences, passt also zu keinem Image und verifiziert nichts</translation>
    </message>
    <message>
        <source>imageReferences do not support variables; use a fixed pattern</source>
        <translation>imageReferences unterstützen keine Variablen; verwenden Sie ein festes Muster</translation>
    </message>
    <message>
        <source>%1.count is %2 but the set has %3 entries</source>
        <translation>%1.count ist %2, die Menge hat aber %3 Einträge</translation>
    </message>
    <message>
        <source>%1 has no entries</source>
        <translation>%1 hat keine Einträge</translation>
    </message>
    <message>
        <source>Kyverno converts this key to a keys attestor without rekor settings, so current Kyverno requires a transparency-log (Rekor) entry for every signature; signatures made with cosign --tlog-upload=false will be rejected. Rewrite to the current form, then set rekor.ignoreTlog if you sign without a log.</source>
        <translation>Kyverno wandelt diesen Schlüssel in einen keys-Attestor ohne rekor-Einstellungen um, daher verlangt das aktuelle Kyverno für jede Signatur einen Transparenzlog-Eintrag (Rekor); mit cosign --tlog-upload=false erstellte Signaturen werden abgelehnt. Schreiben Sie in die aktuelle Form um und setzen Sie dann rekor.ignoreTlog, wenn Sie ohne Log signieren.</translation>
    </message>
    <message>
        <source>%1.keys has no rekor.ignoreTlog: true, so current Kyverno requires a transparency-log (Rekor) entry for every signature; signatures made with cosign --tlog-upload=false will be rejected</source>
        <translation>%1.keys hat kein rekor.ignoreTlog: true, daher verlangt das aktuelle Kyverno für jede Signatur einen Transparenzlog-Eintrag (Rekor); mit cosign --tlog-upload=false erstellte Signaturen werden abgelehnt</translation>
    </message>
    <message>
        <source>%1.keys accepts signatures without a transparency-log entry (rekor.ignoreTlog: true): a signature cannot be checked against the public log</source>
        <translation>%1.keys akzeptiert Signaturen ohne Transparenzlog-Eintrag (rekor.ignoreTlog: true): Eine Signatur kann nicht gegen das öffentliche Log geprüft werden</translation>
    </message>
    <message>
        <source>%1 has none of keys, keyless, certificates or attestor</source>
        <translation>%1 hat weder keys noch keyless, certificates oder attestor</translation>
    </message>
    <message>
        <source>%1 has no attestors and no attestations: images are not checked for signatures</source>
        <translation>%1 hat weder attestors noch attestations: Images werden nicht auf Signaturen geprüft</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>apiVersion %1 is not served by Kyverno; use kyverno.io/v1</source>
        <translation>apiVersion %1 wird von Kyverno nicht angeboten; verwenden Sie kyverno.io/v1</translation>
    </message>
    <message>
        <source>spec.validationFailureAction is deprecated; set failureAction on each rule (verifyImages[].failureAction, validate.failureAction)</source>
        <translation>spec.validationFailureAction ist veraltet; setzen Sie failureAction in jeder Regel (verifyImages[].failureAction, validate.failureAction)</translation>
    </message>
    <message>
        <source>no Kyverno ClusterPolicy or Policy found</source>
        <translation>keine Kyverno-ClusterPolicy oder -Policy gefunden</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes; aliases that repeat content many times (an alias bomb) are refused</source>
        <translation>das Dokument expandiert zu mehr als %1 Knoten; Aliase, die Inhalte vielfach wiederholen (eine Alias-Bombe), werden abgewiesen</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the document is %1 bytes long; the limit is %2 bytes</source>
        <translation>das Dokument ist %1 Byte lang; die Grenze liegt bei %2 Byte</translation>
    </message>
    <message>
        <source>the text holds %1 documents; the limit is %2</source>
        <translation>der Text enthält %1 Dokumente; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the Policy applies to namespace %1 only</source>
        <translation>die Policy gilt nur für den Namespace %1</translation>
    </message>
    <message>
        <source>not an image verification rule</source>
        <translation>keine Regel zur Image-Verifikation</translation>
    </message>
    <message>
        <source>%1 does not match the rule</source>
        <translation>%1 passt nicht zur Regel</translation>
    </message>
    <message>
        <source>%1 is excluded by the rule</source>
        <translation>%1 ist von der Regel ausgeschlossen</translation>
    </message>
    <message>
        <source>no image matches the rule</source>
        <translation>kein Image passt zur Regel</translation>
    </message>
    <message>
        <source>The policy&apos;s rekor.pubkey does not load: %1</source>
        <translation>rekor.pubkey der Richtlinie lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Log entry present but not checked: the signature carries a Rekor bundle, but no Rekor public key was given, so it could not be verified.</source>
        <translation>Log-Eintrag vorhanden, aber nicht geprüft: Die Signatur trägt ein Rekor-Bundle, aber es wurde kein öffentlicher Rekor-Schlüssel angegeben, daher konnte es nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>Give the Rekor public key: rekor.pubkey in this attestor, or --rekor-key FILE on the command line.</source>
        <translation>Geben Sie den öffentlichen Rekor-Schlüssel an: rekor.pubkey in diesem Attestor oder --rekor-key DATEI auf der Kommandozeile.</translation>
    </message>
</context>
<context>
    <name>chainscope::reference</name>
    <message>
        <source>&quot;%1&quot; is not a digest (expected algorithm:hex)</source>
        <translation>„%1“ ist kein Digest (erwartet: Algorithmus:Hex)</translation>
    </message>
    <message>
        <source>digest algorithm &quot;%1&quot; is not supported</source>
        <translation>Digest-Algorithmus „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest</source>
        <translation>„%1“ ist kein gültiger %2-Digest</translation>
    </message>
    <message>
        <source>the image reference is empty</source>
        <translation>die Image-Referenz ist leer</translation>
    </message>
    <message>
        <source>the image reference &quot;%1&quot; has surrounding spaces</source>
        <translation>die Image-Referenz „%1“ hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an image ID, not a repository name; use name@sha256:... to pin a digest</source>
        <translation>„%1“ ist eine Image-ID, kein Repository-Name; verwenden Sie name@sha256:..., um einen Digest festzulegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;@&apos; but has no digest</source>
        <translation>„%1“ endet mit „@“, hat aber keinen Digest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository name</source>
        <translation>„%1“ hat keinen Repository-Namen</translation>
    </message>
    <message>
        <source>repository name &quot;%1&quot; must be lowercase</source>
        <translation>Repository-Name „%1“ muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>„%1“ ist kein gültiger Registry-Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository path</source>
        <translation>„%1“ hat keinen Repository-Pfad</translation>
    </message>
    <message>
        <source>repository path &quot;%1&quot; has an empty component</source>
        <translation>Repository-Pfad „%1“ hat eine leere Komponente</translation>
    </message>
    <message>
        <source>repository path component &quot;%1&quot; is not valid (lowercase letters, digits and single separators &apos;.&apos;, &apos;_&apos;, &apos;__&apos;, &apos;-&apos;)</source>
        <translation>Repository-Pfadkomponente „%1“ ist ungültig (Kleinbuchstaben, Ziffern und einzelne Trennzeichen „.“, „_“, „__“, „-“)</translation>
    </message>
    <message>
        <source>repository name is longer than %1 characters</source>
        <translation>Repository-Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but has no tag</source>
        <translation>„%1“ endet mit „:“, hat aber kein Tag</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid (up to 128 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>Tag „%1“ ist ungültig (bis zu 128 Buchstaben, Ziffern, „_“, „.“, „-“, nicht beginnend mit „.“ oder „-“)</translation>
    </message>
    <message>
        <source>digest of &quot;%1&quot;</source>
        <translation>Digest von „%1“</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; of registry host &quot;%2&quot; is not valid (a number from 1 to 65535)</source>
        <translation>der Port „%1“ des Registry-Hosts „%2“ ist ungültig (erwartet: eine Zahl von 1 bis 65535)</translation>
    </message>
</context>
<context>
    <name>chainscope::registry</name>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>manifest %1 does not match its digest %2</source>
        <translation>Manifest %1 passt nicht zu seinem Digest %2</translation>
    </message>
    <message>
        <source>blob %1 is larger than %2 bytes</source>
        <translation>Blob %1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>blob does not match its digest %1</source>
        <translation>Blob passt nicht zu seinem Digest %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid repository name</source>
        <translation>„%1“ ist kein gültiger Repository-Name</translation>
    </message>
    <message>
        <source>cannot read the Docker config %1: %2</source>
        <translation>Die Docker-Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the Docker config %1 is too large</source>
        <translation>die Docker-Konfiguration %1 ist zu groß</translation>
    </message>
    <message>
        <source>the Docker config %1 is not valid JSON: %2</source>
        <translation>die Docker-Konfiguration %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the &quot;auth&quot; entry for %1 in %2 is not base64 of &quot;user:password&quot;</source>
        <translation>der „auth“-Eintrag für %1 in %2 ist kein Base64 von „Benutzer:Passwort“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>loopback HTTP: %1 is reached over plain HTTP on this machine</source>
        <translation>Loopback-HTTP: %1 wird auf diesem Rechner über unverschlüsseltes HTTP erreicht</translation>
    </message>
    <message>
        <source>WARNING: insecure plain HTTP to %1: anyone on the network path can change what was read</source>
        <translation>WARNUNG: unsicheres, unverschlüsseltes HTTP zu %1: Jeder auf dem Netzwerkpfad kann verändern, was gelesen wurde</translation>
    </message>
    <message>
        <source>WARNING: TLS certificate verification is switched off for %1</source>
        <translation>WARNUNG: Die Prüfung des TLS-Zertifikats ist für %1 abgeschaltet</translation>
    </message>
    <message>
        <source>the registry at %1 did not answer within %2 seconds</source>
        <translation>die Registry unter %1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the response from %1 is larger than the limit of %2 bytes</source>
        <translation>die Antwort von %1 überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>could not reach the registry at %1: %2</source>
        <translation>die Registry unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation>Weiterleitung ohne Location-Header</translation>
    </message>
    <message>
        <source>redirect to an unsupported URL</source>
        <translation>Weiterleitung zu einer nicht unterstützten URL</translation>
    </message>
    <message>
        <source>refusing a redirect to plain HTTP at %1</source>
        <translation>Weiterleitung zu unverschlüsseltem HTTP unter %1 abgelehnt</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>the registry named an invalid token realm &quot;%1&quot;</source>
        <translation>die Registry hat einen ungültigen Token-Realm „%1“ genannt</translation>
    </message>
    <message>
        <source>refusing to ask for a token over plain HTTP at %1</source>
        <translation>Token-Anfrage über unverschlüsseltes HTTP unter %1 abgelehnt</translation>
    </message>
    <message>
        <source>the token service at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation>der Token-Dienst unter %1 hat die Zugangsdaten für Benutzer „%2“ abgelehnt (falscher Benutzername oder falsches Passwort?)</translation>
    </message>
    <message>
        <source>the token service at %1 requires credentials</source>
        <translation>der Token-Dienst unter %1 verlangt Zugangsdaten</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation>der Token-Dienst hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>the registry at %1 requires a user name and password</source>
        <translation>die Registry unter %1 verlangt Benutzername und Passwort</translation>
    </message>
    <message>
        <source>the registry at %1 asks for an authentication scheme we do not support</source>
        <translation>die Registry unter %1 verlangt ein Authentifizierungsverfahren, das wir nicht unterstützen</translation>
    </message>
    <message>
        <source>the registry at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation>die Registry unter %1 hat die Zugangsdaten für Benutzer „%2“ abgelehnt (falscher Benutzername oder falsches Passwort?)</translation>
    </message>
    <message>
        <source>the registry at %1 requires credentials</source>
        <translation>die Registry unter %1 verlangt Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 not found on %2</source>
        <translation>%1 auf %2 nicht gefunden</translation>
    </message>
    <message>
        <source>access to %1 on %2 is forbidden</source>
        <translation>Zugriff auf %1 auf %2 ist verboten</translation>
    </message>
    <message>
        <source>%1 on %2 needs credentials</source>
        <translation>%1 auf %2 braucht Zugangsdaten</translation>
    </message>
    <message>
        <source>the registry at %1 answered %2 with an unexpected status</source>
        <translation>die Registry unter %1 hat auf %2 mit einem unerwarteten Status geantwortet</translation>
    </message>
    <message>
        <source>the registry API (/v2/)</source>
        <translation>die Registry-API (/v2/)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>„%1“ ist kein gültiges Tag</translation>
    </message>
    <message>
        <source>fetching manifest %1</source>
        <translation>beim Abrufen von Manifest %1</translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>Manifest %1</translation>
    </message>
    <message>
        <source>manifest %1: the registry says its digest is %2, but the bytes received hash to %3</source>
        <translation>Manifest %1: Die Registry gibt den Digest %2 an, die empfangenen Bytes ergeben aber den Hash %3</translation>
    </message>
    <message>
        <source>manifest %1: the bytes received hash to %2, not to the digest asked for</source>
        <translation>Manifest %1: Die empfangenen Bytes ergeben den Hash %2, nicht den angefragten Digest</translation>
    </message>
    <message>
        <source>no digest given for the blob</source>
        <translation>kein Digest für den Blob angegeben</translation>
    </message>
    <message>
        <source>fetching blob %1</source>
        <translation>beim Abrufen von Blob %1</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>Blob %1</translation>
    </message>
    <message>
        <source>blob %1: the bytes received do not hash to the digest asked for</source>
        <translation>Blob %1: Die empfangenen Bytes ergeben nicht den angefragten Digest</translation>
    </message>
    <message>
        <source>the registry&apos;s page links go round in a circle</source>
        <translation>die Seitenverweise der Registry laufen im Kreis</translation>
    </message>
    <message>
        <source>the registry&apos;s list is not a JSON object</source>
        <translation>die Liste der Registry ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the registry&apos;s list is not an array</source>
        <translation>„%1“ in der Liste der Registry ist kein Array</translation>
    </message>
    <message>
        <source>refusing to follow a page link to another host (%1)</source>
        <translation>einem Seitenverweis zu einem anderen Host (%1) wird nicht gefolgt</translation>
    </message>
    <message>
        <source>the registry&apos;s list has too many pages</source>
        <translation>die Liste der Registry hat zu viele Seiten</translation>
    </message>
    <message>
        <source>listing tags of %1</source>
        <translation>beim Auflisten der Tags von %1</translation>
    </message>
    <message>
        <source>listing repositories of %1</source>
        <translation>beim Auflisten der Repositorys von %1</translation>
    </message>
    <message>
        <source>cannot open the archive %1: %2</source>
        <translation>das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>unreadable archive entry: %1</source>
        <translation>unlesbarer Archiveintrag: %1</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>das Archiv hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the archive entry &quot;%1&quot; points outside the archive</source>
        <translation>der Archiveintrag „%1“ zeigt aus dem Archiv hinaus</translation>
    </message>
    <message>
        <source>the archive entry %1 claims %2 bytes, more than the limit of %3</source>
        <translation>der Archiveintrag %1 gibt %2 Byte an, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>the archive holds more than %1 bytes</source>
        <translation>das Archiv enthält mehr als %1 Byte</translation>
    </message>
    <message>
        <source>the archive holds %1 twice</source>
        <translation>das Archiv enthält %1 doppelt</translation>
    </message>
    <message>
        <source>cannot read the archive entry %1: %2</source>
        <translation>der Archiveintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the archive entry %1 is longer than its header says</source>
        <translation>der Archiveintrag %1 ist länger, als sein Header angibt</translation>
    </message>
    <message>
        <source>the archive entry %1 is truncated</source>
        <translation>der Archiveintrag %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>the archive entry %1 changed since it was opened</source>
        <translation>der Archiveintrag %1 hat sich seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>the archive entry %1 vanished since it was opened</source>
        <translation>der Archiveintrag %1 ist seit dem Öffnen verschwunden</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON list</source>
        <translation>manifest.json ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>image %1 of manifest.json names no usable Config</source>
        <translation>Image %1 in manifest.json nennt keine brauchbare Config</translation>
    </message>
    <message>
        <source>the config %1 does not hash to the digest in its name (%2)</source>
        <translation>die Config %1 ergibt nicht den Digest in ihrem Namen (%2)</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is not in the archive</source>
        <translation>Schicht %1 von Image %2 ist nicht im Archiv</translation>
    </message>
    <message>
        <source>the layer %1 does not hash to the digest in its name</source>
        <translation>die Schicht %1 ergibt nicht den Digest in ihrem Namen</translation>
    </message>
    <message>
        <source>layer %1 hashes to %2, but the config&apos;s diff_id is %3</source>
        <translation>Schicht %1 ergibt den Hash %2, die diff_id der Config ist aber %3</translation>
    </message>
    <message>
        <source>manifest.json lists no image</source>
        <translation>manifest.json führt kein Image auf</translation>
    </message>
    <message>
        <source>opening the image archive %1</source>
        <translation>beim Öffnen des Image-Archivs %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>neither an oci-layout nor a manifest.json is in it: not an image archive</source>
        <translation>es enthält weder ein oci-layout noch eine manifest.json: kein Image-Archiv</translation>
    </message>
    <message>
        <source>local OCI archive, read from a file</source>
        <translation>lokales OCI-Archiv, aus einer Datei gelesen</translation>
    </message>
    <message>
        <source>docker save archive: its manifests are synthesized by Chainscope, so their digests are not the ones a registry would show</source>
        <translation>docker-save-Archiv: Seine Manifeste erzeugt Chainscope selbst, daher sind ihre Digests nicht die, die eine Registry zeigen würde</translation>
    </message>
    <message>
        <source>the archive holds %1 images: name one</source>
        <translation>das Archiv enthält %1 Images: Nennen Sie eines</translation>
    </message>
    <message>
        <source>manifest does not match its digest %1</source>
        <translation>Manifest passt nicht zu seinem Digest %1</translation>
    </message>
    <message>
        <source>expected an authentication scheme</source>
        <translation>Authentifizierungsverfahren erwartet</translation>
    </message>
    <message>
        <source>unexpected character after the scheme</source>
        <translation>unerwartetes Zeichen nach dem Verfahren</translation>
    </message>
    <message>
        <source>unreadable WWW-Authenticate header at character %1: %2</source>
        <translation>unlesbarer WWW-Authenticate-Header bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a parameter name</source>
        <translation>Parametername erwartet</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no value</source>
        <translation>Parameter „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossener String in Anführungszeichen</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has an empty value</source>
        <translation>Parameter „%1“ hat einen leeren Wert</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is given twice</source>
        <translation>Parameter „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>expected a comma between parameters</source>
        <translation>Komma zwischen Parametern erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential helper name</source>
        <translation>„%1“ ist kein Name eines Credential-Helpers</translation>
    </message>
    <message>
        <source>the credential helper %1 is configured but not installed (not found on PATH)</source>
        <translation>der Credential-Helper %1 ist konfiguriert, aber nicht installiert (nicht im PATH gefunden)</translation>
    </message>
    <message>
        <source>the credential helper %1 could not be started: %2</source>
        <translation>der Credential-Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer within %2 seconds</source>
        <translation>der Credential-Helper %1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the credential helper %1 failed (exit code %2)</source>
        <translation>der Credential-Helper %1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>the credential helper %1 failed (exit code %2): %3</source>
        <translation>der Credential-Helper %1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>the credential helper %1 answered with too much output</source>
        <translation>der Credential-Helper %1 hat mit zu viel Ausgabe geantwortet</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer with {&quot;ServerURL&quot;, &quot;Username&quot;, &quot;Secret&quot;}</source>
        <translation>der Credential-Helper %1 hat nicht mit {&quot;ServerURL&quot;, &quot;Username&quot;, &quot;Secret&quot;} geantwortet</translation>
    </message>
    <message>
        <source>looking up credentials for %1</source>
        <translation>beim Suchen von Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>credential helper %1</source>
        <translation>Credential-Helper %1</translation>
    </message>
    <message>
        <source>credential store %1</source>
        <translation>Credential-Store %1</translation>
    </message>
    <message>
        <source>%1 auths</source>
        <translation>auths von %1</translation>
    </message>
    <message>
        <source>containers auth.json (%1)</source>
        <translation>auth.json von containers (%1)</translation>
    </message>
    <message>
        <source>no stored credentials</source>
        <translation>keine gespeicherten Zugangsdaten</translation>
    </message>
    <message>
        <source>access to the system keychain was denied</source>
        <translation>der Zugriff auf den Schlüsselbund des Systems wurde verweigert</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>der Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no system keychain: there is no D-Bus session bus</source>
        <translation>kein Schlüsselbund des Systems: Es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no system keychain: no Secret Service (GNOME Keyring) or KWallet runs on the session bus</source>
        <translation>kein Schlüsselbund des Systems: Auf dem Sitzungsbus läuft weder Secret Service (GNOME Keyring) noch KWallet</translation>
    </message>
    <message>
        <source>remembered for this session (no system keychain)</source>
        <translation>für diese Sitzung gemerkt (kein Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>the system keychain entry for %1 is not one Chainscope wrote</source>
        <translation>der Schlüsselbund-Eintrag für %1 wurde nicht von Chainscope angelegt</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>expected &quot;&lt;&quot; to open a link target</source>
        <translation>„&lt;“ zum Öffnen eines Link-Ziels erwartet</translation>
    </message>
    <message>
        <source>link target without &quot;&gt;&quot;</source>
        <translation>Link-Ziel ohne „&gt;“</translation>
    </message>
    <message>
        <source>invalid link target</source>
        <translation>ungültiges Link-Ziel</translation>
    </message>
    <message>
        <source>expected &quot;;&quot; or &quot;,&quot; after a link</source>
        <translation>„;“ oder „,“ nach einem Link erwartet</translation>
    </message>
    <message>
        <source>expected a link parameter name</source>
        <translation>Name eines Link-Parameters erwartet</translation>
    </message>
    <message>
        <source>unreadable Link header at character %1: %2</source>
        <translation>unlesbarer Link-Header bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a parameter value</source>
        <translation>Parameterwert erwartet</translation>
    </message>
    <message>
        <source>%1 is a docker save archive: use docker-archive:</source>
        <translation>%1 ist ein docker-save-Archiv: Verwenden Sie docker-archive:</translation>
    </message>
    <message>
        <source>%1 is an OCI archive: use oci-archive:</source>
        <translation>%1 ist ein OCI-Archiv: Verwenden Sie oci-archive:</translation>
    </message>
    <message>
        <source>unknown local transport &quot;%1&quot; (oci, oci-archive, docker-archive)</source>
        <translation>unbekannter lokaler Transport „%1“ (oci, oci-archive, docker-archive)</translation>
    </message>
    <message>
        <source>no file or folder at %1</source>
        <translation>keine Datei und kein Ordner unter %1</translation>
    </message>
    <message>
        <source>the path %1 leaves the image layout</source>
        <translation>der Pfad %1 verlässt das Image-Layout</translation>
    </message>
    <message>
        <source>%1 points outside the image layout</source>
        <translation>%1 zeigt aus dem Image-Layout hinaus</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>reading an entry of index.json</source>
        <translation>beim Lesen eines Eintrags von index.json</translation>
    </message>
    <message>
        <source>%1 is not a folder (an OCI image layout is one)</source>
        <translation>%1 ist kein Ordner (ein OCI-Image-Layout ist einer)</translation>
    </message>
    <message>
        <source>opening the OCI image layout %1</source>
        <translation>beim Öffnen des OCI-Image-Layouts %1</translation>
    </message>
    <message>
        <source>no oci-layout file: this is not an OCI image layout</source>
        <translation>keine oci-layout-Datei: Dies ist kein OCI-Image-Layout</translation>
    </message>
    <message>
        <source>the oci-layout file names no imageLayoutVersion</source>
        <translation>die oci-layout-Datei nennt keine imageLayoutVersion</translation>
    </message>
    <message>
        <source>image layout version %1 is not supported</source>
        <translation>Image-Layout-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>index.json is not a JSON object: %1</source>
        <translation>index.json ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>index.json has no &quot;manifests&quot; list</source>
        <translation>index.json hat keine „manifests“-Liste</translation>
    </message>
    <message>
        <source>the layout holds %1 images and none is tagged &quot;latest&quot;: name a tag</source>
        <translation>das Layout enthält %1 Images, und keines hat das Tag „latest“: Nennen Sie ein Tag</translation>
    </message>
    <message>
        <source>repository %1 (this layout holds %2)</source>
        <translation>Repository %1 (dieses Layout enthält %2)</translation>
    </message>
    <message>
        <source>manifest %1 has %2 bytes, index.json says %3</source>
        <translation>Manifest %1 hat %2 Byte, index.json gibt %3 an</translation>
    </message>
    <message>
        <source>reading manifest %1</source>
        <translation>beim Lesen von Manifest %1</translation>
    </message>
    <message>
        <source>no digest given</source>
        <translation>kein Digest angegeben</translation>
    </message>
    <message>
        <source>the token service at %1 rejected the identity token (log in again?)</source>
        <translation>der Token-Dienst unter %1 hat das Identitäts-Token abgelehnt (erneut anmelden?)</translation>
    </message>
    <message>
        <source>the token service at %1 answered with something other than a JSON object</source>
        <translation>der Token-Dienst unter %1 hat mit etwas anderem als einem JSON-Objekt geantwortet</translation>
    </message>
    <message>
        <source>the registry at %1 sent an unreadable authentication challenge (%2)</source>
        <translation>die Registry unter %1 hat eine unlesbare Authentifizierungsaufforderung gesendet (%2)</translation>
    </message>
    <message>
        <source>the registry at %1 refused a fresh token</source>
        <translation>die Registry unter %1 hat ein frisches Token abgelehnt</translation>
    </message>
    <message>
        <source>the registry at %1 refused a fresh token for scope &quot;%2&quot;</source>
        <translation>die Registry unter %1 hat ein frisches Token für den Scope „%2“ abgelehnt</translation>
    </message>
    <message>
        <source>(does user &quot;%1&quot; have access?)</source>
        <translation>(hat Benutzer „%1“ Zugriff?)</translation>
    </message>
    <message>
        <source>the registry at %1 refused %2: its limit of %3 requests is used up</source>
        <translation>die Registry unter %1 hat %2 abgelehnt: Ihr Limit von %3 Anfragen ist ausgeschöpft</translation>
    </message>
    <message numerus="yes">
        <source>(it asks to wait %n second(s))</source>
        <translation>
            <numerusform>(sie bittet, %n Sekunde zu warten)</numerusform>
            <numerusform>(sie bittet, %n Sekunden zu warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no readable, unencrypted PEM private key</source>
        <translation>%1 enthält keinen lesbaren, unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the registry at %1 did not finish answering within %2 seconds</source>
        <translation>die Registry unter %1 hat ihre Antwort nicht innerhalb von %2 Sekunden abgeschlossen</translation>
    </message>
    <message>
        <source>Chainscope refused to send credentials over plain HTTP to %1; anyone on the network path could read them. Use HTTPS.</source>
        <translation>Chainscope hat es abgelehnt, Zugangsdaten über unverschlüsseltes HTTP an %1 zu senden; jeder auf dem Netzwerkpfad könnte sie mitlesen. Verwenden Sie HTTPS.</translation>
    </message>
    <message>
        <source>the storage host %1 that the registry redirected to asked for credentials; Chainscope sends the registry&apos;s credentials only to the registry</source>
        <translation>der Speicher-Host %1, zu dem die Registry weitergeleitet hat, verlangte Zugangsdaten; Chainscope sendet die Zugangsdaten der Registry nur an die Registry</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>„%1“ ist kein gültiger Registry-Host</translation>
    </message>
</context>
<context>
    <name>chainscope::sigstore</name>
    <message>
        <source>The signed payload has no &quot;%1&quot;</source>
        <translation>Der signierte Payload hat kein „%1“</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;%1&quot; is not a JSON object</source>
        <translation>„%1“ des signierten Payloads ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;%1&quot; is not a string</source>
        <translation>„%1“ des signierten Payloads ist kein String</translation>
    </message>
    <message>
        <source>The signed payload has %1 bytes; more than %2 is not accepted</source>
        <translation>Der signierte Payload hat %1 Byte; mehr als %2 werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>The signed payload is not JSON: %1 at byte %2</source>
        <translation>Der signierte Payload ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object</source>
        <translation>Der signierte Payload ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.%1&quot;</source>
        <translation>Der signierte Payload hat ein unbekanntes Feld „critical.%1“</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.identity.%1&quot;</source>
        <translation>Der signierte Payload hat ein unbekanntes Feld „critical.identity.%1“</translation>
    </message>
    <message>
        <source>The signed payload has an unknown field &quot;critical.image.%1&quot;</source>
        <translation>Der signierte Payload hat ein unbekanntes Feld „critical.image.%1“</translation>
    </message>
    <message>
        <source>The signed payload&apos;s docker-manifest-digest &quot;%1&quot; is not a digest: %2</source>
        <translation>Der docker-manifest-digest „%1“ des signierten Payloads ist kein Digest: %2</translation>
    </message>
    <message>
        <source>The signed payload&apos;s type is &quot;%1&quot;, not &quot;cosign container image signature&quot;</source>
        <translation>Der Typ des signierten Payloads ist „%1“, nicht „cosign container image signature“</translation>
    </message>
    <message>
        <source>The signed payload&apos;s &quot;optional&quot; is not a JSON object</source>
        <translation>„optional“ des signierten Payloads ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The signature manifest is an index, not an image manifest</source>
        <translation>Das Signatur-Manifest ist ein Index, kein Image-Manifest</translation>
    </message>
    <message>
        <source>The signature layer %1 declares %2 bytes; more than %3 is not accepted</source>
        <translation>Die Signaturschicht %1 gibt %2 Byte an; mehr als %3 werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>reading signature layer %1</source>
        <translation>beim Lesen der Signaturschicht %1</translation>
    </message>
    <message>
        <source>The signature layer %1 has no &quot;%2&quot; annotation</source>
        <translation>Die Signaturschicht %1 hat keine Annotation „%2“</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; annotation of layer %2 is not valid base64</source>
        <translation>Die Annotation „%1“ der Schicht %2 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the key of the certificate attached to the signature</source>
        <translation>der Schlüssel des an die Signatur angehängten Zertifikats</translation>
    </message>
    <message>
        <source>the key recorded in the signature&apos;s log entry</source>
        <translation>der im Log-Eintrag der Signatur verzeichnete Schlüssel</translation>
    </message>
    <message>
        <source>a known key</source>
        <translation>ein bekannter Schlüssel</translation>
    </message>
    <message>
        <source>The payload&apos;s docker-reference &quot;%1&quot; is not an image reference: %2</source>
        <translation>Die docker-reference „%1“ des Payloads ist keine Image-Referenz: %2</translation>
    </message>
    <message>
        <source>The signature was made for the image %1, not %2.</source>
        <translation>Die Signatur wurde für das Image %1 erstellt, nicht für %2.</translation>
    </message>
    <message>
        <source>The signature was made for the tag &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Die Signatur wurde für das Tag „%1“ erstellt, nicht für „%2“.</translation>
    </message>
    <message>
        <source>The signature&apos;s docker-reference names the digest %1, not %2.</source>
        <translation>Die docker-reference der Signatur nennt den Digest %1, nicht %2.</translation>
    </message>
    <message>
        <source>Transparency log</source>
        <translation>Transparenzlog</translation>
    </message>
    <message>
        <source>No transparency-log entry was checked: the signature carries no Rekor bundle, so nothing shows that it was published or when it was made.</source>
        <translation>Es wurde kein Transparenzlog-Eintrag geprüft: Die Signatur trägt kein Rekor-Bundle, daher belegt nichts, dass sie veröffentlicht wurde oder wann sie entstand.</translation>
    </message>
    <message>
        <source>a Rekor entry</source>
        <translation>ein Rekor-Eintrag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>A log entry is required by the options.</source>
        <translation>Laut Optionen ist ein Log-Eintrag erforderlich.</translation>
    </message>
    <message>
        <source>The attached Rekor bundle is malformed: %1</source>
        <translation>Das angehängte Rekor-Bundle ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>log index %1, integrated at %2 (Unix time)</source>
        <translation>Log-Index %1, aufgenommen um %2 (Unix-Zeit)</translation>
    </message>
    <message>
        <source>A Rekor bundle (%1) is attached, but no Rekor public key was given, so it was not checked.</source>
        <translation>Ein Rekor-Bundle (%1) ist angehängt, aber es wurde kein öffentlicher Rekor-Schlüssel angegeben, daher wurde es nicht geprüft.</translation>
    </message>
    <message>
        <source>a verified Rekor entry</source>
        <translation>ein verifizierter Rekor-Eintrag</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>a SET by a given Rekor key</source>
        <translation>ein SET eines angegebenen Rekor-Schlüssels</translation>
    </message>
    <message>
        <source>The Rekor bundle does not verify: %1</source>
        <translation>Das Rekor-Bundle lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>the entry records the hash of other content</source>
        <translation>der Eintrag verzeichnet den Hash eines anderen Inhalts</translation>
    </message>
    <message>
        <source>the entry records another signature</source>
        <translation>der Eintrag verzeichnet eine andere Signatur</translation>
    </message>
    <message>
        <source>the entry records another signing key</source>
        <translation>der Eintrag verzeichnet einen anderen Signaturschlüssel</translation>
    </message>
    <message>
        <source>an entry for this signature</source>
        <translation>ein Eintrag für diese Signatur</translation>
    </message>
    <message>
        <source>The Rekor entry does not match the signature: %1.</source>
        <translation>Der Rekor-Eintrag passt nicht zur Signatur: %1.</translation>
    </message>
    <message>
        <source>The signature is recorded in the transparency log (%1); the entry&apos;s signed timestamp verifies with the Rekor key.</source>
        <translation>Die Signatur ist im Transparenzlog verzeichnet (%1); der signierte Zeitstempel des Eintrags lässt sich mit dem Rekor-Schlüssel verifizieren.</translation>
    </message>
    <message>
        <source>Signature layer readable</source>
        <translation>Signaturschicht lesbar</translation>
    </message>
    <message>
        <source>The signature is malformed: %1</source>
        <translation>Die Signatur ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Payload parsed</source>
        <translation>Payload geparst</translation>
    </message>
    <message>
        <source>The payload is a cosign simple-signing document.</source>
        <translation>Der Payload ist ein cosign-Simple-Signing-Dokument.</translation>
    </message>
    <message>
        <source>Payload names the image digest</source>
        <translation>Payload nennt den Image-Digest</translation>
    </message>
    <message>
        <source>The signed payload names exactly this image&apos;s digest.</source>
        <translation>Der signierte Payload nennt genau den Digest dieses Images.</translation>
    </message>
    <message>
        <source>The signature names another digest: it was made for %1, but the image is %2.</source>
        <translation>Die Signatur nennt einen anderen Digest: Sie wurde für %1 erstellt, das Image ist aber %2.</translation>
    </message>
    <message>
        <source>The signature names another digest: %1, not %2</source>
        <translation>Die Signatur nennt einen anderen Digest: %1, nicht %2</translation>
    </message>
    <message>
        <source>The signature annotation holds %1 bytes that are not a signature of any supported algorithm.</source>
        <translation>Die Signatur-Annotation enthält %1 Byte, die keine Signatur eines unterstützten Algorithmus sind.</translation>
    </message>
    <message>
        <source>Signed by the key</source>
        <translation>Mit dem Schlüssel signiert</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Verifikation nicht möglich: %1</translation>
    </message>
    <message>
        <source>The signature verifies with the %1 key %2.</source>
        <translation>Die Signatur lässt sich mit dem %1-Schlüssel %2 verifizieren.</translation>
    </message>
    <message>
        <source>Signed, but not by this key: the signature does not verify with the key %1. The signer is unknown: an ECDSA signature does not reveal its key, and no certificate, log entry or known key names it.</source>
        <translation>Signiert, aber nicht mit diesem Schlüssel: Die Signatur lässt sich mit dem Schlüssel %1 nicht verifizieren. Der Signierer ist unbekannt: Eine ECDSA-Signatur verrät ihren Schlüssel nicht, und weder ein Zertifikat noch ein Log-Eintrag noch ein bekannter Schlüssel benennt ihn.</translation>
    </message>
    <message>
        <source>Signed, but not by this key: the signature was made by the key %1 (%2), not by %3.</source>
        <translation>Signiert, aber nicht mit diesem Schlüssel: Die Signatur wurde mit dem Schlüssel %1 (%2) erstellt, nicht mit %3.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>Signed, but not by this key (signer unknown)</source>
        <translation>Signiert, aber nicht mit diesem Schlüssel (Signierer unbekannt)</translation>
    </message>
    <message>
        <source>Signed, but not by this key (signer key %1)</source>
        <translation>Signiert, aber nicht mit diesem Schlüssel (Signiererschlüssel %1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>Nicht geprüft: Ein früherer Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Payload names the image</source>
        <translation>Payload nennt das Image</translation>
    </message>
    <message>
        <source>The payload&apos;s docker-reference names this image.</source>
        <translation>Die docker-reference des Payloads nennt dieses Image.</translation>
    </message>
    <message>
        <source>An exact match is required by the options.</source>
        <translation>Laut Optionen ist eine exakte Übereinstimmung erforderlich.</translation>
    </message>
    <message>
        <source>The signature names another image: %1</source>
        <translation>Die Signatur nennt ein anderes Image: %1</translation>
    </message>
    <message>
        <source>This is a warning, because the digest binds the signature to the content.</source>
        <translation>Dies ist eine Warnung, weil der Digest die Signatur an den Inhalt bindet.</translation>
    </message>
    <message>
        <source>No checked transparency-log entry, and one is required</source>
        <translation>Kein geprüfter Transparenzlog-Eintrag, obwohl einer erforderlich ist</translation>
    </message>
    <message>
        <source>The transparency-log entry is invalid: %1</source>
        <translation>Der Transparenzlog-Eintrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>Verified: signed by key %1</source>
        <translation>Verifiziert: signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>Signature found</source>
        <translation>Signatur gefunden</translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation>Es wurde kein öffentlicher Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>a cosign signature</source>
        <translation>eine cosign-Signatur</translation>
    </message>
    <message>
        <source>No signature found: the signature manifest holds no simple-signing layer.</source>
        <translation>Keine Signatur gefunden: Das Signatur-Manifest enthält keine Simple-Signing-Schicht.</translation>
    </message>
    <message>
        <source>No signature found for %1</source>
        <translation>Keine Signatur für %1 gefunden</translation>
    </message>
    <message>
        <source>One signature layer was found.</source>
        <translation>Eine Signaturschicht wurde gefunden.</translation>
    </message>
    <message>
        <source>Image resolved to a digest</source>
        <translation>Image zu einem Digest aufgelöst</translation>
    </message>
    <message>
        <source>The registry returned a manifest that does not hash to %1</source>
        <translation>Die Registry hat ein Manifest geliefert, dessen Hash nicht %1 ist</translation>
    </message>
    <message>
        <source>The manifest&apos;s bytes hash to %1.</source>
        <translation>Die Bytes des Manifests ergeben den Hash %1.</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>kein solches Tag</translation>
    </message>
    <message>
        <source>No signature found: the repository has no tag %1.</source>
        <translation>Keine Signatur gefunden: Das Repository hat kein Tag %1.</translation>
    </message>
    <message>
        <source>Signatures of other digests</source>
        <translation>Signaturen anderer Digests</translation>
    </message>
    <message>
        <source>Could not list the repository&apos;s tags to look for a signature of an earlier digest: %1</source>
        <translation>Die Tags des Repositorys konnten nicht aufgelistet werden, um nach einer Signatur eines früheren Digests zu suchen: %1</translation>
    </message>
    <message>
        <source>The repository holds signatures of %1 other digests, but it has too many tags (%2) to tell whether one of them is an earlier version of this tag.</source>
        <translation>Das Repository enthält Signaturen von %1 anderen Digests, hat aber zu viele Tags (%2), um festzustellen, ob einer davon eine frühere Version dieses Tags ist.</translation>
    </message>
    <message>
        <source>Could not resolve tag %1 while looking for a signature of an earlier digest: %2</source>
        <translation>Tag %1 konnte bei der Suche nach einer Signatur eines früheren Digests nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>That signature could not be read.</source>
        <translation>Diese Signatur konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>That signature verifies with the key %1.</source>
        <translation>Diese Signatur lässt sich mit dem Schlüssel %1 verifizieren.</translation>
    </message>
    <message>
        <source>That signature does not verify: %1.</source>
        <translation>Diese Signatur lässt sich nicht verifizieren: %1.</translation>
    </message>
    <message>
        <source>No signature for the digest the tag points to now; a signature exists for digest %1 of this repository, which is no longer tagged</source>
        <translation>Keine Signatur für den Digest, auf den das Tag jetzt zeigt; es gibt eine Signatur für den Digest %1 dieses Repositorys, der nicht mehr getaggt ist</translation>
    </message>
    <message>
        <source>Tag moved after signing</source>
        <translation>Tag nach dem Signieren verschoben</translation>
    </message>
    <message>
        <source>No signature for the digest the tag &quot;%1&quot; points to now (%2); a signature exists for digest %3 of this repository, which is no longer tagged. %4</source>
        <translation>Keine Signatur für den Digest, auf den das Tag „%1“ jetzt zeigt (%2); es gibt eine Signatur für den Digest %3 dieses Repositorys, der nicht mehr getaggt ist. %4</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>The Rekor bundle is not a JSON object (%1)</source>
        <translation>Das Rekor-Bundle ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>The Rekor bundle has no &quot;Payload&quot; object</source>
        <translation>Das Rekor-Bundle hat kein „Payload“-Objekt</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s body is not valid base64</source>
        <translation>Der Body des Rekor-Bundles ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s integratedTime is not a whole number</source>
        <translation>integratedTime des Rekor-Bundles ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s logIndex is not a whole number</source>
        <translation>logIndex des Rekor-Bundles ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>The Rekor bundle&apos;s logID is not a SHA-256 in lowercase hex</source>
        <translation>logID des Rekor-Bundles ist kein SHA-256 in Hex-Kleinbuchstaben</translation>
    </message>
    <message>
        <source>No Rekor public key was given.</source>
        <translation>Es wurde kein öffentlicher Rekor-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The entry&apos;s log ID %1 does not name the Rekor key %2</source>
        <translation>Die Log-ID %1 des Eintrags benennt nicht den Rekor-Schlüssel %2</translation>
    </message>
    <message>
        <source>The signed entry timestamp does not verify with the Rekor key %1</source>
        <translation>Der signierte Eintragszeitstempel lässt sich mit dem Rekor-Schlüssel %1 nicht verifizieren</translation>
    </message>
    <message>
        <source>Rekor entries of kind &quot;%1&quot; version &quot;%2&quot; are not supported; expected hashedrekord 0.0.1</source>
        <translation>Rekor-Einträge der Art „%1“ in Version „%2“ werden nicht unterstützt; erwartet: hashedrekord 0.0.1</translation>
    </message>
    <message>
        <source>The Rekor entry has no data hash</source>
        <translation>Der Rekor-Eintrag hat keinen Daten-Hash</translation>
    </message>
    <message numerus="yes">
        <source>%n signature layers were found; layer %1 is shown, the one that got furthest.</source>
        <translation>
            <numerusform>%n Signaturschicht wurde gefunden; angezeigt wird Schicht %1, die am weitesten kam.</numerusform>
            <numerusform>%n Signaturschichten wurden gefunden; angezeigt wird Schicht %1, die am weitesten kam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log entry present but not checked: no Rekor public key was given, and a checked entry is required</source>
        <translation>Log-Eintrag vorhanden, aber nicht geprüft: Es wurde kein öffentlicher Rekor-Schlüssel angegeben, und ein geprüfter Eintrag ist erforderlich</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ConnectionBar</name>
    <message>
        <source>Allow insecure plain HTTP</source>
        <translation>Unsicheres HTTP erlauben</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Registry, e.g. 127.0.0.1:5000 or https://quay.io</source>
        <translation>Registry, z. B. 127.0.0.1:5000 oder https://quay.io</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Benutzername (optional)</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>Reach a registry that is not on this machine over plain HTTP. Anyone on the network path can then change what you see. Loopback registries never need this.</source>
        <translation>Eine Registry, die nicht auf diesem Rechner liegt, über unverschlüsseltes HTTP erreichen. Jeder auf dem Netzwerkpfad kann dann verändern, was Sie sehen. Loopback-Registries brauchen das nie.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>After a successful connection, keep the typed password in the system keychain (GNOME Keyring, KWallet). Without a keychain it is kept for this session only, never in a file.</source>
        <translation>Nach erfolgreicher Verbindung das eingegebene Passwort im Schlüsselbund des Systems (GNOME Keyring, KWallet) aufbewahren. Ohne Schlüsselbund wird es nur für diese Sitzung behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Open local image…</source>
        <translation>Lokales Image öffnen …</translation>
    </message>
    <message>
        <source>Browse an OCI image layout folder, an oci-archive or a docker save tarball like a registry</source>
        <translation>Einen Ordner mit OCI-Image-Layout, ein oci-archive oder ein docker-save-Tarball wie eine Registry durchsuchen</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ConnectionSettings</name>
    <message>
        <source>Enter the registry address, e.g. 127.0.0.1:5000 or https://quay.io.</source>
        <translation>Geben Sie die Adresse der Registry ein, z. B. 127.0.0.1:5000 oder https://quay.io.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>„%1“ ist keine Registry-Adresse.</translation>
    </message>
    <message>
        <source>Registries are reached over http or https, not %1.</source>
        <translation>Registries werden über http oder https erreicht, nicht über %1.</translation>
    </message>
    <message>
        <source>Put the user name and password in their own fields, not in the address.</source>
        <translation>Geben Sie Benutzername und Passwort in den eigenen Feldern an, nicht in der Adresse.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 lets anyone on the network change what you see. Use https, or tick &quot;Allow insecure plain HTTP&quot;.</source>
        <translation>Über unverschlüsseltes HTTP zu %1 kann jeder im Netz verändern, was Sie sehen. Verwenden Sie https oder aktivieren Sie „Unsicheres HTTP erlauben“.</translation>
    </message>
    <message>
        <source>typed in the connect bar</source>
        <translation>in der Verbindungsleiste eingegeben</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1. The password is kept for this session only, never in a file.</source>
        <translation>%1. Das Passwort wird nur für diese Sitzung behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Password stored in the system keychain.</source>
        <translation>Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No stored credentials: anonymous access</source>
        <translation>Keine gespeicherten Zugangsdaten: anonymer Zugriff</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ImageDetails</name>
    <message>
        <source>reading the manifest of %1</source>
        <translation>beim Lesen des Manifests von %1</translation>
    </message>
    <message>
        <source>The index lists no manifests.</source>
        <translation>Der Index listet keine Manifeste auf.</translation>
    </message>
    <message>
        <source>The manifest names no config blob.</source>
        <translation>Das Manifest nennt keinen Config-Blob.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Platform manifest</source>
        <translation>Plattform-Manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
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
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Compressed size</source>
        <translation>Komprimierte Größe</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Empty layer</source>
        <translation>Leere Schicht</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
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
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Platform manifest: %1</source>
        <translation>Plattform-Manifest: %1</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Config: %1</translation>
    </message>
    <message>
        <source>(not set: root)</source>
        <translation>(nicht gesetzt: root)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%1 (index; manifests: %n)</source>
        <translation>
            <numerusform>%1 (Index; %n Manifest)</numerusform>
            <numerusform>%1 (Index; %n Manifeste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (layers: %n)</source>
        <translation>
            <numerusform>%1 (%n Schicht)</numerusform>
            <numerusform>%1 (%n Schichten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::JsonFormatter</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message numerus="yes">
        <source>indented, it would exceed %n characters</source>
        <translation>
            <numerusform>eingerückt würde es %n Zeichen überschreiten</numerusform>
            <numerusform>eingerückt würde es %n Zeichen überschreiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::JsonView</name>
    <message>
        <source>Exact bytes as received</source>
        <translation>Exakte Bytes wie empfangen</translation>
    </message>
    <message>
        <source>Show the document byte for byte as the registry sent it; the digest is computed over these bytes.</source>
        <translation>Das Dokument Byte für Byte so zeigen, wie die Registry es gesendet hat; der Digest wird über diese Bytes berechnet.</translation>
    </message>
    <message>
        <source>no media type</source>
        <translation>kein Medientyp</translation>
    </message>
    <message>
        <source>%1 · %2 B</source>
        <translation>%1 · %2 B</translation>
    </message>
    <message>
        <source>Not shown indented (%1); showing the bytes as received.</source>
        <translation>Nicht eingerückt angezeigt (%1); die Bytes werden so gezeigt, wie sie empfangen wurden.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::KeyLoader</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Give a public key: a PEM file or pasted text.</source>
        <translation>Geben Sie einen öffentlichen Schlüssel an: eine PEM-Datei oder eingefügten Text.</translation>
    </message>
    <message>
        <source>reading the key in %1</source>
        <translation>beim Lesen des Schlüssels in %1</translation>
    </message>
    <message>
        <source>reading the pasted key</source>
        <translation>beim Lesen des eingefügten Schlüssels</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LabState</name>
    <message>
        <source>Cannot read the lab state %1: %2</source>
        <translation>Der Lab-Zustand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The lab state %1 is not a JSON object: %2</source>
        <translation>Der Lab-Zustand %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>The lab state %1 names no registry.</source>
        <translation>Der Lab-Zustand %1 nennt keine Registry.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LineagePresenter</name>
    <message>
        <source>OCI base-image annotations</source>
        <translation>OCI-Annotationen zum Basis-Image</translation>
    </message>
    <message>
        <source>Label base.image</source>
        <translation>Label base.image</translation>
    </message>
    <message>
        <source>Layer prefix</source>
        <translation>Schicht-Präfix</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>SLSA-Provenienz</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Vendor OS image</source>
        <translation>Betriebssystem-Image des Herstellers</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Give a public key in the Verify tab to check the signature of every hop.</source>
        <translation>Geben Sie im Tab „Prüfen“ einen öffentlichen Schlüssel an, um die Signatur jedes Glieds zu prüfen.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::LineageView</name>
    <message>
        <source>↓ built on</source>
        <translation>↓ gebaut auf</translation>
    </message>
    <message>
        <source>No evidence recorded for this link.</source>
        <translation>Für diese Verbindung sind keine Belege verzeichnet.</translation>
    </message>
    <message>
        <source>No signature by this key</source>
        <translation>Keine Signatur mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show this image&apos;s overview and raw manifest</source>
        <translation>Übersicht und Roh-Manifest dieses Images anzeigen</translation>
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
        <translation>Repositorys und Tags filtern</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>The registry refused the user name or password.</source>
        <translation>Die Registry hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The registry does not allow this account to read that.</source>
        <translation>Die Registry erlaubt diesem Konto nicht, das zu lesen.</translation>
    </message>
    <message>
        <source>Could not reach the registry. Is it running, and is the address right?</source>
        <translation>Die Registry ist nicht erreichbar. Läuft sie, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>Not found on the registry.</source>
        <translation>In der Registry nicht gefunden.</translation>
    </message>
    <message>
        <source>The registry sent content that does not match its digest; it was not used.</source>
        <translation>Die Registry hat Inhalt gesendet, der nicht zu seinem Digest passt; er wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The registry sent more data than Chainscope accepts.</source>
        <translation>Die Registry hat mehr Daten gesendet, als Chainscope annimmt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>Chainscope — %1</source>
        <translation>Chainscope — %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (repositories: %n)</source>
        <translation>
            <numerusform>Verbunden mit %1 (%n Repository)</numerusform>
            <numerusform>Verbunden mit %1 (%n Repositorys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing tags of %1</source>
        <translation>Liste die Tags von %1 auf</translation>
    </message>
    <message>
        <source>Could not list the tags of %1: %2</source>
        <translation>Die Tags von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no tag %2.</source>
        <translation>%1 hat kein Tag %2.</translation>
    </message>
    <message>
        <source>%1 is not on the connected registry %2.</source>
        <translation>%1 liegt nicht in der verbundenen Registry %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Zeige %1</translation>
    </message>
    <message>
        <source>Following the chain of %1…</source>
        <translation>Verfolge die Kette von %1 …</translation>
    </message>
    <message>
        <source>Tracing the lineage of %1</source>
        <translation>Verfolge die Abstammung von %1</translation>
    </message>
    <message>
        <source>Could not trace the lineage: %1</source>
        <translation>Die Abstammung konnte nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Signatures not checked: %1</source>
        <translation>Signaturen nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>A known key was not used: %1</source>
        <translation>Ein bekannter Schlüssel wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Die Signatur konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open Local Image &amp;Folder…</source>
        <translation>Lokalen Image-&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open an OCI image layout folder</source>
        <translation>Ordner mit einem OCI-Image-Layout öffnen</translation>
    </message>
    <message>
        <source>Open Local Image &amp;Archive…</source>
        <translation>Lokales Image-&amp;Archiv öffnen …</translation>
    </message>
    <message>
        <source>Open an image archive</source>
        <translation>Image-Archiv öffnen</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.zst *.tar.xz);;All files (*)</source>
        <translation>Image-Archive (*.tar *.tar.gz *.tgz *.tar.zst *.tar.xz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the catalog answers HTTP %1</source>
        <translation>der Katalog antwortet mit HTTP %1</translation>
    </message>
    <message>
        <source>Connected to %1; it does not list its repositories: open one by name</source>
        <translation>Verbunden mit %1; die Registry listet ihre Repositorys nicht auf: Öffnen Sie eines per Name</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened the local image %1 (repositories: %n)</source>
        <translation>
            <numerusform>Lokales Image %1 geöffnet (%n Repository)</numerusform>
            <numerusform>Lokales Image %1 geöffnet (%n Repositorys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyEditor</name>
    <message>
        <source>The file is larger than %1 MiB; that is not a policy.</source>
        <translation>Die Datei ist größer als %1 MiB; das ist keine Richtlinie.</translation>
    </message>
    <message>
        <source>Choose a file name with Save As.</source>
        <translation>Wählen Sie mit „Speichern unter“ einen Dateinamen.</translation>
    </message>
    <message>
        <source>Untitled policy</source>
        <translation>Unbenannte Richtlinie</translation>
    </message>
    <message>
        <source>Could not autosave your changes (%1). Save the policy to keep them.</source>
        <translation>Ihre Änderungen konnten nicht automatisch gesichert werden (%1). Speichern Sie die Richtlinie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Could not read %1 (%2); the draft stays.</source>
        <translation>%1 konnte nicht gelesen werden (%2); der Entwurf bleibt.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyPanel</name>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Apply quick fix</source>
        <translation>Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <source>Images to evaluate</source>
        <translation>Auszuwertende Images</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1. Save to keep them; closing the tab asks before discarding them.</source>
        <translation>Ungesicherte Änderungen aus %1 wiederhergestellt. Speichern Sie, um sie zu behalten; beim Schließen des Tabs wird vor dem Verwerfen nachgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Policy edits recovered from the last session: %n</source>
        <translation>
            <numerusform>%n Richtlinienänderung aus der letzten Sitzung wiederhergestellt</numerusform>
            <numerusform>%n Richtlinienänderungen aus der letzten Sitzung wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved policy</source>
        <translation>Ungesicherte Richtlinie</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungesicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Richtlinie öffnen</translation>
    </message>
    <message>
        <source>Policies (*.yaml *.yml);;All files (*)</source>
        <translation>Richtlinien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
Your changes are still in the editor.</source>
        <translation>%1 kann nicht gespeichert werden: %2
Ihre Änderungen sind noch im Editor.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Checking the policy</source>
        <translation>Prüfe die Richtlinie</translation>
    </message>
    <message>
        <source>%1 (weakens verification)</source>
        <translation>%1 (schwächt die Verifikation)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Click a problem to go to it in the text.</source>
        <translation>Klicken Sie auf ein Problem, um im Text dorthin zu springen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Quick fix (weakens verification): %1</source>
        <translation>Schnellkorrektur (schwächt die Verifikation): %1</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Werte aus …</translation>
    </message>
    <message numerus="yes">
        <source>%1 against images: %n</source>
        <translation>
            <numerusform>%1 für %n Image</numerusform>
            <numerusform>%1 für %n Images</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the policy</source>
        <translation>Werte die Richtlinie aus</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; the file on disk no longer exists. Save to keep the draft.</source>
        <translation>Ungesicherte Änderungen an %1 aus %2 wiederhergestellt; die Datei auf der Festplatte existiert nicht mehr. Speichern Sie, um den Entwurf zu behalten.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; the file on disk changed since (%3). Keep the draft (saving it replaces the file) or discard it and show the file.</source>
        <translation>Ungesicherte Änderungen an %1 aus %2 wiederhergestellt; die Datei auf der Festplatte hat sich seitdem geändert (%3). Behalten Sie den Entwurf (Speichern ersetzt die Datei) oder verwerfen Sie ihn und zeigen Sie die Datei.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1 from %2; they differ from the file on disk. Keep the draft or discard it and show the file.</source>
        <translation>Ungesicherte Änderungen an %1 aus %2 wiederhergestellt; sie weichen von der Datei auf der Festplatte ab. Behalten Sie den Entwurf oder verwerfen Sie ihn und zeigen Sie die Datei.</translation>
    </message>
    <message>
        <source>Weaken verification?</source>
        <translation>Verifikation abschwächen?</translation>
    </message>
    <message>
        <source>This quick fix weakens what the policy checks:

%1

Apply it anyway?</source>
        <translation>Diese Schnellkorrektur schwächt ab, was die Richtlinie prüft:

%1

Trotzdem anwenden?</translation>
    </message>
    <message>
        <source>Apply and weaken</source>
        <translation>Anwenden und abschwächen</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::PolicyService</name>
    <message>
        <source>Expected: %1; actual: %2.</source>
        <translation>Erwartet: %1; tatsächlich: %2.</translation>
    </message>
    <message>
        <source>(verifyImages[%1] uses the 2021 form and was converted as Kyverno converts it.)</source>
        <translation>(verifyImages[%1] verwendet die Form von 2021 und wurde so umgewandelt, wie Kyverno es tut.)</translation>
    </message>
    <message>
        <source>attestors[%1]</source>
        <translation>attestors[%1]</translation>
    </message>
    <message>
        <source>%1 of %2 required entries verified</source>
        <translation>%1 von %2 erforderlichen Einträgen verifiziert</translation>
    </message>
    <message>
        <source>Cannot evaluate: no Kyverno policy could be read</source>
        <translation>Auswertung nicht möglich: keine Kyverno-Richtlinie konnte gelesen werden</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <source>Admitted: every image passes the policy</source>
        <translation>Zugelassen: jedes Image erfüllt die Richtlinie</translation>
    </message>
    <message>
        <source>Admitted, with audit findings</source>
        <translation>Zugelassen, mit Audit-Befunden</translation>
    </message>
    <message numerus="yes">
        <source>Images checked: %n.</source>
        <translation>
            <numerusform>%n Image geprüft.</numerusform>
            <numerusform>%n Images geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rules report failures but do not block the Pod.</source>
        <translation>Audit-Regeln melden Verstöße, blockieren den Pod aber nicht.</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Denied by rule %1</source>
        <translation>Abgelehnt durch Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot evaluate: the policy has %n error(s)</source>
        <translation>
            <numerusform>Auswertung nicht möglich: Die Richtlinie hat %n Fehler</numerusform>
            <numerusform>Auswertung nicht möglich: Die Richtlinie hat %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>No rule applied: nothing was checked</source>
        <translation>Keine Regel griff: Es wurde nichts geprüft</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::RepositoryModel</name>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>Lade Tags …</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Signature, attestation or SBOM stored by cosign for the image with digest sha256:%1</source>
        <translation>Signatur, Attestierung oder SBOM, von cosign für das Image mit Digest sha256:%1 abgelegt</translation>
    </message>
    <message>
        <source>Could not list tags: %1</source>
        <translation>Tags konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::RepositoryOpener</name>
    <message>
        <source>Open repository…</source>
        <translation>Repository öffnen …</translation>
    </message>
    <message>
        <source>Repository, e.g. library/nginx</source>
        <translation>Repository, z. B. library/nginx</translation>
    </message>
    <message>
        <source>%1 does not list its repositories (%2). Open one by name; repositories opened here are remembered.</source>
        <translation>%1 listet seine Repositorys nicht auf (%2). Öffnen Sie eines per Name; hier geöffnete Repositorys werden gemerkt.</translation>
    </message>
    <message>
        <source>Type the name of a repository.</source>
        <translation>Geben Sie den Namen eines Repositorys ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: lowercase letters, digits, separators and slashes, e.g. team/app.</source>
        <translation>„%1“ ist kein Repository-Name: Kleinbuchstaben, Ziffern, Trennzeichen und Schrägstriche, z. B. team/app.</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::StepsView</name>
    <message>
        <source>Verified: signed by this key</source>
        <translation>Verifiziert: mit diesem Schlüssel signiert</translation>
    </message>
    <message>
        <source>Not signed: no signature found for this image</source>
        <translation>Nicht signiert: keine Signatur für dieses Image gefunden</translation>
    </message>
    <message>
        <source>Signature is for another image: its payload names another digest</source>
        <translation>Signatur gehört zu einem anderen Image: ihr Payload nennt einen anderen Digest</translation>
    </message>
    <message>
        <source>Signed, but not by this key</source>
        <translation>Signiert, aber nicht mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>Signed by another identity than the one expected</source>
        <translation>Von einer anderen als der erwarteten Identität signiert</translation>
    </message>
    <message>
        <source>Tag moved after signing: what it points to now is not signed</source>
        <translation>Tag nach dem Signieren verschoben: Worauf es jetzt zeigt, ist nicht signiert</translation>
    </message>
    <message>
        <source>Signed for another image name</source>
        <translation>Für einen anderen Image-Namen signiert</translation>
    </message>
    <message>
        <source>No transparency-log entry, and one is required</source>
        <translation>Kein Transparenzlog-Eintrag, obwohl einer erforderlich ist</translation>
    </message>
    <message>
        <source>Signature is malformed</source>
        <translation>Signatur ist fehlerhaft</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Die Signatur konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The signature was made by the key with SHA-256 fingerprint %1.</source>
        <translation>Die Signatur wurde mit dem Schlüssel mit SHA-256-Fingerabdruck %1 erstellt.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::VerifyPanel</name>
    <message>
        <source>Require a transparency-log entry</source>
        <translation>Transparenzlog-Eintrag verlangen</translation>
    </message>
    <message>
        <source>Require the signed name to match exactly</source>
        <translation>Exakte Übereinstimmung des signierten Namens verlangen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Path of a PEM public key (cosign.pub)</source>
        <translation>Pfad eines öffentlichen PEM-Schlüssels (cosign.pub)</translation>
    </message>
    <message>
        <source>…or paste the key: -----BEGIN PUBLIC KEY----- …</source>
        <translation>… oder den Schlüssel einfügen: -----BEGIN PUBLIC KEY----- …</translation>
    </message>
    <message>
        <source>Fail unless the signature is backed by a Rekor entry. Without this option a signature with no entry verifies with a warning.</source>
        <translation>Fehlschlagen, sofern die Signatur nicht durch einen Rekor-Eintrag belegt ist. Ohne diese Option wird eine Signatur ohne Eintrag mit einer Warnung verifiziert.</translation>
    </message>
    <message>
        <source>Fail when the docker-reference in the signed payload differs from this image&apos;s name; otherwise that is a warning.</source>
        <translation>Fehlschlagen, wenn die docker-reference im signierten Payload vom Namen dieses Images abweicht; sonst ist das eine Warnung.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PEM keys (*.pub *.pem);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pub *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Select an image in the list on the left.</source>
        <translation>Wählen Sie links in der Liste ein Image aus.</translation>
    </message>
    <message>
        <source>Same check with cosign: %1</source>
        <translation>Dieselbe Prüfung mit cosign: %1</translation>
    </message>
    <message>
        <source>When a signature is not made by the key above, these keys are tried to name who made it. They never make an image verify.</source>
        <translation>Wenn eine Signatur nicht mit dem Schlüssel oben erstellt wurde, werden diese Schlüssel probiert, um zu benennen, wer sie erstellt hat. Sie machen ein Image nie verifiziert.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Other keys you know (to name the signer)</source>
        <translation>Weitere Ihnen bekannte Schlüssel (um den Signierer zu benennen)</translation>
    </message>
    <message>
        <source>Known keys</source>
        <translation>Bekannte Schlüssel</translation>
    </message>
    <message>
        <source>Checked with %1.</source>
        <translation>Geprüft mit %1.</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>der Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>the pasted key</source>
        <translation>dem eingefügten Schlüssel</translation>
    </message>
    <message>
        <source>%1 (fingerprint %2)</source>
        <translation>%1 (Fingerabdruck %2)</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::runGui</name>
    <message>
        <source>See and check the supply chain of container images.</source>
        <translation>Die Lieferkette von Container-Images sehen und prüfen.</translation>
    </message>
    <message>
        <source>Open the lab described by &lt;file&gt; (lab.json).</source>
        <translation>Das in &lt;file&gt; beschriebene Lab öffnen (lab.json).</translation>
    </message>
    <message>
        <source>Connect to the registry at &lt;url&gt;.</source>
        <translation>Mit der Registry unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
Run it in a desktop session, under xvfb-run, or use the command-line subcommands (chainscope --help).</source>
        <translation>kein Display, auf dem das Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Starten Sie es in einer Desktop-Sitzung oder unter xvfb-run, oder verwenden Sie die Unterbefehle für die Kommandozeile (chainscope --help).</translation>
    </message>
</context>
</TS>
