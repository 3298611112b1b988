// Module-resolution hook, installed by register.mjs: `server-only` resolves to an empty module,
// since the processes that load this are the server. Synchronous, the form that
// module.registerHooks() takes; module.register() (older Node) gets the async wrapper.
const emptyModule = "data:text/javascript,export{}";

export function resolveSync(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return { url: emptyModule, format: "module", shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function resolve(specifier, context, nextResolve) {
  return resolveSync(specifier, context, nextResolve);
}
