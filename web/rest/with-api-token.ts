import "server-only";
import { authenticateApiToken, type TokenActor } from "../../lib/auth/authenticate-token";
import { log } from "../../lib/log";
import { errorResponse, expectedErrorResponse, INTERNAL_ERROR_MESSAGE } from "./http";
import { recordTokenFailure } from "../../lib/auth/token-failure-throttle";

export type ApiParams = Record<string, string>;
export type ApiContext<P extends ApiParams> = { actor: TokenActor; params: Partial<P> };
export type ApiHandler<P extends ApiParams> = (request: Request, context: ApiContext<P>) => Promise<Response>;

// Next 16 passes { params: Promise<...> }; optional so a collection route can be called bare.
export type RouteContext<P extends ApiParams> = { params: Promise<P> };

function unauthorized(tokenSent: boolean): Response {
  // RFC 6750: say that a bearer token is wanted, and whether the one sent was refused.
  const challenge = tokenSent ? 'Bearer realm="beacon", error="invalid_token"' : 'Bearer realm="beacon"';
  const message = tokenSent
    ? "The API token is unknown, revoked or expired"
    : "Send an API token as Authorization: Bearer <token>";
  return errorResponse(401, "unauthorized", message, { headers: { "WWW-Authenticate": challenge } });
}

function tooManyAttempts(minutes: number): Response {
  const message = `Too many requests with an invalid token. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  return errorResponse(429, "rate_limited", message, { headers: { "Retry-After": String(minutes * 60) } });
}

/** What is logged about a failure: its kind and first line, never the body or the token. */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const firstLine = error.message.split("\n").find((line) => line.trim() !== "") ?? "";
  const code = (error as Error & { code?: unknown }).code;
  return { error: error.name, ...(typeof code === "string" ? { code } : {}), message: firstLine.trim().slice(0, 300) };
}

/**
 * Wraps a /api/v1 route handler: authenticates the bearer token (cookies are never read, so a
 * browser session cannot be ridden: no CSRF), and turns thrown errors into JSON answers.
 * Expected errors map to their 4xx; anything else is logged and answered with a generic 500.
 */
export function withApiToken<P extends ApiParams = Record<string, never>>(handler: ApiHandler<P>) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    const path = new URL(request.url).pathname;
    let actor: TokenActor | null = null;
    try {
      const header = request.headers.get("authorization");
      const tokenSent = Boolean(header?.trim());
      // The token is checked first, so a valid one always works. Bad ones are counted per
      // address (server/server.ts sets it): after 10 in 15 minutes that address gets 429 for them.
      actor = await authenticateApiToken(header);
      if (!actor) {
        if (tokenSent) {
          const ip = request.headers.get("x-beacon-client-ip") ?? "unknown";
          const throttle = await recordTokenFailure(ip, new Date());
          if (!throttle.allowed) return tooManyAttempts(throttle.retryAfterMinutes);
        }
        return unauthorized(tokenSent);
      }
      const params: Partial<P> = (await context?.params) ?? {};
      return await handler(request, { actor, params });
    } catch (error) {
      const expected = expectedErrorResponse(error);
      if (expected) return expected;
      log.error("api request failed", { method: request.method, path, tokenId: actor?.id ?? null, ...describeError(error) });
      return errorResponse(500, "internal", INTERNAL_ERROR_MESSAGE);
    }
  };
}
