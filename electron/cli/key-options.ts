import { isIP } from 'node:net';

import { KEY_NAME_MAX_BYTES, type KeyDraft, type KeyPatch } from '../shared/domain/keys.js';
import { listOption, stringOption, flag, type OptionValues } from './args.js';
import { UsageError } from './cli-error.js';
import { parseExpires } from './expires.js';

/** `--subnet` entries: an IPv4/IPv6 network in CIDR form (a bare address is a /32 or /128). */
export function checkCidr(text: string): void {
  const [address = '', prefix, extra] = text.split('/');
  const version = isIP(address);
  const max = version === 4 ? 32 : 128;
  const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
  if (version === 0 || !prefixOk || extra !== undefined) {
    throw new UsageError(
      `"${text}" is not a network in CIDR form.`,
      '--subnet 203.0.113.0/24,2001:db8::/32',
    );
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new UsageError('The key name must not be empty.', '--name <name>');
  if (Buffer.byteLength(trimmed, 'utf8') > KEY_NAME_MAX_BYTES) {
    throw new UsageError(
      `The key name is longer than the gateway allows (${KEY_NAME_MAX_BYTES} bytes).`,
      '--name <name>',
    );
  }
  return trimmed;
}

function parseQuota(text: string): number {
  const value = Number(text.trim().replace(/^\$/, ''));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`--quota-usd needs an amount in dollars, got "${text}".`, '--quota-usd 5');
  }
  return value;
}

/** The key fields given on the command line, and only those (update changes nothing else). */
export function keyPatchFromOptions(values: OptionValues, now: Date = new Date()): KeyPatch {
  const patch: KeyPatch = {};
  const name = stringOption(values, 'name');
  if (name !== undefined) patch.name = checkName(name);
  const quota = stringOption(values, 'quota-usd');
  if (quota !== undefined && flag(values, 'unlimited')) {
    throw new UsageError(
      'Give either --quota-usd or --unlimited, not both.',
      '--quota-usd <usd> | --unlimited',
    );
  }
  if (quota !== undefined) {
    patch.unlimited = false;
    patch.quotaUsd = parseQuota(quota);
  } else if (flag(values, 'unlimited')) {
    patch.unlimited = true;
  }
  const expires = stringOption(values, 'expires');
  if (expires !== undefined) patch.expiresAt = parseExpires(expires, now);
  const models = listOption(values, 'models');
  if (models !== undefined) patch.models = models;
  const subnets = listOption(values, 'subnet');
  if (subnets !== undefined) {
    subnets.forEach(checkCidr);
    patch.subnets = subnets;
  }
  return patch;
}

/**
 * A full draft for create. The gateway turns missing fields into an already-expired, empty key,
 * so every field gets an explicit value: no quota option → unlimited, no --expires → never.
 */
export function draftFromPatch(patch: KeyPatch): KeyDraft {
  if (patch.name === undefined) {
    throw new UsageError('A new key needs a name.', 'hubmix keys create --name <name> [options]');
  }
  return {
    name: patch.name,
    unlimited: patch.unlimited ?? true,
    quotaUsd: patch.quotaUsd ?? 0,
    expiresAt: patch.expiresAt ?? null,
    models: patch.models ?? [],
    subnets: patch.subnets ?? [],
  };
}
