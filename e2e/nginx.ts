/**
 * The production build behind a real web server, for the tests that need one: nginx with
 * deploy/nginx.conf (the config a site uses), serving this checkout's dist/ on a port of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Starts nginx on `port`; resolves with its origin and a stop function once it answers. */
export async function startNginx(port: number): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const bin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
  if (!bin) throw new Error('nginx is not installed (npm test installs it: scripts/ensure-test-deps.mjs)');
  // the example config, pointed at this checkout's dist/ and the port, in a minimal nginx.conf
  const dir = mkdtempSync(join(tmpdir(), 'wm-nginx-'));
  const server = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${join(root, 'dist')};`);
  writeFileSync(join(dir, 'server.conf'), server);
  copyFileSync(join(root, 'deploy/security-headers.conf'), join(dir, 'security-headers.conf'));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/server.conf; }
`,
  );
  const nginx: ChildProcess = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      if (i > 50) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, stop: () => void nginx.kill() };
}
