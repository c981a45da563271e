/**
 * one-api and new-api answer most refusals in Chinese (gateway-facts §1, §5, §7), and a user who
 * reads only English must still learn what went wrong. Each known message gets an English
 * explanation; the original stays in parentheses, because it is what support and search engines
 * know. Unknown messages pass through unchanged.
 */
interface KnownMessage {
  test: RegExp;
  /** `match` is the regexp's result, for messages that carry a name or a number. */
  english: (match: RegExpExecArray) => string;
}

const KNOWN: readonly KnownMessage[] = [
  // Management API (/api/…).
  { test: /令牌名称过长/, english: () => 'the key name is too long (at most 30 bytes)' },
  {
    test: /无效的网段[:：]?\s*(.*)$/,
    english: (m) => `a subnet is not in CIDR form${m[1] ? `: ${m[1]}` : ''}`,
  },
  {
    test: /已达到最大令牌数量限制\s*[(（]?(\d+)?/,
    english: (m) =>
      `the account already has the most keys allowed${m[1] ? ` (${m[1]})` : ''}; delete one first`,
  },
  {
    test: /令牌已过期，无法启用/,
    english: () => 'the key has expired; give it a new expiry (or none) before enabling it',
  },
  {
    test: /令牌可用额度已用尽，无法启用/,
    english: () =>
      'the key has used up its quota; raise it (or make it unlimited) before enabling it',
  },
  { test: /^record not found$/i, english: () => 'not found on this account' },
  { test: /用户已被封禁/, english: () => 'this AiHubMix account is banned' },
  { test: /权限不足/, english: () => 'the access token lacks the permission for this' },
  { test: /New-Api-User/, english: () => 'the gateway did not accept the user id header' },
  { test: /access token 无效/, english: () => 'the access token is not valid' },
  { test: /未登录且未提供 ?access token/, english: () => 'no access token was sent' },
  { test: /id 或 userId 为空/, english: () => 'the request did not name a key' },
  { test: /^无效的参数/, english: () => 'the gateway rejected a parameter' },
  { test: /系统繁忙/, english: () => 'the gateway is busy; try again shortly' },
  // Relay API (/v1/…).
  { test: /^未提供令牌/, english: () => 'no API key was sent' },
  { test: /^无效的令牌/, english: () => 'the API key is not valid' },
  { test: /该令牌已过期/, english: () => 'the API key has expired' },
  { test: /该令牌额度已用尽/, english: () => "the API key's quota is used up" },
  { test: /该令牌状态不可用/, english: () => 'the API key is disabled' },
  {
    test: /该令牌只能在指定网段使用/,
    english: () => "this network is not in the API key's allowed subnets",
  },
  {
    test: /无权使用模型[:：]\s*(\S+)/,
    english: (m) => `the API key is not allowed to use ${m[1] ?? 'this model'}`,
  },
  {
    test: /当前分组\s*(\S+)\s*下对于模型\s*(\S+)\s*无可用渠道/,
    english: (m) =>
      `no channel serves ${m[2] ?? 'this model'} for group "${m[1] ?? '?'}" right now; try another model or later`,
  },
  {
    test: /上游负载已饱和/,
    english: () => 'the upstream providers for your group are saturated; try again later',
  },
  { test: /用户额度不足/, english: () => 'the account balance is too low; top up' },
  { test: /令牌额度不足/, english: () => "the API key's remaining quota is too low" },
];

// one-api appends " (request id: …)" to relay errors: useful to support, noise in the match.
const REQUEST_ID = /\s*[(（]request id: [^)）]*[)）]\s*$/i;

/** The English explanation of a gateway message, or null when it is not one we know. */
export function explainGatewayMessage(message: string): string | null {
  const bare = message.replace(REQUEST_ID, '').trim();
  for (const known of KNOWN) {
    const match = known.test.exec(bare);
    if (match) return known.english(match);
  }
  return null;
}

/**
 * What to show for a gateway message: "English explanation (原文)" when known (the original kept,
 * request id included), the message itself otherwise.
 */
export function describeGatewayMessage(message: string): string {
  const english = explainGatewayMessage(message);
  if (english === null) return message;
  // An English original adds nothing beside its explanation.
  return /[^\p{ASCII}]/u.test(message) ? `${english} (${message.trim()})` : english;
}
