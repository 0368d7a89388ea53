"""Wire side of the Twofold adversary suite: throwaway identities, frames, TLS peers, pairing
math (PROTOCOL.md §2, §4, §5, §7). Black box: written from the document, not the code."""

import hashlib
import json
import os
import socket
import ssl
import struct
import subprocess
import time

from advbase import ATTACKER_ADDR, SetupError

# ----------------------------------------------------------------------------------------------
# Identity: throwaway certificates (PROTOCOL.md §2) made with the openssl command line


class Identity:
    def __init__(self, cert_path, key_path):
        self.cert_path = cert_path
        self.key_path = key_path
        with open(cert_path) as f:
            pem = f.read()
        self.der = ssl.PEM_cert_to_DER_cert(pem)
        self.digest = hashlib.sha256(self.der).digest()
        spki = subprocess.run(
            "openssl x509 -in '%s' -pubkey -noout | openssl pkey -pubin -outform DER" % cert_path,
            shell=True, capture_output=True, check=True, timeout=20).stdout
        self.device_id = hashlib.sha256(spki).hexdigest()


def make_identity(directory, name="Mallory"):
    os.makedirs(directory, exist_ok=True)
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-keyout", key, "-out", cert, "-days", "7300", "-nodes", "-sha256", "-subj", "/CN=" + name,
                    "-addext", "basicConstraints=critical,CA:FALSE",
                    "-addext", "extendedKeyUsage=serverAuth,clientAuth"],
                   check=True, capture_output=True, timeout=20)
    os.chmod(key, 0o600)
    return Identity(cert, key)


def digest_of_pem_file(path):
    with open(path) as f:
        return hashlib.sha256(ssl.PEM_cert_to_DER_cert(f.read())).digest()


# ----------------------------------------------------------------------------------------------
# Frames and TLS peers (PROTOCOL.md §4, §5)


def frame(obj):
    payload = json.dumps(obj, separators=(",", ":")).encode()
    return struct.pack(">I", len(payload)) + payload


PING = frame({"type": "ping"})


def client_context(ident):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(ident.cert_path, ident.key_path)
    return ctx


def server_context(ident, trust_pem=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(ident.cert_path, ident.key_path)
    ctx.num_tickets = 0
    if trust_pem:
        # Python can only ask for a client certificate when it verifies it: trust exactly the
        # victim's own self-signed certificate (known from the profile we created for it).
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(trust_pem)
    return ctx


class Peer:
    """One framed TLS connection to (or from) a victim."""

    def __init__(self, tls_sock, ident):
        self.sock = tls_sock
        self.ident = ident
        self.buf = b""
        self.peer_der = tls_sock.getpeercert(binary_form=True)
        self.peer_digest = hashlib.sha256(self.peer_der).digest() if self.peer_der else None
        self.peer_hello = None
        self.received = []

    @classmethod
    def connect(cls, ident, port, host="127.0.0.1", timeout=5.0, source=ATTACKER_ADDR, rcvbuf=None):
        raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        if source:
            raw.bind((source, 0))
        raw.settimeout(timeout)
        try:
            raw.connect((host, port))
            tls = client_context(ident).wrap_socket(raw, server_hostname=None)
        except Exception:
            raw.close()
            raise
        return cls(tls, ident)

    def send(self, obj):
        self.sock.sendall(frame(obj))

    def send_raw(self, data):
        self.sock.sendall(data)

    def recv(self, timeout=5.0):
        """Next message (dict), or None on timeout / close."""
        deadline = time.monotonic() + timeout
        while True:
            if len(self.buf) >= 4:
                n = struct.unpack(">I", self.buf[:4])[0]
                if len(self.buf) >= 4 + n:
                    payload, self.buf = self.buf[4:4 + n], self.buf[4 + n:]
                    try:
                        msg = json.loads(payload)
                    except ValueError:
                        msg = {"type": "<malformed>"}
                    self.received.append(msg)
                    return msg
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except (socket.timeout, ssl.SSLWantReadError):
                return None
            except (ssl.SSLError, OSError):
                return None
            if not chunk:
                return None
            self.buf += chunk

    def recv_type(self, types, timeout=5.0, answer_pings=True):
        """Read until a message whose type is in `types`; answers pings meanwhile."""
        if isinstance(types, str):
            types = (types,)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            msg = self.recv(left)
            if msg is None:
                return None
            t = msg.get("type")
            if t in types:
                return msg
            if answer_pings and t == "ping":
                try:
                    self.send({"type": "pong", "t": msg.get("t", 0), "at": int(time.time() * 1000)})
                except OSError:
                    return None

    def hello(self, version=None, name="Mallory", port=0, timeout=5.0):
        """Exchange hellos: read the victim's (it sends at once), answer with ours (same version
        unless told otherwise). Returns the victim's hello."""
        theirs = self.recv_type("hello", timeout)
        self.peer_hello = theirs
        v = version if version is not None else (theirs or {}).get("version", 1)
        msg = {"type": "hello", "version": v, "deviceId": self.ident.device_id, "name": name}
        if port:
            msg["port"] = port
        self.send(msg)
        return theirs

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


# ----------------------------------------------------------------------------------------------
# Pairing math (PROTOCOL.md §7)


def commitment(na, da, db):
    return hashlib.sha256(b"twofold-commit-v1" + na + da + db).hexdigest()


def pairing_code(da, db, na, nb):
    h = hashlib.sha256(b"twofold-pair-v1" + da + db + na + nb).digest()
    return "%06d" % (struct.unpack(">I", h[:4])[0] % 1000000)


def check_test_vector():
    da, db = bytes([0x11]) * 32, bytes([0x22]) * 32
    na, nb = bytes([0x33]) * 32, bytes([0x44]) * 32
    assert commitment(na, da, db) == "b7353fd4fe2111a4435a8976deb958e7d31720b4f18b46f873fcbe988da3faaf"
    assert pairing_code(da, db, na, nb) == "462550"
    assert pairing_code(da, db, na, nb[:-1] + b"\x02") == "090718"


def pair_as_invitee(peer, my_digest, victim_digest, timeout=10.0):
    """Python peer is B (invitee), the victim is A (inviter, later the session host).

    Follows §7.1: invite -> accept -> commit -> nonce -> open (check) -> confirm -> stored.
    Returns the code."""
    inv = peer.recv_type("pair-invite", timeout)
    if inv is None:
        raise SetupError("victim never sent pair-invite")
    peer.send({"type": "pair-accept"})
    com = peer.recv_type("pair-commit", timeout)
    if com is None:
        raise SetupError("victim never sent pair-commit (got %r)" % peer.received[-3:])
    nb = os.urandom(32)
    peer.send({"type": "pair-nonce", "nonce": nb.hex()})
    opened = peer.recv_type("pair-open", timeout)
    if opened is None:
        raise SetupError("victim never sent pair-open")
    na = bytes.fromhex(opened["nonce"])
    da, db = victim_digest, my_digest
    if commitment(na, da, db) != com["commitment"]:
        raise SetupError("victim's commitment does not open (do the digests match the document?)")
    code = pairing_code(da, db, na, nb)
    peer.send({"type": "pair-confirm"})
    got = peer.recv_type("pair-confirm", timeout)
    if got is None:
        raise SetupError("victim never confirmed the code")
    peer.send({"type": "pair-stored"})
    st = peer.recv_type(("pair-stored", "pair-cancel"), timeout)
    if st is None or st.get("type") != "pair-stored":
        raise SetupError("victim did not store the pairing: %r" % (st,))
    return code


def pair_as_inviter(peer, my_digest, victim_digest, name="Mallory", timeout=10.0):
    """Python peer is A (inviter), the victim (host --yes) is B."""
    peer.send({"type": "pair-invite", "name": name})
    ans = peer.recv_type(("pair-accept", "pair-decline", "bye", "error"), timeout)
    if ans is None or ans.get("type") != "pair-accept":
        raise SetupError("invitation not accepted: %r" % (ans,))
    na = os.urandom(32)
    da, db = my_digest, victim_digest
    peer.send({"type": "pair-commit", "commitment": commitment(na, da, db)})
    nb_msg = peer.recv_type("pair-nonce", timeout)
    if nb_msg is None:
        raise SetupError("no pair-nonce")
    nb = bytes.fromhex(nb_msg["nonce"])
    peer.send({"type": "pair-open", "nonce": na.hex()})
    code = pairing_code(da, db, na, nb)
    peer.send({"type": "pair-confirm"})
    if peer.recv_type("pair-confirm", timeout) is None:
        raise SetupError("no pair-confirm")
    peer.send({"type": "pair-stored"})
    st = peer.recv_type(("pair-stored", "pair-cancel"), timeout)
    if st is None or st.get("type") != "pair-stored":
        raise SetupError("victim did not store: %r" % (st,))
    return code


# ----------------------------------------------------------------------------------------------
# Raw bytes: the beginning of a real TLS 1.3 ClientHello


def client_hello_bytes(ident):
    ctx = client_context(ident)
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(inc, out, server_side=False)
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return out.read()


