// Builds the livestream page's assets into <out> (default target/classes/live-page): a minified
// ES module bundle of app.js with graphql-ws, the stylesheet, page.html with their hashed names,
// and manifest.json. Run by the Maven build (exec-maven-plugin, generate-resources) and, in
// quarkus:dev, by LivePageAssets when a source changed. Installs node_modules first (npm ci)
// when package-lock.json is newer than the installed tree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '../../..');
const out = resolve(process.argv[2] || join(project, 'target/classes/live-page'));

const lock = join(project, 'package-lock.json');
const installed = join(project, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[live-page] npm ci');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: project, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('[live-page] npm ci failed: the build needs Node.js 20+ and the npm registry (or a filled npm cache)');
    process.exit(npm.status || 1);
  }
}

const esbuild = await import('esbuild');
rmSync(join(out, 'assets'), { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await esbuild.build({
  absWorkingDir: project,
  entryPoints: { live: join(here, 'app.js'), 'live-style': join(here, 'live.css') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  entryNames: '[name]-[hash]',
  outdir: join(out, 'assets'),
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const names = {};
for (const [file, info] of Object.entries(result.metafile.outputs)) {
  const name = file.split('/').pop();
  if (info.entryPoint?.endsWith('app.js')) names.js = name;
  if (name.endsWith('.css')) names.css = name;
}
const page = readFileSync(join(here, 'page.html'), 'utf8').replace('{{js}}', names.js).replace('{{css}}', names.css);
writeFileSync(join(out, 'page.html'), page);
writeFileSync(join(out, 'manifest.json'), JSON.stringify(names));
const size = statSync(join(out, 'assets', names.js)).size;
console.log(`[live-page] ${names.js} (${size} bytes), ${names.css} -> ${out}`);
