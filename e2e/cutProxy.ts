// A TCP relay on loopback that a spec can cut, as a train's tunnel cuts
// the network: every open connection dies at once, without the server
// closing anything, and new connections get through again at once.
import { createServer, connect, type Socket } from "node:net";

export interface CutProxy {
  /** The port the relay listens on (chosen by the system). */
  readonly port: number;
  /** Destroys every open connection, both ends. */
  cut(): void;
  close(): Promise<void>;
}

/** Starts a relay to 127.0.0.1:`targetPort`. */
export async function cutProxy(targetPort: number): Promise<CutProxy> {
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    cut() {
      for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
