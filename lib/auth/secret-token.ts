import { createHash, randomBytes } from "node:crypto";

// Session cookies and API tokens are random values shown once; only their SHA-256 is stored,
// so a leaked database does not leak working credentials. (They carry 256 random bits, so a
// fast hash is enough: there is nothing to brute-force, unlike a password.)

export function generateSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
