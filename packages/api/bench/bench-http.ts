import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { BOOK, CLIENT_PAGE, WORKLIST } from './page-documents.js';

// Throughput of the three reads people use most, end to end over HTTP (Express, Apollo,
// type-graphql, the loaders, PostgreSQL, JSON): the adviser's book (clients first 50 with the
// current tier), the client page (what the web's client page asks, as one document: profile,
// tier history, 50 timeline entries, 365 days of assets, points, service levels, next contact)
// and the worklist (first 25). Signs in as --email against a running API at --url; each page
// gets --connections connections for --seconds seconds, one after the other. Prints req/s and
// latency p50 / p99 per page, and with --pid the API process's CPU time per request.
//   npx -y pnpm@10 --filter @crm/api run bench:http -- --url http://localhost:4000 --seconds 10
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    email: { type: 'string', default: 'adviser@demo.local' },
    password: { type: 'string', default: 'demo-password' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    only: { type: 'string' },
    // the API's process id, to report its CPU time per request (Linux /proc): steadier than req/s on a shared machine
    pid: { type: 'string' },
  },
});
const base = values.url!.replace(/\/$/, '');


const headers = { 'content-type': 'application/json', 'apollo-require-preflight': '1' };

async function post(body: object, cookie?: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  return { res, json: (await res.json()) as { data?: any; errors?: unknown[] } };
}

const signIn = await post({
  query: 'mutation($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
  variables: { input: { email: values.email, password: values.password } },
});
const cookie = signIn.res.headers.get('set-cookie')?.split(';')[0];
if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(signIn.json)}`);

const top = await post({ query: BOOK, variables: { first: 1 } }, cookie);
const clientId: string = top.json.data.clients.edges[0].node.id;

const pages = [
  { name: 'book', body: { query: BOOK, variables: { first: 50 } } },
  { name: 'client page', body: { query: CLIENT_PAGE, variables: { id: clientId } } },
  { name: 'worklist', body: { query: WORKLIST, variables: { first: 25 } } },
].filter((p) => !values.only || values.only.split(',').includes(p.name.split(' ')[0]!));

/** CPU milliseconds (user + system) the API process has used so far, or NaN without --pid. */
function cpuMs(): number {
  if (!values.pid) return NaN;
  const fields = readFileSync(`/proc/${values.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s
}

for (const p of pages) {
  // one request first: a page that answers errors is no benchmark
  const check = await post(p.body, cookie);
  if (check.json.errors?.length) throw new Error(`${p.name}: ${JSON.stringify(check.json.errors).slice(0, 500)}`);
  const cpuBefore = cpuMs();
  const r = await autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify(p.body),
    connections: Number(values.connections),
    duration: Number(values.seconds),
  });
  const bad = r.non2xx + r.errors + r.timeouts;
  const cpu = values.pid ? `  cpu ${((cpuMs() - cpuBefore) / r.requests.total).toFixed(2).padStart(5)} ms/req` : '';
  process.stdout.write(
    `${p.name.padEnd(12)} ${r.requests.average.toFixed(1).padStart(7)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms${cpu}  ${(check.res.headers.get('content-length') ?? '?').padStart(6)} B${bad ? `  ${bad} failed` : ''}\n`,
  );
}
