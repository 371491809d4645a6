// Run by .ci/run right after the toolchain-free `npm ci` of a fresh clone, with the project's
// own Node (node_modules/.bin/node, from the `node` devDependency): proves better-sqlite3 loads
// the Node-API prebuild it ships (prebuilds/<platform>-<arch>.node) and that nothing was compiled.
// Plain JavaScript so it needs nothing but Node.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const pkgDir = dirname(require.resolve('better-sqlite3/package.json'));
const problems = [];

if (!process.version.startsWith('v22.')) {
  problems.push(`expected the project's Node 22 (the \`node\` devDependency), got ${process.version}`);
}
// better-sqlite3 prefers a compiled build/ binary over its prebuild: there must be none.
for (const flavour of ['Release', 'Debug']) {
  const compiled = join(pkgDir, 'build', flavour, 'better_sqlite3.node');
  if (existsSync(compiled)) problems.push(`${compiled} exists: npm compiled better-sqlite3 during install`);
}

try {
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  const row = db.prepare('SELECT sqlite_version() AS version, 6 * 7 AS answer').get();
  db.close();
  if (row.answer !== 42) problems.push(`unexpected query result ${JSON.stringify(row)}`);
  // Native addons sit in the same module cache as JavaScript files: which binary was loaded?
  const addon = Object.keys(require.cache).find((file) => file.endsWith('.node'));
  if (!addon?.startsWith(join(pkgDir, 'prebuilds')))
    problems.push(`loaded ${addon ?? 'no native addon'}, not a prebuild`);
  else console.log(`better-sqlite3 loaded ${addon} under Node ${process.version}: SQLite ${row.version}`);
} catch (error) {
  problems.push(`better-sqlite3 does not load: ${error instanceof Error ? error.message : String(error)}`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
