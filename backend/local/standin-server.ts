// A local stand-in's HTTP server on loopback (the AI and Skyvern stand-ins): it listens on the port asked for
// (any free one by default) and stops by also dropping kept-alive connections, which close() alone would wait for.
import type http from 'node:http';

export interface RunningStandin {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function listen(server: http.Server, port = 0): Promise<RunningStandin> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
