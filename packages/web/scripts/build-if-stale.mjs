#!/usr/bin/env node
// Builds the web app only when its sources changed since the last build, so restarting
// the CRM skips a ~10 s Vite build. The hash covers everything the bundle is made from:
// packages/web/{index.html,vite.config.ts,package.json,src/**} and packages/schema/src/**
// (the generated typed documents). Plain Node, no dependencies: it runs before install-free
// restarts and must not need anything the build itself provides.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(webDir, '..', '..');
const distDir = join(webDir, 'dist');
const hashFile = join(distDir, '.build-hash');

/** Every file under dir, recursively, skipping node_modules and dot-directories. */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : walk(path);
    return entry.isFile() ? [path] : [];
  });
}

function sourceHash() {
  const files = [
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) => join(webDir, f)).filter((f) => existsSync(f) && statSync(f).isFile()),
    ...walk(join(webDir, 'src')),
    ...walk(join(repoDir, 'packages', 'schema', 'src')),
  ];
  // paths in the hash too (a rename is a change), '/'-separated and sorted so the hash is
  // the same on every machine and OS
  const entries = files.map((f) => ({ name: relative(repoDir, f).split(sep).join('/'), path: f })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { name, path } of entries) {
    hash.update(name);
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const current = sourceHash();
const previous = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;

if (previous === current && existsSync(join(distDir, 'index.html'))) {
  console.log('web app up to date');
  process.exit(0);
}

console.log(previous ? 'web sources changed: building the web app' : 'no previous web build: building the web app');
const vite = join(webDir, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
const result = spawnSync(vite, ['build'], { cwd: webDir, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.error) {
  console.error(`could not run ${vite}: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) process.exit(result.status ?? 1);

// written only after a successful build (vite empties dist/ first)
writeFileSync(hashFile, `${current}\n`);
