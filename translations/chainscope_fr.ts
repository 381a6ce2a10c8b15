<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the registry address, e.g. 127.0.0.1:5000 or https://quay.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries are reached over http or https, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name and password in their own fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to %1 lets anyone on the network change what you see. Use https, or tick &quot;Allow insecure plain HTTP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDetails</name>
    <message>
        <source>reading the manifest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index lists no manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names no config blob.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabState</name>
    <message>
        <source>Cannot read the lab state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab state %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab state %1 names no registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::attestation</name>
    <message>
        <source>reading attestations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer of type %1 is not a DSSE envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload type %1 is not an in-toto statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE envelope is not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE envelope is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE envelope has no payloadType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE envelope has no payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE payload is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE envelope has no signatures array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSSE signature %1 is missing or not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicate type &quot;%1&quot; is not SLSA provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no builder id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLSA provenance %1 has no build type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-toto statement is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-toto statement has no _type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-toto statement has no predicateType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-toto statement has no subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject &quot;%1&quot; has no digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::crypto</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not PEM text: no &quot;-----BEGIN&quot; line was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text is broken: its base64 body or its &quot;-----END&quot; line is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::crypto::PublicKey</name>
    <message>
        <source>The elliptic-curve key uses explicit curve parameters; only the named curves P-256, P-384 and P-521 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elliptic curve %1 is not supported; use P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; keys shorter than 2048 bits are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use ECDSA, RSA or Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not a DER SubjectPublicKeyInfo public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DER public key is followed by %1 unexpected bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public key is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key (&quot;%1&quot;). Verification needs the public key; keep the private key secret and give the matching &quot;PUBLIC KEY&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a certificate, not a public key. Give the signer&apos;s &quot;PUBLIC KEY&quot;, or verify with the certificate&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is not a public key; expected &quot;PUBLIC KEY&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a PEM &quot;CERTIFICATE&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::oci</name>
    <message>
        <source>%1 is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a value that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mediaType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform of %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::oci::ImageConfig</name>
    <message>
        <source>the image configuration is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;config&quot; of the image configuration is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Labels&quot; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a history entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;history&quot; is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::oci::Manifest</name>
    <message>
        <source>the manifest is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported; push the image again with a current client to get a schema 2 or OCI manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest schemaVersion %1 is not supported (expected 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is neither an image manifest nor an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest media type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest says it is &quot;%1&quot; but was served as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index has no &quot;manifests&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image manifest has no &quot;config&quot; descriptor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::policy::Converter</name>
    <message>
        <source>the document expands to more than %1 nodes; aliases that repeat content many times (an alias bomb) are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::policy::YamlParser</name>
    <message>
        <source>the document is %1 bytes long; the limit is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds %1 documents; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::policy::YamlSyntaxError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::reference</name>
    <message>
        <source>&quot;%1&quot; is not a digest (expected algorithm:hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest algorithm &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::reference::ImageReference</name>
    <message>
        <source>the image reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image reference &quot;%1&quot; has surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an image ID, not a repository name; use name@sha256:... to pin a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;@&apos; but has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name &quot;%1&quot; must be lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no repository path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository path &quot;%1&quot; has an empty component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository path component &quot;%1&quot; is not valid (lowercase letters, digits and single separators &apos;.&apos;, &apos;_&apos;, &apos;__&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but has no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid (up to 128 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::registry</name>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1 does not match its digest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob does not match its digest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::registry::DockerConfig</name>
    <message>
        <source>cannot read the Docker config %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker config %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker config %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;auth&quot; entry for %1 in %2 is not base64 of &quot;user:password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::registry::RegistryClient</name>
    <message>
        <source>loopback HTTP: %1 is reached over plain HTTP on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: insecure plain HTTP to %1: anyone on the network path can change what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: TLS certificate verification is switched off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry API (/v2/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1: the registry says its digest is %2, but the bytes received hash to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1: the bytes received hash to %2, not to the digest asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digest given for the blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1: the bytes received do not hash to the digest asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing repositories of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::registry::RegistryClient::Private</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response from %1 is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach the registry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to an unsupported URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect to plain HTTP at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry named an invalid token realm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to ask for a token over plain HTTP at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service at %1 requires credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 requires a user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send a password over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 asks for an authentication scheme we do not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 rejected the credentials for user &quot;%2&quot; (wrong user name or password?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 requires credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to %1 on %2 is forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 needs credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry at %1 answered %2 with an unexpected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s page links go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s list is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the registry&apos;s list is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to follow a page link to another host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s list has too many pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::ui::ImageView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (index of %n manifest(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not set: root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::ui::JsonView</name>
    <message>
        <source>Exact bytes as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document byte for byte as the registry sent it; the digest is computed over these bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1); showing the bytes as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::ui::MainWindow</name>
    <message>
        <source>Chainscope</source>
        <translation>Chainscope</translation>
    </message>
</context>
<context>
    <name>chainscope::ui::StepsView</name>
    <message>
        <source>Verified: signed by this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: no signature found for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature is for another image: its payload names another digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, but not by this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by another identity than the one expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag moved after signing: what it points to now is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for another image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transparency-log entry, and one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made by the key with SHA-256 fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chainscope::ui::VerifyPanel</name>
    <message>
        <source>Require a transparency-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the signed name to match exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Path of a PEM public key (cosign.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the key: -----BEGIN PUBLIC KEY----- …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail unless the signature is backed by a Rekor entry. Without this option a signature with no entry verifies with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when the docker-reference in the signed payload differs from this image&apos;s name; otherwise that is a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pub *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same check with cosign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
