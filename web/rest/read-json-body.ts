import { assertStorableText } from "../../lib/validation";
import { AppError, ValidationError } from "../../lib/errors";
import { API_BODY_LIMIT } from "../http/body-limits";
import { BodyTooLargeError, readLimitedBody } from "../http/read-limited-body";
import { PayloadTooLargeError } from "../expected-failure";

/** Far deeper than any request the API documents (3 levels); deeper bodies are refused unparsed. */
export const MAX_JSON_DEPTH = 32;

export type JsonObject = Record<string, unknown>;

function badRequest(message: string): AppError {
  return new AppError("bad_request", message);
}

/**
 * The request's JSON object. An empty body counts as `{}`, so actions whose fields all have
 * defaults (resolve) need none. Anything that is not a JSON object is a 400, never a 500.
 */
export async function readJsonBody(request: Request, { limit = API_BODY_LIMIT }: { limit?: number } = {}): Promise<JsonObject> {
  const bytes = await readLimitedBody(request, limit).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new PayloadTooLargeError(error.limitBytes) : error;
  });
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
