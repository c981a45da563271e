import { isIP } from 'node:net';
import { z } from 'zod';
import type { Flavor } from './wire-types.js';

/**
 * The editable fields of a key as a create/update body carries them. Go's JSON binding turns a
 * missing field into its zero value, which is why update overwrites with 0 / null / false.
 */
export interface KeyFields {
  id: number;
  status: number;
  name: string;
  expiredTime: number;
  remainQuota: number;
  unlimitedQuota: boolean;
  models: string[] | null;
  subnets: string[] | null;
  group: string;
}

const int = z.number().int();
const oneApiBody = z.object({
  id: int.optional(),
  status: int.optional(),
  name: z.string().optional(),
  expired_time: int.optional(),
  remain_quota: int.optional(),
  unlimited_quota: z.boolean().optional(),
  models: z.string().nullable().optional(),
  subnet: z.string().nullable().optional(),
});
const newApiBody = z.object({
  id: int.optional(),
  status: int.optional(),
  name: z.string().optional(),
  expired_time: int.optional(),
  remain_quota: int.optional(),
  unlimited_quota: z.boolean().optional(),
  model_limits_enabled: z.boolean().optional(),
  model_limits: z.string().optional(),
  allow_ips: z.string().nullable().optional(),
  group: z.string().optional(),
});

export type ParseResult = { ok: true; fields: KeyFields } | { ok: false; message: string };

function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const ip = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  const family = isIP(ip);
  if (family === 0 || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

function splitList(value: string | null | undefined, separator: string): string[] | null {
  if (value === null || value === undefined || value === '') return null;
  return value.split(separator);
}

/** Parses and validates a create/update body the way the flavor's controller does. */
export function parseKeyBody(body: unknown, flavor: Flavor): ParseResult {
  const bodyObject = typeof body === 'object' && body !== null ? body : undefined;
  if (bodyObject === undefined) return { ok: false, message: '无效的参数' };
  let fields: KeyFields;
  if (flavor === 'one-api') {
    const parsed = oneApiBody.safeParse(bodyObject);
    if (!parsed.success)
      return { ok: false, message: `无效的参数：${parsed.error.issues[0]?.path.join('.') ?? ''}` };
    const b = parsed.data;
    const subnets = splitList(b.subnet, ',');
    // one-api validates each comma item with net.ParseCIDR, untrimmed.
    const bad = subnets?.find((s) => !isCidr(s));
    if (bad !== undefined) {
      return {
        ok: false,
        message: `参数错误：无效的网段：failed to parse subnet: invalid CIDR address: ${bad}`,
      };
    }
    fields = {
      id: b.id ?? 0,
      status: b.status ?? 0,
      name: b.name ?? '',
      expiredTime: b.expired_time ?? 0,
      remainQuota: b.remain_quota ?? 0,
      unlimitedQuota: b.unlimited_quota ?? false,
      models: splitList(b.models, ','),
      subnets,
      group: 'default',
    };
  } else {
    const parsed = newApiBody.safeParse(bodyObject);
    if (!parsed.success)
      return { ok: false, message: `无效的参数：${parsed.error.issues[0]?.path.join('.') ?? ''}` };
    const b = parsed.data;
    // allow_ips: one IP or CIDR per line; blank lines are skipped.
    const ips =
      b.allow_ips
        ?.split('\n')
        .map((s) => s.trim())
        .filter((s) => s.length > 0) ?? [];
    const bad = ips.find((s) => isIP(s) === 0 && !isCidr(s));
    if (bad !== undefined) return { ok: false, message: `参数错误：无效的网段：${bad}` };
    fields = {
      id: b.id ?? 0,
      status: b.status ?? 0,
      name: b.name ?? '',
      expiredTime: b.expired_time ?? 0,
      remainQuota: b.remain_quota ?? 0,
      unlimitedQuota: b.unlimited_quota ?? false,
      models: b.model_limits_enabled ? splitList(b.model_limits, ',') : null,
      subnets: ips.length > 0 ? ips : null,
      group: b.group ?? '',
    };
  }
  if (Buffer.byteLength(fields.name, 'utf8') > 30)
    return { ok: false, message: '参数错误：令牌名称过长' };
  return { ok: true, fields };
}
