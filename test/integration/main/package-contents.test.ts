import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a user's package holds, from a real `electron-builder --linux dir` run. Electron itself
 * cannot be downloaded here, so `electronDist` points at a stand-in folder whose "binary" carries
 * Electron's fuse sentinel and default fuse wire: electron-builder packs app.asar, unpacks keytar,
 * copies the extraResources and flips the fuses exactly as it would for a real build.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const requireHere = createRequire(`${root}package.json`);
const asar = requireHere('@electron/asar') as {
  listPackage(path: string, options?: object): string[];
  extractFile(archive: string, filename: string): Buffer;
};
const run = promisify(execFile);

/** @electron/fuses' sentinel, then wire version 1, 8 fuses, Electron's defaults ('1' = on). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

let work = '';
let resources = '';
let archive = '';
let entries: string[] = [];

beforeAll(async () => {
  await run(process.execPath, [join(root, 'electron/build.mjs')], { cwd: root });
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    await run(
      process.execPath,
      [requireHere.resolve('vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts'],
      { cwd: root },
    );
  }
  work = mkdtempSync(join(tmpdir(), 'aihubmix-package-'));
  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from(DEFAULT_WIRE),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(electronDist, 'version'), '45.4.1');
  await run(
    process.execPath,
    [
      requireHere.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(work, 'out')}`,
      // Rebuilding keytar for Electron downloads Electron's headers; the N-API build serves both.
      '-c.npmRebuild=false',
    ],
    { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  resources = join(work, 'out', 'linux-unpacked', 'resources');
  archive = join(resources, 'app.asar');
  entries = asar
    .listPackage(archive)
    .map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const files = () => entries.filter((entry) => /\.[a-z0-9]+$/i.test(entry));

describe('the packaged app (electron-builder --linux dir)', () => {
  it('app.asar holds the built output and keytar, nothing else', () => {
    const outsideAssets = files().filter((entry) => !entry.startsWith('dist/renderer/assets/'));
    expect(outsideAssets.sort()).toEqual(
      [
        'package.json',
        'dist/main/index.cjs',
        'dist/preload/index.cjs',
        'dist/renderer/index.html',
        'node_modules/keytar/package.json',
        'node_modules/keytar/lib/keytar.js',
        'node_modules/keytar/build/Release/keytar.node',
      ].sort(),
    );
    // No sources, tests, maps, types, CLI, preview server or simulator sources.
    expect(files().filter((entry) => /\.(ts|tsx|map)$/.test(entry))).toEqual([]);
    expect(
      entries.filter((entry) => /^(electron|test|renderer|bench|build)\//.test(entry)),
    ).toEqual([]);
    expect(entries.filter((entry) => /^dist\/(cli|types)/.test(entry))).toEqual([]);
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(entries).toContain(manifest.main);
  });

  it('the main bundle needs only electron, keytar and Node, and carries the demo simulator', () => {
    const main = asar.extractFile(archive, 'dist/main/index.cjs').toString('utf8');
    // Code strings of ajv's standalone mode (quoted) are not requires the bundle performs.
    const required = new Set(
      [...main.matchAll(/(?<![`'])\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''),
    );
    const foreign = [...required].filter(
      (name) => !name.startsWith('node:') && name !== 'electron' && name !== 'keytar',
    );
    expect(foreign).toEqual([]);
    // Demo mode starts the local AiHubMix-compatible server in-process: it must be bundled.
    expect(main).toMatch(/function startSimulator\(/);
    const preload = asar.extractFile(archive, 'dist/preload/index.cjs').toString('utf8');
    expect([...preload.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it("keytar's addon is unpacked next to the archive, where dlopen can read it", () => {
    expect(
      existsSync(join(`${archive}.unpacked`, 'node_modules/keytar/build/Release/keytar.node')),
    ).toBe(true);
  });

  it('the tray icons and the window icon are resources outside the archive', () => {
    const shipped = readdirSync(join(resources, 'tray')).sort();
    const source = readdirSync(join(root, 'build/icons/tray'))
      .filter((name) => name.endsWith('.png'))
      .sort();
    expect(shipped).toEqual(source);
    expect(existsSync(join(resources, 'icon.png'))).toBe(true);
  });

  it('flips the fuses as electron-builder.yml says', () => {
    const binary = readFileSync(join(work, 'out', 'linux-unpacked', 'aihubmix-tray'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = binary.subarray(at, at + FUSES.length).toString('latin1');
    const state = Object.fromEntries(FUSES.map((name, index) => [name, wire[index] === '1']));
    expect(state).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The page is loaded from file:// with module scripts: see electron-builder.yml.
      grantFileProtocolExtraPrivileges: true,
    });
  });
});
