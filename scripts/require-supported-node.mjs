// Stops a Beacon process at once on a Node.js that package.json's `engines` does not accept
// ("^22.12 || >=24"), instead of letting better-sqlite3 13 crash it later (it segfaults on
// Node 20). Plain statements with no imports or exports: scripts/build-server.mjs puts this
// text at the top of dist/server.mjs and dist/worker.mjs, and scripts/register.mjs imports it
// first. scripts/node-runtime.test.ts keeps it in step with engines and scripts/node-runtime.sh.
{
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (!((major === 22 && minor >= 12) || major >= 24)) {
    process.stderr.write(
      `Beacon needs Node.js 22 (22.12 or later), 24 or 26; this is Node ${process.version}. ` +
        "`npm run serve` and `npm test` fetch Node 24 into .beacon/node/ on such a machine: " +
        'run with it first on PATH, e.g. PATH="$PWD/.beacon/node/bin:$PATH" npm start\n',
    );
    process.exit(1);
  }
}
