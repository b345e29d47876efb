import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A server the bench started, with the tail of its output for when it dies. */
export interface Child {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <args>` in `cwd` and waits until `ready()` answers true (polled), or fails with the
 * child's last output when it exits first or takes longer than `timeoutMs`.
 */
export async function startChild(opts: {
  name: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  url: string;
  ready: () => Promise<boolean>;
  timeoutMs?: number;
}): Promise<Child> {
  const proc = spawn(process.execPath, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (b: Buffer) => {
    tail = (tail + b.toString()).slice(-4000);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => proc.once('exit', (code) => {
    exited = code;
    resolve();
  }));
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`${opts.name} exited (${exited}) before it was ready:\n${tail}`);
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`${opts.name} was not ready in time:\n${tail}`);
    }
    if (await opts.ready().catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    proc,
    url: opts.url,
    async stop() {
      if (exited !== undefined) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Resident memory of a process in MiB (VmRSS, or VmHWM for the peak), from /proc; null where there is none. */
export function memoryMiB(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  if (!pid) return null;
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
