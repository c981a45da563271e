import type { ApiKey, CreatedKey, KeyDraft, KeyPatch } from '../../shared/domain/keys.js';
import { explainEnableRefusal } from '../keys/enable-refusal.js';
import { draftToWire, patchToWire } from '../keys/key-draft-wire.js';
import { collectPages } from '../keys/key-pages.js';
import type { TokenPage } from '../keys/key-pages.js';
import { normalizeKey } from '../keys/normalize-key.js';
import type { AccountEndpoints } from './account-endpoints.js';
import type { RequestOptions } from './aihubmix-api.js';
import type { GatewayCaller } from './caller.js';
import { ApiError } from './errors.js';
import type { HttpRequest } from './http.js';
import { validate } from './validate.js';
import { RawTokenWire, TokenPageWire, TokenWire } from './wire/token.js';

const PAGE_SIZE = 100;

interface Where {
  label: string;
  endpoint: string;
}

/** `/api/token/…`: list (all pages, both shapes), search, get, create, update, enable, delete. */
export class KeyEndpoints {
  constructor(
    private readonly caller: GatewayCaller,
    private readonly account: AccountEndpoints,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listKeys(options: RequestOptions = {}): Promise<ApiKey[]> {
    const wires = await this.listWires(options);
    return this.normalizeAll(wires);
  }

  async searchKeys(keyword: string, options: RequestOptions = {}): Promise<ApiKey[]> {
    const res = await this.caller.management(
      this.get('/api/token/search', {
        keyword,
        p: 0,
        size: PAGE_SIZE,
        page_size: PAGE_SIZE,
        num: PAGE_SIZE,
      }),
      { ...options, retry: true },
    );
    return this.normalizeAll(this.readPage(res.data, res).items);
  }

  async getKey(id: number, options: RequestOptions = {}): Promise<ApiKey> {
    const { wire } = await this.getRaw(id, options);
    return this.normalize(wire);
  }

  async createKey(draft: KeyDraft, options: RequestOptions = {}): Promise<CreatedKey> {
    const body = draftToWire(draft, await this.account.quotaPerUnit());
    // 'unsent': a create resent after a reset could make two keys.
    const res = await this.caller.management(
      {
        method: 'POST',
        path: '/api/token/',
        json: body,
        auth: { kind: 'token' },
        fallback: 'unsent',
      },
      options,
    );
    const created = TokenWire.safeParse(res.data);
    if (created.success) return { key: await this.normalize(created.data), source: 'response' };

    // new-api (and older one-api) answer {success:true} with no data: find the newest key so named.
    const named = (await this.listWires(options)).filter((wire) => wire.name === draft.name);
    const newest = named.reduce<TokenWire | null>(
      (best, wire) => (best === null || wire.id > best.id ? wire : best),
      null,
    );
    if (newest === null) {
      throw new ApiError(
        'invalid_response',
        `AiHubMix accepted ${res.label} but the new key "${draft.name}" is not in the key list. Refresh the list to see it.`,
        { endpoint: res.endpoint },
      );
    }
    return { key: await this.normalize(newest), source: 'located' };
  }

  /**
   * A full update overwrites every field (omitting expired_time would set it to 0 = expired), so
   * read the key, merge the patch into the wire object as it came, and write all of it back.
   */
  async updateKey(id: number, patch: KeyPatch, options: RequestOptions = {}): Promise<ApiKey> {
    const { raw } = await this.getRaw(id, options);
    const merged: Record<string, unknown> = {
      ...raw,
      ...patchToWire(patch, await this.account.quotaPerUnit()),
      id,
    };
    // status is ignored by a full update (it has its own call); the secret need not travel back.
    delete merged.status;
    delete merged.key;
    const res = await this.caller.management(
      {
        method: 'PUT',
        path: '/api/token/',
        json: merged,
        auth: { kind: 'token' },
        fallback: 'connection',
      },
      options,
    );
    return this.resultOrFresh(res.data, id, options);
  }

  async setKeyEnabled(id: number, enabled: boolean, options: RequestOptions = {}): Promise<ApiKey> {
    let data: unknown;
    try {
      const res = await this.caller.management(
        {
          method: 'PUT',
          path: '/api/token/',
          query: { status_only: 'true' },
          json: { id, status: enabled ? 1 : 2 },
          auth: { kind: 'token' },
          fallback: 'connection',
        },
        options,
      );
      data = res.data;
    } catch (error) {
      throw enabled ? explainEnableRefusal(error) : error;
    }
    return this.resultOrFresh(data, id, options);
  }

  async deleteKey(id: number, options: RequestOptions = {}): Promise<void> {
    await this.caller.management(
      {
        method: 'DELETE',
        path: `/api/token/${id}`,
        auth: { kind: 'token' },
        fallback: 'connection',
      },
      options,
    );
  }

  private async listWires(options: RequestOptions): Promise<TokenWire[]> {
    return collectPages<TokenWire>(async (p) => {
      const res = await this.caller.management(
        this.get('/api/token/', { p, size: PAGE_SIZE, page_size: PAGE_SIZE, num: PAGE_SIZE }),
        { ...options, retry: true },
      );
      return this.readPage(res.data, res);
    });
  }

  private async getRaw(
    id: number,
    options: RequestOptions,
  ): Promise<{ raw: RawTokenWire; wire: TokenWire }> {
    const res = await this.caller.management(this.get(`/api/token/${id}`), {
      ...options,
      retry: true,
    });
    return {
      raw: validate(RawTokenWire, res.data, res, 'a key'),
      wire: validate(TokenWire, res.data, res, 'a key'),
    };
  }

  /** The key the write returned, else (new-api returns no data) a fresh read. */
  private async resultOrFresh(data: unknown, id: number, options: RequestOptions): Promise<ApiKey> {
    const parsed = TokenWire.safeParse(data);
    return parsed.success && parsed.data.id === id
      ? this.normalize(parsed.data)
      : this.getKey(id, options);
  }

  private readPage(data: unknown, where: Where): TokenPage<TokenWire> {
    const page = validate(TokenPageWire, data ?? [], where, 'a key list');
    if (Array.isArray(page)) return { shape: 'array', items: parseItems(page) };
    return {
      shape: 'object',
      items: parseItems(page.items ?? []),
      total: page.total ?? null,
      pageSize: page.page_size ?? null,
    };
  }

  private get(path: string, query?: HttpRequest['query']): HttpRequest {
    return {
      method: 'GET',
      path,
      ...(query ? { query } : {}),
      auth: { kind: 'token' },
      fallback: 'connection',
    };
  }

  private async normalize(wire: TokenWire): Promise<ApiKey> {
    return normalizeKey(wire, await this.account.quotaPerUnit(), this.now());
  }

  private async normalizeAll(wires: TokenWire[]): Promise<ApiKey[]> {
    const perUnit = await this.account.quotaPerUnit();
    const now = this.now();
    return wires.map((wire) => normalizeKey(wire, perUnit, now));
  }
}

/** Items without a usable id cannot be shown or acted on; everything else is kept. */
function parseItems(items: unknown[]): TokenWire[] {
  return items.flatMap((item) => {
    const parsed = TokenWire.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
