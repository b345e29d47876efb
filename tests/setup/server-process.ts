import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../packages/api/src/config.js';

/** The API as a process of its own, for tests that stop it the way an orchestrator does. */
export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  /** everything it printed so far */
  output(): string;
  /** resolves with the exit code */
  exited: Promise<number | null>;
}

export const API_DIST_MAIN = join(REPO_ROOT, 'packages/api/dist/main.js');
export const API_SRC_MAIN = join(REPO_ROOT, 'packages/api/src/main.ts');

const spawned = new Set<ChildProcess>();

/** Kills every process this file's tests started that is still running (for afterAll). */
export function killSpawned() {
  for (const p of spawned) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
}

/** Runs `node <args>` with `env` (on top of this process's); collects its output. */
export function runNode(args: string[], env: Record<string, string>) {
  const proc = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  spawned.add(proc);
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

/**
 * Starts the API (`args` picks the compiled bundle or the sources through tsx) on a free
 * port and waits until it prints its URL; rejects with its output if it exits first.
 */
export async function startServerProcess(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const run = runNode(args, { PORT: '0', HOST: '127.0.0.1', DEMO_CLIENTS: '0', ...env });
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void run.exited.then((c) => (exitCode = c));
  for (;;) {
    const m = /running at http:\/\/localhost:(\d+)/.exec(run.output());
    if (m) return { ...run, url: `http://127.0.0.1:${m[1]}` };
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode}:\n${run.output()}`);
    if (Date.now() > deadline) {
      run.proc.kill('SIGKILL');
      throw new Error(`server did not start:\n${run.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A new database on the test server: empty, or a copy of the template (`copy`). Named like
 * the template's copies, so the global teardown drops it if the test does not.
 */
export async function makeDatabase(adminUrl: string, templateDb: string, opts: { copy: boolean }) {
  const name = `crm_test_${randomBytes(4).toString('hex')}_${templateDb.split('_').pop()}`;
  const template = opts.copy ? templateDb : undefined;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
      break;
    } catch (err) {
      if (attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
