import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const DEMO_PASSWORD = 'e2e-demo-password';

export interface RunningFoyer {
  url: string;
  /** Sends SIGTERM, as a process supervisor does, and tells how the process ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built server (packages/server/dist) on a free port, a fresh SQLite file and the demo world. */
export async function startFoyer(options: { smtpUrl: string }): Promise<RunningFoyer> {
  const entry = path.join(REPO_ROOT, 'packages/server/dist/main.js');
  if (!fs.existsSync(entry))
    throw new Error(`${entry} is missing: build first (npm test does, or pnpm -r build).`);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: `sqlite:${path.join(dataDir, 'foyer.db')}`,
      SMTP_URL: options.smtpUrl,
      FOYER_DEMO: 'true',
      FOYER_DEMO_PASSWORD: DEMO_PASSWORD,
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await waitForStart(child, output, 60_000);
  return {
    url,
    stop: async () => {
      const ended = await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return ended;
    },
  };
}

function waitForStart(child: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Foyer did not start in ${timeoutMs} ms:\n${output.join('')}`)),
      timeoutMs,
    );
    const check = () => {
      if (output.join('').includes('Foyer is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Foyer exited with code ${code}:\n${output.join('')}`));
    });
  });
}

function stopProcess(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal });
    });
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
