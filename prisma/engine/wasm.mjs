// Loads @prisma/schema-engine-wasm on plain Node. The package's entry does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot import,
// so its glue module is imported directly and the wasm is compiled by hand.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GLUE = "@prisma/schema-engine-wasm/schema_engine_bg";
const packageDir = () => path.dirname(fileURLToPath(import.meta.resolve(GLUE)));

let loaded;
let panicMessage;

// The wasm's panic hook reports the panic's message here before trapping; without this
// object the hook itself throws and the message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    panicMessage = message;
  },
};

/** The message of the last wasm panic, once. */
export function takePanicMessage() {
  const message = panicMessage;
  panicMessage = undefined;
  return message;
}

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} the initialised glue module */
export function loadWasmEngine() {
  loaded ??= (async () => {
    const glue = await import(GLUE);
    const bytes = fs.readFileSync(path.join(packageDir(), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loaded;
}

/** The wasm package's version, e.g. "7.10.0-4.0edf323e...": its suffix is the engine commit. */
export function wasmPackageVersion() {
  return JSON.parse(fs.readFileSync(path.join(packageDir(), "package.json"), "utf8")).version;
}
