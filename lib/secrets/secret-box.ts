import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getInstanceSecret } from "./instance-secret";

// Secrets Beacon must read back (a webhook's signing secret, a Slack webhook URL) are kept encrypted with a key
// derived from the instance secret, so a copy of the database alone does not reveal them.
// AES-256-GCM: the tag also proves the value was sealed by this instance for this purpose.

const VERSION = "v1";

// webhook-signing: a webhook subscriber's signing secret; chat-webhook-url: a team channel's URL;
// monitor-headers: the request headers of a monitor (an Authorization header, say).
export type SecretPurpose = "webhook-signing" | "chat-webhook-url" | "monitor-headers";

async function keyFor(purpose: SecretPurpose): Promise<Buffer> {
  const secret = await getInstanceSecret();
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), `beacon secret-box ${purpose}`, 32));
}

/** Encrypts `plain` as `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
export async function sealSecret(purpose: SecretPurpose, plain: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await keyFor(purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain secret; null when it was sealed with another instance secret or is not a sealed value. */
export async function openSecret(purpose: SecretPurpose, sealed: string): Promise<string | null> {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", await keyFor(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
