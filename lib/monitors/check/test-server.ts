import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

// Real servers on a free local port for the check's tests; closed with every connection they
// still hold (a test server that never answers keeps its sockets open otherwise).

export async function listen(server: Server): Promise<{ port: number; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { port, close };
}

/** A port nothing listens on: bound once, then freed. */
export async function closedPort(server: Server): Promise<number> {
  const { port, close } = await listen(server);
  await close();
  return port;
}
