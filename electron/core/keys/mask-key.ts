/**
 * `sk-AbCd…wXyZ`: enough to tell keys apart, never enough to use one. A key too short to keep
 * its middle hidden (the gateways never issue one, but a pasted value can be anything) shows
 * the prefix only.
 */
export function maskKey(full: string): string {
  const body = full.startsWith('sk-') ? full.slice(3) : full;
  if (body.length < 12) return 'sk-…';
  return `sk-${body.slice(0, 4)}…${body.slice(-4)}`;
}
