import net from "node:net";

// Whether something accepts connections on 127.0.0.1:port: how the tests know that a program
// they started (nginx, Caddy) is ready.

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Waits until the port answers or `alive()` says the program has exited; true once it answers. */
export async function waitForPort(port: number, alive: () => boolean, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && alive()) {
    if (await isListening(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
