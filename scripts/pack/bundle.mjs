// Runs a script that uses the app's own TypeScript modules (its readers, its pack writer): Vite
// bundles it (SSR build) into node_modules/.cache/wm-pack and Node runs the bundle.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Bundles `entry` (relative to the repository) and runs it with `args`; exits with its status. */
export async function runBundled(entry, args) {
  const dir = join(root, 'node_modules/.cache/wm-pack');
  const bundle = `${entry
    .split('/')
    .pop()
    .replace(/\.mjs$/, '')}.bundle.mjs`;
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: entry,
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: bundle } },
    },
  });
  try {
    execFileSync(process.execPath, ['--max-old-space-size=8192', join(dir, bundle), ...args], {
      stdio: 'inherit',
    });
  } catch {
    process.exit(1);
  }
}
