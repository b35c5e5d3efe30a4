import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './free-port';

const ROOT = resolve(__dirname, '..', '..');

export interface SpawnedServer {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
}

/**
 * server/main.ts as its own process on loopback (it serves dist/h5 as built, never building it), run by
 * node with tsx's loader rather than the tsx wrapper, so that a signal reaches the server itself. Resolves once /healthz answers,
 * or with the exit code and output when the server refuses to start.
 */
export const spawnServer = async (
  dataDir: string,
  args: readonly string[] = [],
  env: Record<string, string> = { NODE_ENV: 'development' },
): Promise<SpawnedServer | { exitCode: number; output: string }> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--no-build', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), ZD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((done) => child.once('exit', (code) => done(code ?? -1)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return { baseUrl, child, output: () => output };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) return { exitCode: await exited, output };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
};

export const startedServer = async (...args: Parameters<typeof spawnServer>): Promise<SpawnedServer> => {
  const started = await spawnServer(...args);
  if ('exitCode' in started) throw new Error(`server exited with ${started.exitCode}:\n${started.output}`);
  return started;
};

export const stopServer = async (server: SpawnedServer, signal: 'SIGINT' | 'SIGKILL' = 'SIGINT'): Promise<void> => {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill(signal);
  await exited;
};

export const JSON_HEADERS = { 'content-type': 'application/json' };

export const demoSession = async (baseUrl: string, persona: string): Promise<string> => {
  const answer = (await (
    await fetch(`${baseUrl}/api/demo/session`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ persona }),
    })
  ).json()) as { data: { token: string } };
  return answer.data.token;
};
