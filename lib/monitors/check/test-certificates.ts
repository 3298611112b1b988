import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Certificates for the https tests, made with the openssl command line at test start so none
// is checked in to expire. OpenSSL 3.0's `x509 -req` cannot backdate, so the expired leaf is
// signed with `openssl ca`, whose -startdate/-enddate work on every 1.1 and 3.x release.

export type KeyPair = { key: string; cert: string };

export type TestCertificates = {
  /** The test CA's certificate (PEM), to pass as a check's `ca`. */
  ca: string;
  /** For 127.0.0.1 and localhost, signed by the CA, valid for 30 days. */
  valid: KeyPair;
  /** For 127.0.0.1 and localhost, signed by the CA, expired in 2020. */
  expired: KeyPair;
  /** For other.example only, signed by the CA. */
  otherHost: KeyPair;
  /** For 127.0.0.1 and localhost, signed by itself. */
  selfSigned: KeyPair;
  remove: () => void;
};

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
const LOCAL_NAMES = "subjectAltName=IP:127.0.0.1,DNS:localhost";

const CA_CONFIG = `[ ca ]
default_ca = test_ca
[ test_ca ]
database = index.txt
new_certs_dir = .
serial = serial.txt
default_md = sha256
policy = any
unique_subject = no
x509_extensions = leaf
[ any ]
commonName = supplied
[ leaf ]
basicConstraints = CA:FALSE
${LOCAL_NAMES}
`;

export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), "beacon-check-certs-"));
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
  const pair = (name: string): KeyPair => ({ key: read(`${name}.key`), cert: read(`${name}.crt`) });

  openssl("req", "-x509", ...EC_KEY, "-keyout", "ca.key", "-out", "ca.crt", "-days", "365", "-subj", "/CN=Beacon Test CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");

  const signed = (name: string, names: string, days: string) => {
    openssl("req", "-new", ...EC_KEY, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`);
    writeFileSync(path.join(dir, `${name}.ext`), `basicConstraints=CA:FALSE\n${names}\n`);
    openssl("x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-set_serial", String(Date.now()),
      "-days", days, "-extfile", `${name}.ext`, "-out", `${name}.crt`);
  };
  signed("valid", LOCAL_NAMES, "30");
  signed("other", "subjectAltName=DNS:other.example", "30");

  writeFileSync(path.join(dir, "ca.cnf"), CA_CONFIG);
  writeFileSync(path.join(dir, "index.txt"), "");
  writeFileSync(path.join(dir, "serial.txt"), "1000\n");
  openssl("req", "-new", ...EC_KEY, "-keyout", "expired.key", "-out", "expired.csr", "-subj", "/CN=expired");
  openssl("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.crt", "-keyfile", "ca.key", "-in", "expired.csr", "-out", "expired.crt",
    "-startdate", "20200101000000Z", "-enddate", "20200201000000Z", "-notext");

  openssl("req", "-x509", ...EC_KEY, "-keyout", "self.key", "-out", "self.crt", "-days", "30", "-subj", "/CN=localhost", "-addext", LOCAL_NAMES);

  return {
    ca: read("ca.crt"),
    valid: pair("valid"),
    expired: pair("expired"),
    otherHost: pair("other"),
    selfSigned: pair("self"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
