import { execFileSync } from "node:child_process";
import fs from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

// scripts/node-runtime.sh decides in bash which Node the README commands run on, and
// scripts/require-supported-node.mjs stops the CLI and the built server on any other: both
// must accept exactly the releases package.json's `engines` names.

// Runs scripts/require-supported-node.mjs as if on Node `version`: true when it lets it run.
function allowedAtStart(version: string): boolean {
  let exited = false;
  const fakeProcess = {
    version,
    versions: { node: version.replace(/^v/, "") },
    stderr: { write: () => true },
    exit: () => {
      exited = true;
    },
  };
  vm.runInNewContext(fs.readFileSync("scripts/require-supported-node.mjs", "utf8"), { process: fakeProcess });
  return !exited;
}

function supportedBySetup(version: string): boolean {
  try {
    execFileSync("bash", ["-c", 'source scripts/node-runtime.sh && node_version_is_supported "$1"', "_", version]);
    return true;
  } catch {
    return false;
  }
}

describe("the Node versions the commands and processes accept", () => {
  it("are those of engines: 22.12+, 24 and later", () => {
    const engines = JSON.parse(fs.readFileSync("package.json", "utf8")).engines;
    expect(engines.node).toBe("^22.12 || >=24");
    const table: [string, boolean][] = [
      ["v20.20.2", false],
      ["v21.7.3", false],
      ["v22.11.0", false],
      ["v22.12.0", true],
      ["v22.20.1", true],
      ["v23.11.0", false],
      ["v24.0.0", true],
      ["v24.22.3", true],
      ["v26.12.1", true],
      ["v30.1.0", true],
    ];
    expect(table.map(([version]) => [version, supportedBySetup(version)])).toEqual(table);
    expect(table.map(([version]) => [version, allowedAtStart(version)])).toEqual(table);
    expect(supportedBySetup("")).toBe(false);
    expect(supportedBySetup("(none)")).toBe(false);
  });

  it("include the Node running this test, and the pinned releases are supported ones", () => {
    expect(supportedBySetup(process.version)).toBe(true);
    const script = fs.readFileSync("scripts/node-runtime.sh", "utf8");
    const pinned = [...script.matchAll(/^BEACON_(?:SMOKE_)?NODE_VERSION=(\S+)$/gm)].map((m) => m[1]);
    expect(pinned).toHaveLength(2);
    for (const version of pinned) expect(supportedBySetup(`v${version}`)).toBe(true);
  });
});
