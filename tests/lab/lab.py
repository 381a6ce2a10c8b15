#!/usr/bin/env python3
"""The Chainscope lab: a real registry on loopback holding the seed's supply chain.

Subcommands
  start --dir DIR [--port N]   start the registry, build, push and sign the images,
                               write policies and DIR/lab.json
  stop  --dir DIR              stop the registry (never fails when already stopped)
  demo  --dir DIR -- CMD...    start, run CMD with CHAINSCOPE_LAB_STATE set ({state}
                               in CMD is replaced by the state path), then stop
  check --dir DIR              self-check of a started lab
  start-token --dir DIR        start a second registry in `auth: token` mode with our
                               token issuer (tokenserver.py), seed three small
                               repositories and write DIR/token-lab.json; `stop`
                               stops both
  selftest [--data DIR]        check the signer against cosign-made fixtures in
                               tests/data (no registry needed)

Real parts only: the distribution registry (`docker-registry`), `umoci` to build OCI
layouts, `skopeo` to push them, `htpasswd` for Basic auth and `openssl` for keys and
ECDSA signatures. Signatures and attestations are written in the exact layout
cosign 2.x uses with `--tlog-upload=false` (see cosign specs/SIGNATURE_SPEC.md and
ATTESTATION_SPEC.md): no transparency-log entry, no certificate.

Python 3 standard library only.
"""

import argparse
import base64
import gzip
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

MARKER = ".chainscope-lab"
USERNAME = "chainscope"

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
SIMPLESIGNING = "application/vnd.dev.cosign.simplesigning.v1+json"
DSSE_ENVELOPE = "application/vnd.dsse.envelope.v1+json"
INTOTO_PAYLOAD = "application/vnd.in-toto+json"
SIG_ANNOTATION = "dev.cosignproject.cosign/signature"
SLSA_V02 = "https://slsa.dev/provenance/v0.2"
ACCEPT = ", ".join([OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX])

UBI_REPO, UBI_TAG = "ubi8/ubi-minimal", "8.3"
BASE_REPO, BASE_TAG = "ztsc/quarkus-base-image", "1.0"
SERVICE_REPO, SERVICE_TAG = "ztsc/quarkus-hello-service", "1.0"
UNSIGNED_REPO = "ztsc/unsigned-service"
MISMATCHED_REPO = "ztsc/mismatched-signature"
FOREIGN_REPO = "ztsc/foreign-signed"
REPUSHED_REPO = "ztsc/repushed-service"

# Fixed build times keep layer and config digests stable for a given port.
UBI_CREATED = "2021-02-17T09:41:43Z"
BASE_CREATED = "2021-06-14T15:02:11Z"
SERVICE_CREATED = "2021-06-21T18:30:05Z"
NEGATIVE_CREATED = "2021-07-01T12:00:00Z"


class LabError(Exception):
    pass


def log(msg):
    print(f"lab: {msg}", file=sys.stderr, flush=True)


def epoch(rfc3339):
    return int(time.mktime(time.strptime(rfc3339, "%Y-%m-%dT%H:%M:%SZ"))
               - time.timezone)


def run(cmd, *, input=None, check=True, env=None):
    proc = subprocess.run(cmd, input=input, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env)
    if check and proc.returncode != 0:
        raise LabError(f"command failed ({proc.returncode}): {' '.join(cmd)}\n"
                       f"{proc.stderr.decode(errors='replace').strip()}")
    return proc


def canonical(obj):
    """Compact JSON in insertion order, as Go's encoding/json writes structs."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def sig_tag(digest, suffix):
    return digest.replace(":", "-") + "." + suffix


# --------------------------------------------------------------------------- files

def state_path(d):
    return os.path.join(d, "lab.json")


def pid_path(d):
    return os.path.join(d, "registry.pid")


def load_state(d):
    try:
        with open(state_path(d)) as f:
            return json.load(f)
    except FileNotFoundError:
        raise LabError(f"{state_path(d)} not found: is the lab started?")


def write_file(path, data, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    os.chmod(path, mode)


# ------------------------------------------------------------------------ registry

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def registry_pid(d):
    """The pid of this lab's running registry, or None."""
    try:
        with open(pid_path(d)) as f:
            pid = int(f.read().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().split(b"\0")
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    # The pid may have been reused: only a registry serving our config is ours.
    config = os.path.join(os.path.abspath(d), "registry.yml").encode()
    if state == "Z" or config not in cmdline:
        return None
    return pid


def reap(pid):
    """Collect the registry's exit status when it is our child (the demo case)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def stop_registry(d):
    pid = registry_pid(d)
    if pid is None:
        try:
            os.unlink(pid_path(d))
        except FileNotFoundError:
            pass
        return False
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and registry_pid(d) == pid:
        reap(pid)
        time.sleep(0.05)
    if registry_pid(d) == pid:
        log(f"registry {pid} ignored SIGTERM, killing it")
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and registry_pid(d) == pid:
            reap(pid)
            time.sleep(0.05)
    reap(pid)
    try:
        os.unlink(pid_path(d))
    except FileNotFoundError:
        pass
    return True


def registry_config(d, port):
    storage = os.path.join(d, "storage")
    return f"""version: 0.1
log:
  level: warn
  formatter: text
storage:
  filesystem:
    rootdirectory: {storage}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:{port}
  secret: {secrets.token_hex(16)}
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: chainscope-lab
    path: {os.path.join(d, "htpasswd")}
"""


def start_registry(d, port, password):
    htpasswd = run(["htpasswd", "-Bbn", USERNAME, password]).stdout
    write_file(os.path.join(d, "htpasswd"), htpasswd, 0o600)
    launch_registry(d, port, registry_config(d, port))


def launch_registry(d, port, config_text):
    """Runs docker-registry with DIR/registry.yml and waits for /v2/ to answer 401."""
    config = os.path.join(d, "registry.yml")
    write_file(config, config_text)
    logf = open(os.path.join(d, "registry.log"), "ab")
    proc = subprocess.Popen(["docker-registry", "serve", config], stdin=subprocess.DEVNULL,
                            stdout=logf, stderr=subprocess.STDOUT, start_new_session=True,
                            cwd=d)
    logf.close()
    write_file(pid_path(d), f"{proc.pid}\n")
    url = f"http://127.0.0.1:{port}/v2/"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + 20
    while True:
        if proc.poll() is not None:
            raise LabError("registry exited with code %d; log:\n%s"
                           % (proc.returncode, tail(os.path.join(d, "registry.log"))))
        try:
            opener.open(url, timeout=1)
        except urllib.error.HTTPError as e:
            if e.code == 401:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise LabError(f"registry did not answer 401 on {url} within 20 s; log:\n"
                           + tail(os.path.join(d, "registry.log")))
        time.sleep(0.05)


def tail(path, lines=20):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


class Registry:
    """Minimal Distribution API client (Basic auth) for what skopeo does not do."""

    def __init__(self, host, username, password):
        self.base = f"http://{host}"
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.auth = f"Basic {token}"
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def request(self, method, path, data=None, headers=None):
        url = path if path.startswith("http") else self.base + path
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", self.auth)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with self.opener.open(req, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def push_blob(self, repo, data):
        digest = sha256_digest(data)
        status, _, _ = self.request("HEAD", f"/v2/{repo}/blobs/{digest}")
        if status == 200:
            return digest
        # Monolithic upload: POST opens the session, PUT with ?digest= closes it.
        status, headers, body = self.request("POST", f"/v2/{repo}/blobs/uploads/")
        if status != 202:
            raise LabError(f"blob upload to {repo} refused: {status} {body[:200]!r}")
        location = headers["Location"]
        if location.startswith("/"):
            location = self.base + location
        sep = "&" if "?" in location else "?"
        status, _, body = self.request(
            "PUT", f"{location}{sep}digest={digest}", data=data,
            headers={"Content-Type": "application/octet-stream"})
        if status != 201:
            raise LabError(f"blob upload to {repo} failed: {status} {body[:200]!r}")
        return digest

    def put_manifest(self, repo, ref, data, media_type=OCI_MANIFEST):
        status, headers, body = self.request("PUT", f"/v2/{repo}/manifests/{ref}", data=data,
                                             headers={"Content-Type": media_type})
        if status != 201:
            raise LabError(f"manifest put {repo}:{ref} failed: {status} {body[:300]!r}")
        digest = headers.get("Docker-Content-Digest")
        if digest != sha256_digest(data):
            raise LabError(f"registry stored {repo}:{ref} as {digest}")
        return digest

    def get_manifest(self, repo, ref):
        """(digest, bytes) of a manifest, or (None, None) when absent."""
        status, headers, body = self.request("GET", f"/v2/{repo}/manifests/{ref}",
                                             headers={"Accept": ACCEPT})
        if status == 404:
            return None, None
        if status != 200:
            raise LabError(f"manifest get {repo}:{ref}: {status} {body[:200]!r}")
        return headers.get("Docker-Content-Digest"), body

    def get_blob(self, repo, digest):
        status, _, body = self.request("GET", f"/v2/{repo}/blobs/{digest}")
        if status != 200:
            raise LabError(f"blob get {repo}@{digest}: {status}")
        if sha256_digest(body) != digest:
            raise LabError(f"blob {digest} in {repo} has wrong content")
        return body


# ---------------------------------------------------------------------------- keys

def generate_key(path_prefix):
    key, pub = path_prefix + ".key", path_prefix + ".pub"
    run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-out", key])
    os.chmod(key, 0o600)
    run(["openssl", "pkey", "-in", key, "-pubout", "-out", pub])
    return key, pub


def spki_fingerprint(pub):
    der = run(["openssl", "pkey", "-pubin", "-in", pub, "-outform", "DER"]).stdout
    return hashlib.sha256(der).hexdigest()


def sign(key, data):
    """DER ECDSA-P256 signature over SHA-256(data), as cosign's signer makes it."""
    return run(["openssl", "dgst", "-sha256", "-sign", key], input=data).stdout


def verify(pub, data, signature):
    with tempfile.TemporaryDirectory() as tmp:
        sig = os.path.join(tmp, "sig")
        with open(sig, "wb") as f:
            f.write(signature)
        proc = run(["openssl", "dgst", "-sha256", "-verify", pub, "-signature", sig],
                   input=data, check=False)
    return proc.returncode == 0


def dsse_pae(payload_type, body):
    """DSSE v1 pre-authentication encoding."""
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)


# --------------------------------------------------------------------- cosign layout

def cosign_config(layer_digests):
    """The config blob cosign (go-containerregistry's empty image) writes."""
    return canonical({
        "architecture": "",
        "created": "0001-01-01T00:00:00Z",
        "history": [{"created": "0001-01-01T00:00:00Z"} for _ in layer_digests],
        "os": "",
        "rootfs": {"type": "layers", "diff_ids": layer_digests},
        "config": {},
    })


def cosign_manifest(config, layers):
    return canonical({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": OCI_CONFIG, "size": len(config),
                   "digest": sha256_digest(config)},
        "layers": layers,
    })


def simple_signing_payload(docker_reference, digest):
    return canonical({
        "critical": {
            "identity": {"docker-reference": docker_reference},
            "image": {"docker-manifest-digest": digest},
            "type": "cosign container image signature",
        },
        "optional": None,
    })


def push_signature(reg, host, repo, image_digest, key, payload_digest=None):
    """Sign like `cosign sign --key K --tlog-upload=false host/repo@digest`."""
    payload = simple_signing_payload(f"{host}/{repo}", payload_digest or image_digest)
    signature = base64.b64encode(sign(key, payload)).decode()
    layer = {"mediaType": SIMPLESIGNING, "size": len(payload),
             "digest": sha256_digest(payload),
             "annotations": {SIG_ANNOTATION: signature}}
    config = cosign_config([layer["digest"]])
    reg.push_blob(repo, payload)
    reg.push_blob(repo, config)
    tag = sig_tag(image_digest, "sig")
    reg.put_manifest(repo, tag, cosign_manifest(config, [layer]))
    return tag


def push_attestation(reg, repo, image_digest, key, statement):
    """Attest like `cosign attest --key K --tlog-upload=false --type slsaprovenance`."""
    body = canonical(statement)
    sig = base64.b64encode(sign(key, dsse_pae(INTOTO_PAYLOAD, body))).decode()
    envelope = canonical({
        "payloadType": INTOTO_PAYLOAD,
        "payload": base64.b64encode(body).decode(),
        "signatures": [{"keyid": "", "sig": sig}],
    })
    # cosign puts an empty signature annotation on attestation layers (the
    # signature lives in the envelope) next to the predicate type.
    layer = {"mediaType": DSSE_ENVELOPE, "size": len(envelope),
             "digest": sha256_digest(envelope),
             "annotations": {SIG_ANNOTATION: "", "predicateType": statement["predicateType"]}}
    config = cosign_config([layer["digest"]])
    reg.push_blob(repo, envelope)
    reg.push_blob(repo, config)
    tag = sig_tag(image_digest, "att")
    reg.put_manifest(repo, tag, cosign_manifest(config, [layer]))
    return tag


def provenance(host, service_digest, base_digest):
    """A Tekton Chains `slsa/v1` formatter statement (SLSA provenance v0.2)."""
    return {
        "_type": "https://in-toto.io/Statement/v0.1",
        "predicateType": SLSA_V02,
        "subject": [{"name": f"{host}/{SERVICE_REPO}",
                     "digest": {"sha256": service_digest.split(":", 1)[1]}}],
        "predicate": {
            "builder": {"id": "https://tekton.dev/chains/v2"},
            "buildType": "tekton.dev/v1beta1/TaskRun",
            "invocation": {
                "configSource": {},
                "parameters": {
                    "IMAGE": f"{host}/{SERVICE_REPO}:{SERVICE_TAG}",
                    "DOCKERFILE": "./src/main/docker/Dockerfile.jvm",
                    "CONTEXT": ".",
                    "TLSVERIFY": "false",
                },
                "environment": {
                    "annotations": {"pipeline.tekton.dev/release": "v0.24.1"},
                    "labels": {
                        "app.kubernetes.io/managed-by": "tekton-pipelines",
                        "tekton.dev/pipeline": "quarkus-hello-service-pipeline",
                        "tekton.dev/pipelineRun": "quarkus-hello-service-run-7x2kq",
                        "tekton.dev/pipelineTask": "build-push-image",
                        "tekton.dev/task": "buildah",
                    },
                },
            },
            "buildConfig": {
                "steps": [
                    {
                        "entryPoint": "buildah --storage-driver=vfs bud --format=oci "
                                      "--tls-verify=$(params.TLSVERIFY) --no-cache "
                                      "-f $(params.DOCKERFILE) -t $(params.IMAGE) "
                                      "$(params.CONTEXT)",
                        "arguments": None,
                        "environment": {
                            "container": "build",
                            "image": "registry.redhat.io/rhel8/buildah@sha256:"
                                     + hashlib.sha256(b"chainscope-lab buildah").hexdigest(),
                        },
                        "annotations": None,
                    },
                    {
                        "entryPoint": "buildah --storage-driver=vfs push "
                                      "--tls-verify=$(params.TLSVERIFY) "
                                      "--digestfile /tmp/image-digest $(params.IMAGE) "
                                      "docker://$(params.IMAGE)",
                        "arguments": None,
                        "environment": {
                            "container": "push",
                            "image": "registry.redhat.io/rhel8/buildah@sha256:"
                                     + hashlib.sha256(b"chainscope-lab buildah").hexdigest(),
                        },
                        "annotations": None,
                    },
                ]
            },
            "metadata": {
                "buildStartedOn": "2021-06-21T18:29:12Z",
                "buildFinishedOn": "2021-06-21T18:30:41Z",
                "completeness": {"parameters": False, "environment": False,
                                 "materials": False},
                "reproducible": False,
            },
            "materials": [
                {"uri": f"{host}/{BASE_REPO}",
                 "digest": {"sha256": base_digest.split(":", 1)[1]}},
                {"uri": "git+https://github.com/ztsc/quarkus-hello-service.git",
                 "digest": {"sha1": hashlib.sha1(b"chainscope-lab hello").hexdigest()}},
            ],
        },
    }


# -------------------------------------------------------------------------- images

OS_RELEASE = """NAME="Red Hat Enterprise Linux"
VERSION="8.3 (Ootpa)"
ID="rhel"
ID_LIKE="fedora"
VERSION_ID="8.3"
PLATFORM_ID="platform:el8"
PRETTY_NAME="Red Hat Enterprise Linux 8.3 (Ootpa)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:redhat:enterprise_linux:8.3:GA"
HOME_URL="https://www.redhat.com/"
BUG_REPORT_URL="https://bugzilla.redhat.com/"

REDHAT_BUGZILLA_PRODUCT="Red Hat Enterprise Linux 8"
REDHAT_BUGZILLA_PRODUCT_VERSION=8.3
REDHAT_SUPPORT_PRODUCT="Red Hat Enterprise Linux"
REDHAT_SUPPORT_PRODUCT_VERSION="8.3"
"""

UBI_DESCRIPTION = ("The Universal Base Image Minimal is a stripped down image that uses "
                   "microdnf as a package manager. This base image is freely "
                   "redistributable, but Red Hat only supports Red Hat technologies "
                   "through subscriptions for Red Hat products. This image is maintained "
                   "by Red Hat and updated regularly.")

# The Red Hat label set (shape of ../shared/testdata/ubi-labels). Values are the
# lab's own: vcs-ref is synthetic, derived from a fixed string.
UBI_RELEASE = "298"
UBI_LABELS = {
    "architecture": "x86_64",
    "build-date": "2021-02-17T09:41:21.366553",
    "com.redhat.build-host": "cpt-1005.osbs.prod.upshift.rdu2.redhat.com",
    "com.redhat.component": "ubi8-minimal-container",
    "com.redhat.license_terms":
        "https://www.redhat.com/en/about/red-hat-end-user-license-agreements#UBI",
    "description": UBI_DESCRIPTION,
    "distribution-scope": "public",
    "io.k8s.description": UBI_DESCRIPTION,
    "io.k8s.display-name": "Red Hat Universal Base Image 8 Minimal",
    "io.openshift.expose-services": "",
    "io.openshift.tags": "minimal rhel8",
    "maintainer": "Red Hat, Inc.",
    "name": "ubi8-minimal",
    "release": UBI_RELEASE,
    "summary": "Provides the latest release of the minimal Red Hat Universal Base Image 8.",
    "url": "https://access.redhat.com/containers/#/registry.access.redhat.com/"
           f"ubi8-minimal/images/8.3-{UBI_RELEASE}",
    "vcs-ref": hashlib.sha1(b"chainscope-lab ubi8-minimal 8.3").hexdigest(),
    "vcs-type": "git",
    "vendor": "Red Hat, Inc.",
    "version": "8.3",
}

RUN_JAVA = """#!/bin/sh
# Stand-in for fabric8 run-java.sh 1.3.8 (the lab image carries no JDK).
exec java ${JAVA_OPTIONS} -jar /deployments/quarkus-run.jar "$@"
"""

BASE_RUN = ("/bin/sh -c microdnf install curl ca-certificates ${JAVA_PACKAGE} "
            "&& microdnf update && microdnf clean all && mkdir /deployments "
            "&& chown 1001 /deployments && chmod \"g+rwX\" /deployments "
            "&& chown 1001:root /deployments && curl https://repo1.maven.org/maven2/io/"
            "fabric8/run-java-sh/${RUN_JAVA_VERSION}/run-java-sh-${RUN_JAVA_VERSION}-sh.sh "
            "-o /deployments/run-java.sh && chown 1001 /deployments/run-java.sh "
            "&& chmod 540 /deployments/run-java.sh && echo \"securerandom.source="
            "file:/dev/urandom\" >> /etc/alternatives/jre/conf/security/java.security")

JAVA_OPTIONS = ("-Dquarkus.http.host=0.0.0.0 "
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")


class Layout:
    """One OCI layout built with umoci; images are tags in it."""

    def __init__(self, root):
        self.root = root
        self.path = os.path.join(root, "oci")
        run(["umoci", "init", "--layout", self.path])

    def image(self, tag):
        return f"{self.path}:{tag}"

    def new(self, tag):
        run(["umoci", "new", "--image", self.image(tag)])

    def config(self, tag, *args, new_tag=None, created=None, history=None):
        cmd = ["umoci", "config", "--image", self.image(tag)]
        if new_tag:
            cmd += ["--tag", new_tag]
        if created:
            cmd += ["--created", created]
        if history is None:
            cmd += ["--no-history"]
        else:
            cmd += ["--history.created_by", history, "--history.created", created]
        run(cmd + list(args))

    def add_layer(self, tag, files, created, created_by, comment=None):
        """Unpack `tag`, add `files` {path: (content, mode, uid)}, repack as a new layer."""
        bundle = os.path.join(self.root, "bundle")
        shutil.rmtree(bundle, ignore_errors=True)
        run(["umoci", "unpack", "--image", self.image(tag), bundle])
        rootfs = os.path.join(bundle, "rootfs")
        when = epoch(created)
        kept = {}
        for rel in files:
            parts = rel.split("/")[:-1]
            for i in range(len(parts) + 1):
                p = os.path.join(rootfs, *parts[:i])
                if os.path.isdir(p) and p not in kept:
                    st = os.stat(p)
                    kept[p] = (st.st_atime, st.st_mtime)
        created_dirs = set()
        for rel, (content, mode, uid) in files.items():
            path = os.path.join(rootfs, rel)
            missing = []
            d = os.path.dirname(path)
            while not os.path.isdir(d):
                missing.append(d)
                d = os.path.dirname(d)
            for d in reversed(missing):
                os.mkdir(d)
                os.chown(d, uid, 0)
                # /deployments is group-writable in the seed (chmod g+rwX).
                os.chmod(d, 0o775 if uid else 0o755)
                created_dirs.add(d)
            write_file(path, content, mode)
            os.chown(path, uid, 0)
            os.utime(path, (when, when))
        for d in created_dirs:
            os.utime(d, (when, when))
        # Pre-existing directories keep their times, so they stay out of the diff.
        for p, times in kept.items():
            os.utime(p, times)
        cmd = ["umoci", "repack", "--image", self.image(tag),
               "--history.created", created, "--history.created_by", created_by]
        if comment:
            cmd += ["--history.comment", comment]
        run(cmd + [bundle])
        shutil.rmtree(bundle)

    def digest(self, tag):
        with open(os.path.join(self.path, "index.json")) as f:
            index = json.load(f)
        for m in index["manifests"]:
            if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == tag:
                return m["digest"]
        raise LabError(f"tag {tag} missing from the OCI layout")


def build_images(layout, host):
    """Build every lab image into the layout; returns {tag: manifest digest}."""
    L = layout
    ubi_ref = f"{host}/{UBI_REPO}:{UBI_TAG}"
    base_ref = f"{host}/{BASE_REPO}:{BASE_TAG}"

    # ubi8/ubi-minimal:8.3 -- one imported layer, Red Hat labels.
    L.new("ubi")
    L.add_layer("ubi", {
        "etc/os-release": (OS_RELEASE, 0o644, 0),
        "usr/lib/os-release": (OS_RELEASE, 0o644, 0),
        "etc/redhat-release": ("Red Hat Enterprise Linux release 8.3 (Ootpa)\n", 0o644, 0),
        "etc/system-release-cpe": ("cpe:/o:redhat:enterprise_linux:8.3:ga\n", 0o644, 0),
        f"root/buildinfo/Dockerfile-ubi8-minimal-8.3-{UBI_RELEASE}":
            ("FROM scratch\n# chainscope lab stand-in for the UBI build recipe\n", 0o644, 0),
    }, UBI_CREATED, "", comment="Imported from -")
    args = ["--architecture", "amd64", "--os", "linux",
            "--config.env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "--config.env", "container=oci", "--config.cmd", "/bin/bash"]
    for k, v in UBI_LABELS.items():
        args += ["--config.label", f"{k}={v}"]
    L.config("ubi", *args, created=UBI_CREATED)
    ubi_digest = L.digest("ubi")

    # ztsc/quarkus-base-image:1.0 -- the seed's base Dockerfile.
    L.config("ubi", "--config.env", "LANG=en_US.UTF-8", "--config.env", "LANGUAGE=en_US:en",
             new_tag="base", created=BASE_CREATED,
             history="/bin/sh -c #(nop)  ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en")
    L.add_layer("base", {
        "deployments/run-java.sh": (RUN_JAVA, 0o540, 1001),
        "etc/alternatives/jre/conf/security/java.security":
            ("securerandom.source=file:/dev/urandom\n", 0o644, 0),
    }, BASE_CREATED, BASE_RUN)
    L.config("base", "--config.label", f"base.image={ubi_ref}", created=BASE_CREATED,
             history=f"/bin/sh -c #(nop)  LABEL base.image={ubi_ref}")
    L.config("base", "--manifest.annotation", f"org.opencontainers.image.base.name={ubi_ref}",
             "--manifest.annotation", f"org.opencontainers.image.base.digest={ubi_digest}")
    base_digest = L.digest("base")

    # ztsc/quarkus-hello-service:1.0 -- the seed's service Dockerfile.
    def service_like(tag, files, created, title, extra_labels=()):
        L.config("base", "--config.label", f"base.image={base_ref}", new_tag=tag,
                 created=created, history=f"/bin/sh -c #(nop)  LABEL base.image={base_ref}")
        L.config(tag, "--config.env", f"JAVA_OPTIONS={JAVA_OPTIONS}", created=created,
                 history=f"/bin/sh -c #(nop)  ENV JAVA_OPTIONS=\"{JAVA_OPTIONS}\"")
        L.add_layer(tag, files, created,
                    "/bin/sh -c #(nop) COPY --chown=1001 target/quarkus-app/ /deployments/")
        L.config(tag, "--config.exposedports", "8080/tcp", created=created,
                 history="/bin/sh -c #(nop)  EXPOSE 8080")
        L.config(tag, "--config.user", "1001", created=created,
                 history="/bin/sh -c #(nop)  USER 1001")
        labels = []
        for k, v in [("org.opencontainers.image.title", title), *extra_labels]:
            labels += ["--config.label", f"{k}={v}"]
        # Docker resets an inherited CMD when ENTRYPOINT is set.
        L.config(tag, "--clear", "config.cmd",
                 "--config.entrypoint", "/deployments/run-java.sh", *labels,
                 created=created,
                 history="/bin/sh -c #(nop)  ENTRYPOINT [\"/deployments/run-java.sh\"]")
        L.config(tag, "--manifest.annotation",
                 f"org.opencontainers.image.base.name={base_ref}",
                 "--manifest.annotation",
                 f"org.opencontainers.image.base.digest={base_digest}")

    def app_files(name):
        return {
            "deployments/quarkus-run.jar": (f"PK lab stand-in: {name} runner\n", 0o644, 1001),
            "deployments/lib/main/io.quarkus.quarkus-core-2.0.0.Final.jar":
                ("PK lab stand-in: quarkus-core\n", 0o644, 1001),
            f"deployments/app/{name}-1.0.jar": (f"PK lab stand-in: {name}\n", 0o644, 1001),
            "deployments/quarkus/quarkus-application.dat":
                (f"lab stand-in for {name}\n", 0o644, 1001),
        }

    service_like("service", app_files("quarkus-hello-service"), SERVICE_CREATED,
                 "quarkus-hello-service")
    for tag, title in [("unsigned", "unsigned-service"),
                       ("mismatched", "mismatched-signature"),
                       ("foreign", "foreign-signed"),
                       ("repushed-v1", "repushed-service"),
                       ("repushed-v2", "repushed-service")]:
        service_like(tag, app_files(f"{title}-{tag}"), NEGATIVE_CREATED, title,
                     [("org.opencontainers.image.description", f"chainscope lab case {tag}")])
    return {t: L.digest(t) for t in ["ubi", "base", "service", "unsigned", "mismatched",
                                     "foreign", "repushed-v1", "repushed-v2"]}


def skopeo_push(layout, tag, dest, creds):
    run(["skopeo", "--insecure-policy", "copy", "--quiet", "--preserve-digests",
         "--dest-creds", creds, "--dest-tls-verify=false",
         f"oci:{layout.path}:{tag}", f"docker://{dest}"])


# ------------------------------------------------------------------------ policies

def indent(text, spaces):
    pad = " " * spaces
    return "\n".join(pad + line for line in text.strip().splitlines())


def legacy_policy(host, pem):
    # Byte for byte the seed's layout (no comments), only host and key differ.
    return f"""apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: check-image
spec:
  validationFailureAction: enforce
  background: false
  rules:
    - name: check-image
      match:
        resources:
          kinds:
            - Pod
      verifyImages:
      - image: "{host}/ztsc/*"
        key: |-
{indent(pem, 10)}
"""


def current_policy(host, pem):
    return f"""# The seed's check-image intent in current Kyverno form: a key-based cosign
# signature without a transparency-log entry (the lab signs with
# --tlog-upload=false), so rekor.ignoreTlog and ctlog.ignoreSCT are set.
apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: check-image
spec:
  background: false
  rules:
    - name: check-image
      match:
        any:
        - resources:
            kinds:
              - Pod
      verifyImages:
      - imageReferences:
        - "{host}/ztsc/*"
        failureAction: Enforce
        attestors:
        - entries:
          - keys:
              publicKeys: |-
{indent(pem, 16)}
              rekor:
                ignoreTlog: true
              ctlog:
                ignoreSCT: true
"""


# ------------------------------------------------------------------------- layouts

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
# Real OCI layouts from tests/data (see the READMEs there), pushed byte for byte.
LAYOUTS = {
    "layouts/regclient/testrepo": "regclient/testrepo",
    "layouts/regclient/external": "regclient/external",
    "layouts/go-containerregistry/test_gc_index":
        "go-containerregistry/layout-testdata/test_gc_index",
    "layouts/go-containerregistry/test_index": "go-containerregistry/layout-testdata/test_index",
    "layouts/go-containerregistry/test_index_media_type":
        "go-containerregistry/layout-testdata/test_index_media_type",
    "layouts/go-containerregistry/test_index_one_image":
        "go-containerregistry/layout-testdata/test_index_one_image",
}
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
MANIFEST_TYPES = {OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST}
REF_NAME = "org.opencontainers.image.ref.name"


def push_layout(reg, repo, path):
    """Pushes every manifest reachable from PATH/index.json (children first, as the
    registry checks that an index's entries exist), the blobs the layout holds,
    and a tag per ref.name. Returns {"tags": {...}, "refused": {digest: reason}}."""
    def blob_path(digest):
        algo, _, hexpart = digest.partition(":")
        return os.path.join(path, "blobs", algo, hexpart)

    done, refused = set(), {}

    def push(desc):
        digest = desc["digest"]
        if digest in done or digest in refused:
            return digest in done
        if not os.path.exists(blob_path(digest)):
            refused[digest] = "not in the layout"
            return False
        with open(blob_path(digest), "rb") as f:
            raw = f.read()
        try:
            doc = json.loads(raw)
        except ValueError:
            doc = {}
        media_type = doc.get("mediaType") or desc.get("mediaType", "")
        if media_type not in MANIFEST_TYPES:
            refused[digest] = f"not a manifest ({media_type})"
            return False
        done.add(digest)  # an index that lists itself ends here
        for child in doc.get("manifests", []):
            push(child)
        for blob in [doc.get("config")] + doc.get("layers", []):
            if blob and os.path.exists(blob_path(blob["digest"])):
                reg.push_blob(repo, open(blob_path(blob["digest"]), "rb").read())
        try:
            reg.put_manifest(repo, digest, raw, media_type)
        except LabError as e:
            done.discard(digest)
            refused[digest] = str(e).splitlines()[0][:300]
            return False
        return True

    with open(os.path.join(path, "index.json")) as f:
        top = json.load(f)
    tags = {}
    for desc in top.get("manifests", []):
        if push(desc) and desc.get("annotations", {}).get(REF_NAME):
            tag = desc["annotations"][REF_NAME]
            with open(blob_path(desc["digest"]), "rb") as f:
                raw = f.read()
            media_type = json.loads(raw).get("mediaType") or desc["mediaType"]
            reg.put_manifest(repo, tag, raw, media_type)
            tags[tag] = desc["digest"]
    return {"tags": tags, "refused": refused}


def push_layouts(reg, data_dir):
    pushed = {}
    for repo, rel in LAYOUTS.items():
        result = push_layout(reg, repo, os.path.join(data_dir, rel))
        pushed[repo] = {"repository": repo, "layout": rel, **result}
    return pushed


# ---------------------------------------------------------------------------- start

def prepare_dir(d):
    if os.path.isdir(d):
        stop_registry(d)
        if os.listdir(d) and not os.path.exists(os.path.join(d, MARKER)):
            raise LabError(f"{d} is not empty and not a lab folder; refusing to delete it")
        shutil.rmtree(d)
    os.makedirs(d)
    write_file(os.path.join(d, MARKER), "chainscope lab folder; deleted by `lab.py start`\n")


def cmd_start(args):
    t0 = time.monotonic()
    d = os.path.abspath(args.dir)
    prepare_dir(d)
    port = args.port or free_port()
    host = f"127.0.0.1:{port}"
    password = secrets.token_urlsafe(12)
    creds = f"{USERNAME}:{password}"
    try:
        start_registry(d, port, password)
        t_registry = time.monotonic()

        keys = os.path.join(d, "keys")
        os.makedirs(keys)
        lab_key, lab_pub = generate_key(os.path.join(keys, "lab"))
        other_key, other_pub = generate_key(os.path.join(keys, "other"))
        with open(lab_pub) as f:
            pem = f.read()

        layout = Layout(os.path.join(d, "build"))
        digests = build_images(layout, host)
        t_build = time.monotonic()

        pushes = [("ubi", UBI_REPO, UBI_TAG), ("base", BASE_REPO, BASE_TAG),
                  ("service", SERVICE_REPO, SERVICE_TAG), ("unsigned", UNSIGNED_REPO, "1.0"),
                  ("mismatched", MISMATCHED_REPO, "1.0"), ("foreign", FOREIGN_REPO, "1.0"),
                  ("repushed-v1", REPUSHED_REPO, "1.0")]
        reg = Registry(host, USERNAME, password)
        for tag, repo, rtag in pushes:
            skopeo_push(layout, tag, f"{host}/{repo}:{rtag}", creds)
            pushed, _ = reg.get_manifest(repo, rtag)
            if pushed != digests[tag]:
                raise LabError(f"{repo}:{rtag} pushed as {pushed}, built as {digests[tag]}")

        base_sig = push_signature(reg, host, BASE_REPO, digests["base"], lab_key)
        service_sig = push_signature(reg, host, SERVICE_REPO, digests["service"], lab_key)
        att_tag = push_attestation(reg, SERVICE_REPO, digests["service"], lab_key,
                                   provenance(host, digests["service"], digests["base"]))
        push_signature(reg, host, MISMATCHED_REPO, digests["mismatched"], lab_key,
                       payload_digest=digests["base"])
        push_signature(reg, host, FOREIGN_REPO, digests["foreign"], other_key)
        push_signature(reg, host, REPUSHED_REPO, digests["repushed-v1"], lab_key)
        # The tag moves on after signing: the old digest keeps its .sig.
        skopeo_push(layout, "repushed-v2", f"{host}/{REPUSHED_REPO}:1.0", creds)
        pushed, _ = reg.get_manifest(REPUSHED_REPO, "1.0")
        if pushed != digests["repushed-v2"]:
            raise LabError("re-push of ztsc/repushed-service:1.0 did not move the tag")
        layouts = push_layouts(reg, DATA_DIR)
        t_push = time.monotonic()

        policies = os.path.join(d, "policies")
        write_file(os.path.join(policies, "check-image-2021.yaml"), legacy_policy(host, pem))
        write_file(os.path.join(policies, "check-image.yaml"), current_policy(host, pem))

        auth = base64.b64encode(creds.encode()).decode()
        write_file(os.path.join(d, "docker-config", "config.json"),
                   json.dumps({"auths": {host: {"auth": auth}}}, indent=2) + "\n", 0o600)

        def image(tag, repo, rtag, **extra):
            return {"ref": f"{host}/{repo}:{rtag}", "repository": repo, "tag": rtag,
                    "digest": digests[tag], **extra}

        state = {
            "registry": host,
            "url": f"http://{host}",
            "username": USERNAME,
            "password": password,
            "dockerConfig": os.path.join(d, "docker-config"),
            "publicKey": lab_pub,
            "privateKey": lab_key,
            "publicKeyFingerprint": spki_fingerprint(lab_pub),
            "otherPublicKey": other_pub,
            "otherPrivateKey": other_key,
            "images": {
                "ubi": image("ubi", UBI_REPO, UBI_TAG),
                "base": image("base", BASE_REPO, BASE_TAG, signatureTag=base_sig),
                "service": image("service", SERVICE_REPO, SERVICE_TAG,
                                 signatureTag=service_sig),
                "unsigned": image("unsigned", UNSIGNED_REPO, "1.0"),
                "mismatched": image("mismatched", MISMATCHED_REPO, "1.0",
                                    signatureTag=sig_tag(digests["mismatched"], "sig"),
                                    payloadDigest=digests["base"]),
                "foreignSigned": image("foreign", FOREIGN_REPO, "1.0",
                                       signatureTag=sig_tag(digests["foreign"], "sig"),
                                       signerFingerprint=spki_fingerprint(other_pub)),
                "repushed": image("repushed-v2", REPUSHED_REPO, "1.0",
                                  signedDigest=digests["repushed-v1"],
                                  signatureTag=sig_tag(digests["repushed-v1"], "sig")),
            },
            "attestations": {
                "service": {"tag": att_tag, "predicateType": SLSA_V02,
                            "buildType": "tekton.dev/v1beta1/TaskRun",
                            "materialUri": f"{host}/{BASE_REPO}",
                            "materialDigest": digests["base"]},
            },
            "policies": {
                "legacy": os.path.join(policies, "check-image-2021.yaml"),
                "current": os.path.join(policies, "check-image.yaml"),
            },
            "layouts": layouts,
        }
        tmp = state_path(d) + ".tmp"
        write_file(tmp, json.dumps(state, indent=2) + "\n")
        os.replace(tmp, state_path(d))
    except BaseException:
        stop_registry(d)
        raise
    shutil.rmtree(os.path.join(d, "build"), ignore_errors=True)
    t1 = time.monotonic()
    log(f"started on {host} in {t1 - t0:.1f} s (registry {t_registry - t0:.1f} s, "
        f"build {t_build - t_registry:.1f} s, push+sign {t_push - t_build:.1f} s); "
        f"state: {state_path(d)}")
    return 0


def cmd_stop(args):
    d = os.path.abspath(args.dir)
    if stop_registry(d):
        log("registry stopped")
    else:
        log("registry was not running")
    if stop_token_server(d):
        log("token server stopped")
    return 0


# ------------------------------------------------------------------------ token lab

TOKEN_SERVICE = "chainscope-token-lab"
TOKEN_ISSUER = "chainscope lab token issuer"
TOKEN_STATE = "token-lab.json"
TOKENSERVER_PY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokenserver.py")
# Who may do what (tokenserver.py ACL): the registry enforces it from the JWT.
TOKEN_ACL = [
    {"account": "writer", "name": "*", "actions": ["pull", "push", "delete"]},
    {"account": "writer", "type": "registry", "name": "catalog", "actions": ["*"]},
    {"account": "reader", "name": "team/*", "actions": ["pull"]},
    {"account": "*", "name": "public/*", "actions": ["pull"]},
    {"account": "", "name": "public/*", "actions": ["pull"]},
]
TOKEN_IMAGES = {"team": ("team/app", "1.0"), "public": ("public/hello", "1.0"),
                "private": ("private/secret", "1.0")}


def token_pid_path(d):
    return os.path.join(d, "tokenserver.pid")


def token_server_pid(d):
    try:
        with open(token_pid_path(d)) as f:
            pid = int(f.read().strip())
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().split(b"\0")
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ValueError, ProcessLookupError, IndexError):
        return None
    config = os.path.join(os.path.abspath(d), "tokenserver.json").encode()
    if state == "Z" or config not in cmdline:
        return None
    return pid


def stop_token_server(d):
    pid = token_server_pid(d)
    if pid is not None:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and token_server_pid(d) == pid:
            reap(pid)
            time.sleep(0.05)
        reap(pid)
    try:
        os.unlink(token_pid_path(d))
    except FileNotFoundError:
        pass
    return pid is not None


def token_registry_config(d, port, realm, cert):
    return f"""version: 0.1
log:
  level: warn
  formatter: text
storage:
  filesystem:
    rootdirectory: {os.path.join(d, "storage")}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:{port}
  secret: {secrets.token_hex(16)}
auth:
  token:
    realm: {realm}
    service: {TOKEN_SERVICE}
    issuer: {TOKEN_ISSUER}
    rootcertbundle: {cert}
"""


class TokenRegistry(Registry):
    """Registry client that answers Bearer challenges with a token from the realm."""

    def __init__(self, host, username, password):
        super().__init__(host, username, password)
        self.basic = self.auth
        self.tokens = {}

    def token(self, challenge):
        params = dict(re.findall(r'(\w+)="([^"]*)"', challenge))
        query = {"service": params.get("service", "")}
        if params.get("scope"):
            query["scope"] = params["scope"]
        url = params["realm"] + "?" + urllib.parse.urlencode(query)
        req = urllib.request.Request(url)
        req.add_header("Authorization", self.basic)
        with self.opener.open(req, timeout=30) as resp:
            return json.load(resp)["token"]

    def request(self, method, path, data=None, headers=None):
        parts = urllib.parse.urlsplit(path).path.split("/")
        # /v2/<name>/(manifests|blobs|tags)/...: the repository name is what a token is for.
        scope_key = "/".join(parts[2:-2]) if len(parts) > 4 else ""
        self.auth = self.tokens.get(scope_key, self.basic)
        status, h, body = super().request(method, path, data, headers)
        challenge = h.get("Www-Authenticate") or h.get("WWW-Authenticate") or ""
        if status == 401 and challenge.startswith("Bearer "):
            # Ask for push and pull on the repository at once, as docker push does.
            challenge = re.sub(r'scope="(repository:[^"]*):[^":]*"',
                               r'scope="\1:pull,push"', challenge)
            self.auth = "Bearer " + self.token(challenge)
            self.tokens[scope_key] = self.auth
            status, h, body = super().request(method, path, data, headers)
        return status, h, body


def seed_token_image(reg, repo, tag, label):
    layer_tar = tar_of({f"etc/{label}.txt": f"chainscope token lab: {label}\n".encode()})
    layer = gzip.compress(layer_tar, mtime=0)
    config = canonical({"architecture": "amd64", "os": "linux",
                        "config": {"Labels": {"chainscope.lab": label}},
                        "rootfs": {"type": "layers",
                                   "diff_ids": [sha256_digest(layer_tar)]}})
    reg.push_blob(repo, config)
    reg.push_blob(repo, layer)
    manifest = canonical({"schemaVersion": 2, "mediaType": OCI_MANIFEST,
                          "config": {"mediaType": OCI_CONFIG, "digest": sha256_digest(config),
                                     "size": len(config)},
                          "layers": [{"mediaType": OCI_LAYER_GZIP,
                                      "digest": sha256_digest(layer), "size": len(layer)}]})
    digest = reg.put_manifest(repo, tag, manifest)
    return {"ref": f"{reg.base[7:]}/{repo}:{tag}", "repository": repo, "tag": tag,
            "digest": digest, "config": sha256_digest(config), "layer": sha256_digest(layer)}


def tar_of(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def cmd_start_token(args):
    t0 = time.monotonic()
    d = os.path.abspath(args.dir)
    stop_token_server(d)
    prepare_dir(d)
    users = {"writer": secrets.token_urlsafe(12), "reader": secrets.token_urlsafe(12)}
    try:
        made = json.loads(run([sys.executable, TOKENSERVER_PY, "keys", "--dir", d]).stdout)
        key, cert = made["key"], made["cert"]
        port_file = os.path.join(d, "tokenserver.port")
        config_path = os.path.join(d, "tokenserver.json")
        write_file(config_path, json.dumps({
            "issuer": TOKEN_ISSUER, "service": TOKEN_SERVICE, "key": key, "cert": cert,
            "ttl": args.ttl, "expBackdate": args.exp_backdate, "users": users, "acl": TOKEN_ACL,
            "log": os.path.join(d, "tokenserver.log"), "portFile": port_file}, indent=2), 0o600)
        logf = open(os.path.join(d, "tokenserver.stderr"), "ab")
        proc = subprocess.Popen([sys.executable, TOKENSERVER_PY, "serve", "--config",
                                 config_path], stdin=subprocess.DEVNULL, stdout=logf,
                                stderr=subprocess.STDOUT, start_new_session=True, cwd=d)
        logf.close()
        write_file(token_pid_path(d), f"{proc.pid}\n")
        deadline = time.monotonic() + 10
        while not os.path.exists(port_file):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise LabError("token server did not start:\n"
                               + tail(os.path.join(d, "tokenserver.stderr")))
            time.sleep(0.05)
        with open(port_file) as f:
            token_port = int(f.read())
        realm = f"http://127.0.0.1:{token_port}/token"

        port = args.port or free_port()
        host = f"127.0.0.1:{port}"
        launch_registry(d, port, token_registry_config(d, port, realm, cert))

        reg = TokenRegistry(host, "writer", users["writer"])
        images = {role: seed_token_image(reg, repo, tag, role)
                  for role, (repo, tag) in TOKEN_IMAGES.items()}
        state = {"registry": host, "url": f"http://{host}", "realm": realm,
                 "service": TOKEN_SERVICE, "issuer": TOKEN_ISSUER, "ttl": args.ttl,
                 "expBackdate": args.exp_backdate,
                 "users": users, "acl": TOKEN_ACL, "images": images,
                 "tokenLog": os.path.join(d, "tokenserver.log")}
        tmp = os.path.join(d, TOKEN_STATE + ".tmp")
        write_file(tmp, json.dumps(state, indent=2) + "\n", 0o600)
        os.replace(tmp, os.path.join(d, TOKEN_STATE))
    except BaseException:
        stop_registry(d)
        stop_token_server(d)
        raise
    log(f"token lab on {host}, realm {realm}, in {time.monotonic() - t0:.1f} s; "
        f"state: {os.path.join(d, TOKEN_STATE)}")
    return 0


# ---------------------------------------------------------------------------- check

def cmd_check(args):
    d = os.path.abspath(args.dir)
    st = load_state(d)
    if registry_pid(d) is None:
        raise LabError("the lab registry is not running")
    host, creds = st["registry"], f"{st['username']}:{st['password']}"
    reg = Registry(host, st["username"], st["password"])
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what, flush=True)
        if not cond:
            failures.append(what)

    bad = Registry(host, st["username"], st["password"] + "x")
    expect(bad.request("GET", "/v2/")[0] == 401, "wrong password is refused (401)")

    for name, img in st["images"].items():
        proc = run(["skopeo", "inspect", "--tls-verify=false", "--creds", creds,
                    f"docker://{img['ref']}"], check=False)
        ok = proc.returncode == 0 and json.loads(proc.stdout)["Digest"] == img["digest"]
        expect(ok, f"{name}: skopeo inspect {img['ref']} gives {img['digest']}")

    def signatures(repo, digest):
        """[(payload, payload json, signature bytes)] of the .sig for digest, or None."""
        _, raw = reg.get_manifest(repo, sig_tag(digest, "sig"))
        if raw is None:
            return None
        out = []
        for layer in json.loads(raw)["layers"]:
            payload = reg.get_blob(repo, layer["digest"])
            sig = base64.b64decode(layer["annotations"][SIG_ANNOTATION])
            out.append((layer["mediaType"], json.loads(payload), payload, sig))
        return out

    images = st["images"]
    for name in ["base", "service"]:
        img = images[name]
        sigs = signatures(img["repository"], img["digest"]) or []
        expect(len(sigs) == 1 and sigs[0][0] == SIMPLESIGNING,
               f"{name}: one simple-signing layer in {img.get('signatureTag')}")
        for _, doc, payload, sig in sigs:
            expect(doc["critical"]["image"]["docker-manifest-digest"] == img["digest"],
                   f"{name}: payload names the image digest")
            expect(doc["critical"]["identity"]["docker-reference"]
                   == f"{host}/{img['repository']}", f"{name}: docker-reference")
            expect(verify(st["publicKey"], payload, sig), f"{name}: verifies with the lab key")
            expect(not verify(st["otherPublicKey"], payload, sig),
                   f"{name}: does not verify with the other key")

    ubi = images["ubi"]
    expect(signatures(ubi["repository"], ubi["digest"]) is None, "ubi: no lab signature")

    _, raw = reg.get_manifest(images["base"]["repository"], images["base"]["digest"])
    ann = json.loads(raw).get("annotations", {})
    expect(ann.get("org.opencontainers.image.base.digest") == ubi["digest"]
           and ann.get("org.opencontainers.image.base.name") == ubi["ref"],
           "base: base.name/base.digest annotations name the UBI")
    svc = images["service"]
    _, raw = reg.get_manifest(svc["repository"], svc["digest"])
    manifest = json.loads(raw)
    expect(manifest.get("annotations", {}).get("org.opencontainers.image.base.digest")
           == images["base"]["digest"], "service: base.digest annotation names the base")
    cfg = json.loads(reg.get_blob(svc["repository"], manifest["config"]["digest"]))
    expect(cfg["config"].get("User") == "1001"
           and "8080/tcp" in cfg["config"].get("ExposedPorts", {})
           and cfg["config"]["Labels"].get("base.image") == images["base"]["ref"],
           "service: user 1001, port 8080/tcp, base.image label")

    att = st["attestations"]["service"]
    _, raw = reg.get_manifest(svc["repository"], att["tag"])
    ok = False
    if raw:
        layer = json.loads(raw)["layers"][0]
        env = json.loads(reg.get_blob(svc["repository"], layer["digest"]))
        body = base64.b64decode(env["payload"])
        stmt = json.loads(body)
        sig = base64.b64decode(env["signatures"][0]["sig"])
        ok = (layer["mediaType"] == DSSE_ENVELOPE
              and layer["annotations"].get("predicateType") == att["predicateType"]
              and verify(st["publicKey"], dsse_pae(env["payloadType"], body), sig)
              and stmt["subject"][0]["digest"]["sha256"] == svc["digest"].split(":")[1]
              and any(m["digest"].get("sha256") == images["base"]["digest"].split(":")[1]
                      for m in stmt["predicate"]["materials"]))
    expect(ok, "service: DSSE provenance verifies, subject = service, material = base")

    img = images["unsigned"]
    expect(signatures(img["repository"], img["digest"]) is None, "unsigned: no .sig tag")

    img = images["mismatched"]
    sigs = signatures(img["repository"], img["digest"]) or []
    expect(len(sigs) == 1 and verify(st["publicKey"], sigs[0][2], sigs[0][3])
           and sigs[0][1]["critical"]["image"]["docker-manifest-digest"]
           == img["payloadDigest"] != img["digest"],
           "mismatched: lab-signed payload names another digest")

    img = images["foreignSigned"]
    sigs = signatures(img["repository"], img["digest"]) or []
    expect(len(sigs) == 1 and not verify(st["publicKey"], sigs[0][2], sigs[0][3])
           and verify(st["otherPublicKey"], sigs[0][2], sigs[0][3])
           and spki_fingerprint(st["otherPublicKey"]) == img["signerFingerprint"],
           "foreignSigned: signed by the other key only")

    img = images["repushed"]
    old = signatures(img["repository"], img["signedDigest"]) or []
    expect(img["signedDigest"] != img["digest"]
           and signatures(img["repository"], img["digest"]) is None
           and len(old) == 1 and verify(st["publicKey"], old[0][2], old[0][3])
           and old[0][1]["critical"]["image"]["docker-manifest-digest"] == img["signedDigest"]
           and reg.get_manifest(img["repository"], img["signedDigest"])[0]
           == img["signedDigest"],
           "repushed: tag moved to an unsigned digest, old digest still signed")

    for kind, path in st["policies"].items():
        with open(path) as f:
            text = f.read()
        with open(st["publicKey"]) as f:
            key_line = f.read().strip().splitlines()[1]
        expect(f'"{host}/ztsc/*"' in text and key_line in text,
               f"policy {kind}: names the lab host and key")

    with open(os.path.join(st["dockerConfig"], "config.json")) as f:
        auth = json.load(f)["auths"][host]["auth"]
    expect(base64.b64decode(auth).decode() == creds, "docker config holds the credentials")

    if failures:
        print(f"lab check: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("lab check: all good")
    return 0


# ------------------------------------------------------------------------- selftest

def read_sigstore_attachment(path):
    """A containers/image `signature-N` file: b"\\x00sigstore-json\\n" + JSON."""
    with open(path, "rb") as f:
        data = f.read()
    prefix = b"\x00sigstore-json\n"
    if not data.startswith(prefix):
        raise LabError(f"{path} is not a sigstore signature file")
    return json.loads(data[len(prefix):])


def cmd_selftest(args):
    """Check the lab's signer against real cosign-made material (no registry needed).

    Uses tests/data/containers-image (cosign-created signatures with their public
    key) and tests/data/dsse-conformance (DSSE envelopes with known outcomes).
    """
    data = args.data or os.environ.get("CHAINSCOPE_TEST_DATA")
    if not data:
        raise LabError("selftest needs --data or CHAINSCOPE_TEST_DATA")
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what, flush=True)
        if not cond:
            failures.append(what)

    fixtures = os.path.join(data, "containers-image", "signature-fixtures")
    cosign_pub = os.path.join(fixtures, "cosign.pub")
    for case in ["dir-img-cosign-valid", "dir-img-cosign-valid-2", "dir-img-cosign-mixed"]:
        folder = os.path.join(fixtures, case)
        with open(os.path.join(folder, "manifest.json"), "rb") as f:
            manifest_digest = sha256_digest(f.read())
        for name in sorted(n for n in os.listdir(folder) if n.startswith("signature-")):
            att = read_sigstore_attachment(os.path.join(folder, name))
            payload = base64.b64decode(att["payload"])
            doc = json.loads(payload)
            ours = simple_signing_payload(doc["critical"]["identity"]["docker-reference"],
                                          doc["critical"]["image"]["docker-manifest-digest"])
            sig = base64.b64decode(att["annotations"][SIG_ANNOTATION])
            expect(att["mimeType"] == SIMPLESIGNING, f"{case}/{name}: layer media type")
            if case == "dir-img-cosign-mixed" and name == "signature-1":
                # containers/image README: the first signature is by an unknown key.
                expect(not verify(cosign_pub, payload, sig),
                       f"{case}/{name}: unknown key's signature does not verify")
                continue
            expect(ours == payload, f"{case}/{name}: lab payload is byte-identical to cosign's")
            expect(doc["critical"]["image"]["docker-manifest-digest"] == manifest_digest,
                   f"{case}/{name}: payload names sha256(manifest.json)")
            expect(verify(cosign_pub, payload, sig),
                   f"{case}/{name}: cosign's signature verifies with the lab verifier")
    att = read_sigstore_attachment(os.path.join(fixtures, "unknown-cosign-key.signature"))
    expect(not verify(cosign_pub, base64.b64decode(att["payload"]),
                      base64.b64decode(att["annotations"][SIG_ANNOTATION])),
           "unknown-cosign-key.signature: does not verify with cosign.pub")

    # ATTESTATION_SPEC.md's example manifest: a one-layer cosign config is 233 bytes.
    expect(len(cosign_config(["sha256:" + "0" * 64])) == 233,
           "cosign config blob has the 233-byte shape of the cosign spec example")

    dsse = os.path.join(data, "dsse-conformance")
    for case, outcome in [("happy-path-intoto-in-dsse-v3", True),
                          ("rekor2-dsse-happy-path", True),
                          ("dsse-invalid-sig_fail", False),
                          ("rekor2-dsse-invalid-sig_fail", False)]:
        with open(os.path.join(dsse, case, "envelope.json")) as f:
            env = json.load(f)
        pae = dsse_pae(env["payloadType"], base64.b64decode(env["payload"]))
        sig = base64.b64decode(env["signatures"][0]["sig"])
        expect(verify(os.path.join(dsse, case, "signer.pub"), pae, sig) == outcome,
               f"dsse {case}: PAE signature {'verifies' if outcome else 'is rejected'}")

    with tempfile.TemporaryDirectory() as tmp:
        key, pub = generate_key(os.path.join(tmp, "k"))
        _, other = generate_key(os.path.join(tmp, "o"))
        payload = simple_signing_payload("127.0.0.1:1/x", "sha256:" + "1" * 64)
        sig = sign(key, payload)
        expect(verify(pub, payload, sig) and not verify(other, payload, sig)
               and not verify(pub, payload + b" ", sig),
               "lab signer round trip: own key verifies, other key and altered payload fail")
        expect(len(spki_fingerprint(pub)) == 64 and spki_fingerprint(pub)
               != spki_fingerprint(other), "SPKI fingerprints are sha256 hex and distinct")

    if failures:
        print(f"lab selftest: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("lab selftest: all good")
    return 0


# ----------------------------------------------------------------------------- demo

def cmd_demo(args):
    command = args.command
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise LabError("demo needs a command after --")
    d = os.path.abspath(args.dir)
    state = state_path(d)
    child = None

    def forward(signum, _frame):
        if child is None:
            # Still starting: unwind so that start stops the registry it began.
            raise KeyboardInterrupt
        if child.poll() is None:
            child.send_signal(signum)

    old = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        cmd_start(args)
    except KeyboardInterrupt:
        log("interrupted while starting")
        return 130
    try:
        env = dict(os.environ, CHAINSCOPE_LAB_STATE=state)
        child = subprocess.Popen([c.replace("{state}", state) for c in command], env=env)
        while True:
            try:
                code = child.wait()
                break
            except InterruptedError:
                continue
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        stop_registry(d)
    return code if code >= 0 else 128 - code


def main(argv=None):
    p = argparse.ArgumentParser(description="Chainscope lab registry")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="start the lab and populate it")
    s.add_argument("--dir", required=True)
    s.add_argument("--port", type=int, default=0)
    s = sub.add_parser("start-token", help="start a registry with our token issuer")
    s.add_argument("--dir", required=True)
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--ttl", type=int, default=300, help="token lifetime in seconds")
    s.add_argument("--exp-backdate", type=int, default=0,
                   help="seconds taken off each token's exp (the registry allows 60 s of skew)")
    s = sub.add_parser("stop", help="stop the lab registry")
    s.add_argument("--dir", required=True)
    s = sub.add_parser("check", help="self-check a started lab")
    s.add_argument("--dir", required=True)
    s = sub.add_parser("selftest", help="check the signer against cosign-made fixtures")
    s.add_argument("--data", help="tests/data (default: $CHAINSCOPE_TEST_DATA)")
    s = sub.add_parser("demo", help="start, run a command, stop")
    s.add_argument("--dir", required=True)
    s.add_argument("--port", type=int, default=0)
    s.add_argument("command", nargs=argparse.REMAINDER)
    args = p.parse_args(argv)
    try:
        return {"start": cmd_start, "stop": cmd_stop, "check": cmd_check,
                "selftest": cmd_selftest, "demo": cmd_demo,
                "start-token": cmd_start_token}[args.cmd](args)
    except LabError as e:
        print(f"lab: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
