import { createHmac, timingSafeEqual } from "node:crypto";

// Links in emails carry a token signed with the instance secret, so nothing is stored and a
// token cannot be forged or moved to another subscriber. A confirmation token names the
// confirmation it belongs to (a version bumped with every new confirmation email) and expires;
// a manage token (also used by one-click unsubscribe) lasts as long as the subscription.

export const CONFIRM_LINK_HOURS = 48;

export type ConfirmClaim = { subscriberId: string; version: number; expiresAt: Date };

function mac(secret: Buffer, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function signConfirmToken(secret: Buffer, subscriberId: string, version: number, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + CONFIRM_LINK_HOURS * 3600;
  const body = `${subscriberId}.${version}.${expires}`;
  return `${body}.${mac(secret, `confirm|${body}`)}`;
}

/** The claim in a confirmation token; "invalid" for a forged or mangled one, "expired" once past. */
export function readConfirmToken(secret: Buffer, token: string, now = new Date()): ConfirmClaim | "invalid" | "expired" {
  const parts = token.split(".");
  if (parts.length !== 4) return "invalid";
  const [subscriberId, version, expires, signature] = parts as [string, string, string, string];
  if (!/^\d+$/.test(version) || !/^\d+$/.test(expires)) return "invalid";
  if (!sameMac(signature, mac(secret, `confirm|${subscriberId}.${version}.${expires}`))) return "invalid";
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return "expired";
  return { subscriberId, version: Number(version), expiresAt };
}

export function signManageToken(secret: Buffer, subscriberId: string): string {
  return `${subscriberId}.${mac(secret, `manage|${subscriberId}`)}`;
}

/** The subscriber a manage token names, or null for a forged or mangled one. */
export function readManageToken(secret: Buffer, token: string): string | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [subscriberId, signature] = parts as [string, string];
  return sameMac(signature, mac(secret, `manage|${subscriberId}`)) ? subscriberId : null;
}
