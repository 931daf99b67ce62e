import net from 'node:net';

/** Thrown before anything starts when a port the stack needs is taken. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly service: string,
    readonly envVar: string,
  ) {
    super(`Port ${port} is already in use (${service}). Stop the other process or set ${envVar}.`);
    this.name = 'PortInUseError';
  }
}

/** True when nothing listens on 127.0.0.1:port (we bind loopback only, like the services will). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export interface PortClaim {
  port: number;
  service: string;
  envVar: string;
}

/** Checks every port first, so a clash is reported before any process is spawned. */
export async function assertPortsFree(claims: PortClaim[]): Promise<void> {
  for (const claim of claims) {
    if (!(await isPortFree(claim.port))) throw new PortInUseError(claim.port, claim.service, claim.envVar);
  }
}

/** A port the OS just handed out; used by tests so they never clash with a running dev stack. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
