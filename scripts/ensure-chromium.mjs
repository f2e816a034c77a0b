#!/usr/bin/env node
// Installs Debian's Chromium for the browser tests and HTML checks, where it can; otherwise says
// why and carries on (the browser tests then skip with a message). Never fails the caller.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const say = (m) => process.stderr.write(`ensure-chromium: ${m}\n`);

if (existsSync(CHROMIUM)) process.exit(0);
if (process.env.POLICY_INDEX_NO_BROWSER) {
  say('POLICY_INDEX_NO_BROWSER is set: not installing Chromium; browser tests will be skipped.');
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  say(`Chromium is not at ${CHROMIUM} and cannot be installed here (${!hasApt ? 'no apt-get' : 'not root'}); browser tests will be skipped. Install Debian's "chromium" package to run them.`);
  process.exit(0);
}
say('installing Debian\'s chromium for the browser tests (about 20 s, once)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 300_000 }).status === 0;
if (!(run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']))) {
  say('apt-get could not install chromium; browser tests will be skipped.');
}
process.exit(0);
