import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot build a target here (it downloads Electron), but its configuration can
 * be checked against the JSON schema it ships, which rejects unknown or misspelt options (a typo
 * in `electronFuses` would otherwise silently leave a fuse at its default).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(`${root}package.json`);

interface AjvInstance {
  validate(schema: unknown, data: unknown): boolean;
  errors?: unknown[] | null;
}
const Ajv = require('ajv') as new (options: object) => AjvInstance;
const yaml = require('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<
  string,
  unknown
>;

describe('electron-builder.yml', () => {
  it("is valid against app-builder-lib's schema", () => {
    const schema = JSON.parse(
      readFileSync(`${root}node_modules/app-builder-lib/scheme.json`, 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips the fuses the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('packs only the built output, and the tray icons as resources', () => {
    expect(config.appId).toBe('com.aihubmix.tray');
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/main/**/*',
        'dist/preload/**/*',
        'dist/renderer/**/*',
        '!**/*.map',
      ]),
    );
    expect(JSON.stringify(config.files)).not.toMatch(/electron\/|renderer\/src|test\//);
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'build/icons/tray', to: 'tray' })]),
    );
    expect(config.asarUnpack).toEqual(['**/node_modules/keytar/**/*.node']);
    expect((config.mac as { extendInfo: object }).extendInfo).toEqual({ LSUIElement: true });
    expect((config.deb as { depends: string[] }).depends).toContain('libsecret-1-0');
  });
});
