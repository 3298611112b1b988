import { assertStorableText } from "../validation";
import { AppError, ValidationError } from "../errors";
import { PayloadTooLargeError } from "./http";

export const MAX_BODY_BYTES = 64 * 1024;

/** Far deeper than any request the API documents (3 levels); deeper bodies are refused unparsed. */
export const MAX_JSON_DEPTH = 32;

export type JsonObject = Record<string, unknown>;

function badRequest(message: string): AppError {
  return new AppError("bad_request", message);
}

/** Reads at most `limit` bytes, so a huge or endless body is refused without being buffered. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's JSON object. An empty body counts as `{}`, so actions whose fields all have
 * defaults (resolve) need none. Anything that is not a JSON object is a 400, never a 500.
 */
export async function readJsonBody(request: Request, { limit = MAX_BODY_BYTES }: { limit?: number } = {}): Promise<JsonObject> {
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badRequest("The request body is not valid UTF-8");
  }
  if (text.trim() === "") return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw badRequest(`The request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON");
  }
  if (!isJsonObject(value)) throw badRequest("The request body must be a JSON object");
  assertStorableText(value);
  return value;
}

/**
 * How deeply brackets nest in JSON text, counted without parsing (and so without recursion):
 * a 14 KB body of 7,000 nested arrays once overflowed the stack of every walk over it.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Statuspage's clients wrap a body in its resource's name (`{"incident": {...}}`); both forms
 * are accepted. A plain body never has that key, so its presence decides.
 */
export function unwrapBody(body: JsonObject, key: string): JsonObject {
  if (!Object.hasOwn(body, key)) return body;
  const inner = body[key];
  if (!isJsonObject(inner)) throw new ValidationError(`${key} must be an object`, { [key]: "must be an object" });
  return inner;
}
