#!/usr/bin/env python3
"""A token issuer for the distribution registry's `auth: token` mode.

The registry (docker-registry 2.8, `auth.token` with realm, service, issuer and
rootcertbundle) sends clients here for a JWT; it then checks the token's
signature, issuer, audience, expiry and `access` claim itself, so the scopes
this server grants are enforced by the real registry. This is a fake only in
the sense that the issuer is ours: it implements the token protocol of
distribution's docs/spec/auth (token.md, jwt.md, oauth.md, scope.md).

Subcommands
  keys  --dir DIR                 make DIR/token.key (RSA) and DIR/token.pem, a
                                  self-signed certificate to use as the registry's
                                  rootcertbundle
  serve --config FILE [--port N]  serve GET/POST /token; writes the bound port to
                                  the config's "portFile" when given

Config (JSON): issuer, service, key, cert, ttl (seconds), expBackdate (seconds
taken off exp, see sign()), users {name: password},
acl [{"account": NAME or "" (anonymous) or "*" (any signed-in user),
"type": "repository", "name": fnmatch pattern, "actions": [...]}], log (a JSON
lines file of every request: method, account, scopes asked and granted, grant
type, whether an Authorization header came).

Tokens are RS256 JWTs with the signing certificate in the `x5c` header (the
registry checks it chains to rootcertbundle) and a libtrust-style `kid`.
OAuth2 (oauth.md): POST grant_type=password or refresh_token returns a
refresh_token (password grant: when access_type=offline); GET with
offline_token=true does too. Refresh tokens live in memory for the server's life.

Python 3 standard library plus the `openssl` command line.
"""

import argparse
import base64
import fnmatch
import hashlib
import json
import os
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def run(cmd, data=None):
    proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {proc.stderr.decode(errors='replace')}")
    return proc.stdout


def make_keys(d):
    os.makedirs(d, exist_ok=True)
    key, cert = os.path.join(d, "token.key"), os.path.join(d, "token.pem")
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
         "-out", cert, "-days", "30", "-subj", "/CN=chainscope lab token issuer"])
    os.chmod(key, 0o600)
    return key, cert


def libtrust_kid(cert_pem_path):
    """libtrust's key ID: SHA-256 of the DER SPKI, first 240 bits, base32, 4-char groups."""
    spki = run(["openssl", "x509", "-in", cert_pem_path, "-noout", "-pubkey"])
    der = run(["openssl", "pkey", "-pubin", "-outform", "DER"], spki)
    b32 = base64.b32encode(hashlib.sha256(der).digest()[:30]).decode().rstrip("=")
    return ":".join(b32[i:i + 4] for i in range(0, len(b32), 4))


def parse_scope(scope):
    """'repository:org/app:pull,push' -> ('repository', 'org/app', ['pull', 'push'])."""
    first, last = scope.find(":"), scope.rfind(":")
    if first < 0 or last == first:
        return None
    return scope[:first], scope[first + 1:last], [a for a in scope[last + 1:].split(",") if a]


class Issuer:
    def __init__(self, config):
        self.config = config
        self.users = config.get("users", {})
        self.acl = config.get("acl", [])
        self.ttl = int(config.get("ttl", 300))
        with open(config["cert"], "rb") as f:
            pem = f.read()
        der = run(["openssl", "x509", "-outform", "DER"], pem)
        self.header = {"typ": "JWT", "alg": "RS256", "kid": libtrust_kid(config["cert"]),
                       "x5c": [base64.b64encode(der).decode()]}
        self.refresh = {}  # refresh token -> account
        self.lock = threading.Lock()
        self.log_path = config.get("log")

    def record(self, entry):
        if not self.log_path:
            return
        with self.lock, open(self.log_path, "a") as f:
            f.write(json.dumps(entry) + "\n")

    def allowed(self, account, rtype, name):
        actions = set()
        for rule in self.acl:
            who = rule.get("account", "")
            if not (who == account or (who == "*" and account)):
                continue
            if rule.get("type", "repository") != rtype:
                continue
            if fnmatch.fnmatchcase(name, rule.get("name", "")):
                actions.update(rule.get("actions", []))
        return actions

    def grant(self, account, scopes):
        access = []
        for scope in scopes:
            parsed = parse_scope(scope)
            if not parsed:
                continue
            rtype, name, wanted = parsed
            allowed = self.allowed(account, rtype, name)
            granted = [a for a in wanted if a in allowed or ("*" in allowed)]
            # distribution's token.md: a scope with no granted action is left out,
            # so the registry answers 401 insufficient_scope on its own.
            if granted:
                access.append({"type": rtype, "name": name, "actions": granted})
        return access

    def sign(self, account, service, access):
        now = int(time.time())
        # expBackdate moves exp into the past by that many seconds: the registry
        # allows 60 s of clock skew, so tests that need a token to expire soon
        # set it near 60 instead of waiting a minute.
        exp = now + self.ttl - int(self.config.get("expBackdate", 0))
        claims = {"iss": self.config["issuer"], "sub": account, "aud": service,
                  "exp": exp, "nbf": min(now - 1, exp - 1), "iat": now,
                  "jti": secrets.token_hex(16), "access": access}
        signing_input = (b64url(json.dumps(self.header, separators=(",", ":")).encode())
                         + "." + b64url(json.dumps(claims, separators=(",", ":")).encode()))
        sig = run(["openssl", "dgst", "-sha256", "-sign", self.config["key"]],
                  signing_input.encode())
        return signing_input + "." + b64url(sig), now

    def new_refresh_token(self, account):
        token = "rt-" + secrets.token_urlsafe(24)
        with self.lock:
            self.refresh[token] = account
        return token

    def refresh_account(self, token):
        with self.lock:
            return self.refresh.get(token)


def make_handler(issuer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet: the JSON log says what matters
            pass

        def reply(self, status, body, extra=None):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def unauthorized(self, message, entry):
            entry["result"] = "unauthorized"
            issuer.record(entry)
            self.reply(401, {"errors": [{"code": "UNAUTHORIZED", "message": message}]},
                       {"WWW-Authenticate": 'Basic realm="chainscope lab token issuer"'})

        def basic_account(self, entry):
            """(account, error): '' for anonymous; None with a message when refused."""
            header = self.headers.get("Authorization", "")
            entry["authorization"] = header.split(" ", 1)[0] if header else ""
            if not header:
                return "", None
            if not header.lower().startswith("basic "):
                return None, "only Basic credentials are accepted here"
            try:
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return None, "malformed Basic credentials"
            entry["user"] = user
            if user in issuer.users and secrets.compare_digest(issuer.users[user], password):
                return user, None
            return None, "invalid username or password"

        def issue(self, account, service, scopes, entry, refresh=None):
            if service != issuer.config["service"]:
                entry["result"] = "bad service"
                issuer.record(entry)
                self.reply(400, {"errors": [{"code": "DENIED",
                                             "message": f"unknown service {service!r}"}]})
                return
            access = issuer.grant(account, scopes)
            token, now = issuer.sign(account, service, access)
            entry.update(account=account, scopes=scopes,
                         granted=[f"{a['type']}:{a['name']}:{','.join(a['actions'])}"
                                  for a in access], result="ok")
            issuer.record(entry)
            body = {"token": token, "access_token": token, "expires_in": issuer.ttl,
                    "issued_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))}
            if refresh:
                body["refresh_token"] = refresh
            self.reply(200, body)

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            entry = {"method": "GET", "path": url.path, "time": time.time()}
            if url.path != "/token":
                self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such path"}]})
                return
            account, error = self.basic_account(entry)
            if account is None:
                self.unauthorized(error, entry)
                return
            scopes = [s for v in query.get("scope", []) for s in v.split(" ") if s]
            refresh = None
            if account and query.get("offline_token", [""])[0] == "true":
                refresh = issuer.new_refresh_token(account)
            self.issue(account, query.get("service", [""])[0], scopes, entry, refresh)

        def do_POST(self):
            url = urllib.parse.urlsplit(self.path)
            entry = {"method": "POST", "path": url.path, "time": time.time()}
            length = int(self.headers.get("Content-Length") or 0)
            form = urllib.parse.parse_qs(self.rfile.read(length).decode(errors="replace"),
                                         keep_blank_values=True)
            if url.path != "/token":
                self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such path"}]})
                return

            def field(name):
                return form.get(name, [""])[0]

            grant = field("grant_type")
            entry["grant_type"] = grant
            entry["authorization"] = self.headers.get("Authorization", "").split(" ", 1)[0]
            scopes = [s for v in form.get("scope", []) for s in v.split(" ") if s]
            if grant == "password":
                user, password = field("username"), field("password")
                entry["user"] = user
                if user not in issuer.users or not secrets.compare_digest(
                        issuer.users[user], password):
                    self.unauthorized("invalid username or password", entry)
                    return
                refresh = (issuer.new_refresh_token(user)
                           if field("access_type") == "offline" else None)
                self.issue(user, field("service"), scopes, entry, refresh)
            elif grant == "refresh_token":
                account = issuer.refresh_account(field("refresh_token"))
                if account is None:
                    self.unauthorized("unknown or expired refresh token", entry)
                    return
                entry["user"] = account
                # oauth.md: the same refresh token stays valid and may be returned.
                self.issue(account, field("service"), scopes, entry, field("refresh_token"))
            else:
                entry["result"] = "unsupported grant"
                issuer.record(entry)
                self.reply(400, {"error": "unsupported_grant_type"})

    return Handler


def cmd_serve(args):
    with open(args.config) as f:
        config = json.load(f)
    issuer = Issuer(config)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(issuer))
    server.daemon_threads = True
    port = server.server_address[1]
    if config.get("portFile"):
        tmp = config["portFile"] + ".tmp"
        with open(tmp, "w") as f:
            f.write(f"{port}\n")
        os.replace(tmp, config["portFile"])
    print(f"tokenserver: listening on 127.0.0.1:{port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_keys(args):
    key, cert = make_keys(args.dir)
    print(json.dumps({"key": key, "cert": cert}))
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(description="Token issuer for the distribution registry")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("keys")
    s.add_argument("--dir", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--config", required=True)
    s.add_argument("--port", type=int, default=0)
    args = p.parse_args(argv)
    return {"keys": cmd_keys, "serve": cmd_serve}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
