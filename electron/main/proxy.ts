import { ProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';

import { parsePacResult } from './pac-result.js';

/**
 * Gives the core's undici client the proxy the OS would use for a URL: Electron's session knows
 * the system proxy settings, PAC scripts and bypass lists, undici knows none of them. One
 * ProxyAgent per proxy, reused (each holds a connection pool).
 */
export interface ProxyResolver {
  resolveProxy(url: string): Promise<string>;
}

export function createDispatcherFor(
  session: ProxyResolver,
  makeAgent: (uri: string) => Dispatcher = (uri) => new ProxyAgent(uri),
): { dispatcherFor(url: string): Promise<Dispatcher | undefined>; close(): Promise<void> } {
  const agents = new Map<string, Dispatcher>();
  const notes = new Set<string>();
  return {
    async dispatcherFor(url) {
      let answer: string;
      try {
        answer = await session.resolveProxy(url);
      } catch {
        return undefined; // Asking failed: go direct rather than fail the request.
      }
      const choice = parsePacResult(answer);
      if (choice.kind === 'direct') {
        if (choice.note && !notes.has(choice.note)) {
          notes.add(choice.note);
          console.warn(`[proxy] ${choice.note}`);
        }
        return undefined;
      }
      let agent = agents.get(choice.uri);
      if (!agent) {
        agent = makeAgent(choice.uri);
        agents.set(choice.uri, agent);
      }
      return agent;
    },
    async close() {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((agent) => agent.close().catch(() => undefined)));
    },
  };
}
