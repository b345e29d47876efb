// Prints the authorisation matrix as markdown; `--write` replaces the table in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matrixMarkdown, README_END, README_START } from './matrix.js';

const readme = fileURLToPath(new URL('../../README.md', import.meta.url));
const table = matrixMarkdown();
if (process.argv.includes('--write')) {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  writeFileSync(readme, `${text.slice(0, start + README_START.length)}\n${table}${text.slice(end)}`);
} else {
  process.stdout.write(table);
}
