import { describe, expect, it, vi } from 'vitest';
import type { Dispatcher } from 'undici';

import { createDispatcherFor } from '../../../electron/main/proxy.js';

describe('dispatcherFor', () => {
  it('asks the session, goes direct for DIRECT, and reuses one agent per proxy', async () => {
    const answers: Record<string, string> = {
      'https://aihubmix.com/api/user/self': 'PROXY proxy.corp:8080',
      'https://api.aihubmix.com/v1/models': 'PROXY proxy.corp:8080; DIRECT',
      'http://127.0.0.1:4000/api/user/self': 'DIRECT',
    };
    const made: string[] = [];
    const proxy = createDispatcherFor(
      { resolveProxy: async (url) => answers[url] ?? 'DIRECT' },
      (uri) => {
        made.push(uri);
        return { close: async () => undefined } as unknown as Dispatcher;
      },
    );
    const a = await proxy.dispatcherFor('https://aihubmix.com/api/user/self');
    const b = await proxy.dispatcherFor('https://api.aihubmix.com/v1/models');
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(made).toEqual(['http://proxy.corp:8080']);
    expect(await proxy.dispatcherFor('http://127.0.0.1:4000/api/user/self')).toBeUndefined();
    await proxy.close();
  });

  it('goes direct when the session cannot answer, and warns once about SOCKS', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = createDispatcherFor({ resolveProxy: () => Promise.reject(new Error('no')) });
    expect(await failing.dispatcherFor('https://aihubmix.com/')).toBeUndefined();
    const socks = createDispatcherFor({ resolveProxy: async () => 'SOCKS5 s:1080' });
    await socks.dispatcherFor('https://aihubmix.com/');
    await socks.dispatcherFor('https://aihubmix.com/');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
