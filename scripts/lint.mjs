#!/usr/bin/env node
// `npm run lint`: ESLint (type-aware), and beside it Prettier's check then the layering check
// (dependency-cruiser). ESLint takes most of the time on one core; the other two run on the second
// core meanwhile instead of after it. Each tool's output is printed whole when it ends; the exit
// status is non-zero if any of them failed.
import { spawn } from 'node:child_process';

const run = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      process.stdout.write(`$ ${cmd} ${args.join(' ')}\n${out}`);
      resolve(code ?? 1);
    });
  });

const bin = (name) => `node_modules/.bin/${name}`;
const [eslint, rest] = await Promise.all([
  run(bin('eslint'), ['.']),
  (async () =>
    (await run(bin('prettier'), ['--check', '.'])) ||
    (await run(bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs'])))(),
]);
process.exit(eslint || rest ? 1 : 0);
