import type { z } from "zod";
import { idSchema } from "../../lib/components/schemas";
import { NotFoundError } from "../../lib/errors";
import { parseInput } from "../../lib/validation";

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A path segment as an id. Anything that cannot be an id (empty, too long) names nothing that
 * exists, so it is a 404 like an unknown id, not a validation error.
 */
export function parsePathId(value: string | undefined, what: string): string {
  const result = idSchema.safeParse(value);
  // Control characters: no id has them, and PostgreSQL refuses NUL in a query's text.
  if (!result.success || CONTROL.test(result.data)) throw new NotFoundError(`${what} not found`);
  return result.data;
}

/** The query string as an object (the first value of a repeated name), parsed by `schema`. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) query[name] ??= value;
  return parseInput(schema, query);
}
