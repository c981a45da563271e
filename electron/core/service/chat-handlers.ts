import type { CatalogView } from '../../shared/ipc/views.js';
import type {
  ChatAttachment,
  ChatSearchHit,
  ChatSettingsView,
  ConversationView,
} from '../../shared/ipc/chat-views.js';
import { estimateCost } from '../chat/chat-estimate.js';
import { exportConversation } from '../chat/chat-export.js';
import { ConversationStore, chatsDir } from '../chat/conversation-store.js';
import {
  DEFAULT_CHAT_SETTINGS,
  newConversation,
  promptChars,
  summaryOf,
  titleFrom,
  userMessage,
} from '../chat/conversation-model.js';
import { keyWarnings } from '../chat/key-warnings.js';
import { repriceConversation } from '../chat/reprice.js';
import type { Session } from './active-account.js';
import type { InvokeHandlers } from './app-service.js';
import { ChatCatalog } from './chat-catalog.js';
import { ChatKeys } from './chat-keys.js';
import { checkChatLink } from './chat-link-policy.js';
import { ChatRunner } from './chat-session.js';
import { badRequest } from './service-error.js';
import { requireSession, type ServiceContext } from './service-context.js';

type ChatChannel = Extract<keyof InvokeHandlers, `chat:${string}`>;
export type ChatHandlers = Pick<InvokeHandlers, ChatChannel>;

export interface ChatService {
  handlers: ChatHandlers;
  /** Stops running answers and writes everything pending. */
  stop(): Promise<void>;
}

/** Conversations, sending and the chat pickers behind the `chat:*` channels. */
export function createChatService(
  context: ServiceContext,
  loadCatalog: () => Promise<CatalogView>,
): ChatService {
  const now = () => (context.ports.clock ?? { now: () => new Date() }).now();
  const store = new ConversationStore(chatsDir(context.ports.dataDir), { now });
  const catalog = new ChatCatalog(loadCatalog, context.hub);
  const keys = new ChatKeys(context);
  const runner = new ChatRunner({ store, hub: context.hub, catalog, now });

  const conversation = async (id: string, withDeleted = false): Promise<ConversationView> => {
    await store.load();
    const found = store.get(id);
    if (!found || (!withDeleted && found.deletedAt !== null)) {
      throw badRequest('That conversation does not exist any more.');
    }
    return found;
  };

  /** Checks everything that can be checked before money is spent; returns the full key. */
  const prepare = async (
    target: ConversationView,
    settings: ChatSettingsView,
    attachments: ChatAttachment[],
  ): Promise<{ session: Session; apiKey: string }> => {
    if (runner.isRunning(target.id)) {
      throw badRequest('An answer is still coming in this conversation: stop it first.');
    }
    const session = requireSession(context, 'chat');
    if (!settings.model) throw badRequest('Choose a model first.');
    if (settings.keyId === null) throw badRequest('Choose an API key for chat first.');
    const apiKey = await keys.secretFor(session, settings.keyId);
    if (apiKey === null) {
      throw badRequest(
        'The app does not hold this key in full: paste it, or create a key for chat, in the key picker.',
      );
    }
    const model = await catalog.model(settings.model);
    const imageMessages =
      attachments.length > 0 || target.messages.some((m) => m.attachments.length > 0);
    if (imageMessages && model && !model.inputModalities.includes('image')) {
      throw badRequest(`${settings.model} does not take images: choose a model that does.`);
    }
    target.settings = settings;
    return { session, apiKey };
  };

  const handlers: ChatHandlers = {
    'chat:list': async () => {
      await store.load();
      return store.list().map(summaryOf);
    },

    'chat:get': ({ id }) => conversation(id),

    'chat:create': async ({ settings }) => {
      await store.load();
      const created = newConversation({ ...DEFAULT_CHAT_SETTINGS, ...settings }, now());
      await store.put(created);
      return created;
    },

    'chat:rename': async ({ id, title }) => {
      const target = await conversation(id);
      target.title = title;
      await store.put(target);
      return summaryOf(target);
    },

    'chat:delete': async ({ id }) => {
      const target = await conversation(id);
      runner.stopConversation(id);
      target.deletedAt = now().toISOString();
      await store.put(target);
      return { deleted: id };
    },

    'chat:restore': async ({ id }) => {
      const target = await conversation(id, true);
      target.deletedAt = null;
      await store.put(target);
      return summaryOf(target);
    },

    'chat:search': async ({ query }) => {
      await store.load();
      const needle = query.toLowerCase();
      const hits: ChatSearchHit[] = [];
      for (const c of store.list()) {
        const inTitle = c.title.toLowerCase().includes(needle);
        let snippet: string | null = null;
        for (const m of c.messages) {
          const index = m.content.toLowerCase().indexOf(needle);
          if (index === -1) continue;
          const start = Math.max(0, index - 30);
          snippet = `${start > 0 ? '…' : ''}${m.content.slice(start, index + needle.length + 50).replace(/\s+/g, ' ')}`;
          break;
        }
        if (inTitle || snippet !== null) {
          hits.push({ id: c.id, title: c.title, updatedAt: c.updatedAt, snippet });
        }
      }
      return hits;
    },

    'chat:export': async ({ id, format }) => exportConversation(await conversation(id), format),

    'chat:send': async ({ id, text, attachments, settings }) => {
      const target = await conversation(id);
      const { session, apiKey } = await prepare(target, settings, attachments);
      const user = userMessage(text, attachments, now());
      target.messages.push(user);
      if (target.title === '') target.title = titleFrom(text);
      return runner.start(target, session, apiKey, user.id);
    },

    'chat:stop': ({ requestId }) => Promise.resolve({ stopped: runner.stop(requestId) }),
    'chat:active': () => Promise.resolve(runner.active()),

    'chat:regenerate': async ({ id, settings }) => {
      const target = await conversation(id);
      const { session, apiKey } = await prepare(target, settings, []);
      const last = target.messages.at(-1);
      if (!last) throw badRequest('There is nothing to answer yet.');
      // The answer being replaced goes; the question it answered is sent again.
      if (last.role === 'assistant') {
        target.messages.pop();
        // It was charged: the total keeps counting it.
        target.replacedCostUsd += last.costUsd ?? 0;
      }
      if (target.messages.length === 0) throw badRequest('There is nothing to answer yet.');
      return runner.start(target, session, apiKey, null);
    },

    'chat:estimate': async ({ id, text, images, settings }) => {
      await store.load();
      const target = id ? store.get(id) : null;
      const model = settings.model ? await catalog.model(settings.model) : null;
      const key =
        settings.keyId !== null ? await keys.view(settings.keyId).catch(() => null) : null;
      const balanceUsd = context.active.state().snapshot?.balanceUsd ?? null;
      const estimate = estimateCost({
        promptChars: promptChars(target, text, settings.systemPrompt),
        images,
        maxTokens: settings.maxTokens,
        model,
        balanceUsd,
        confirmShare: context.settings().chatCostConfirmShare,
      });
      return {
        ...estimate,
        balanceUsd,
        warnings: keyWarnings(key, settings.model, now()),
        acceptsImages: model?.inputModalities.includes('image') ?? false,
        supportsReasoning: model?.features.includes('thinking') ?? false,
      };
    },

    'chat:keys': () => keys.list(),
    'chat:set-key': ({ keyId, pastedKey }) => keys.setKey(keyId, pastedKey),
    'chat:create-key': (draft) => keys.createKey(draft),

    'chat:reprice': async ({ id }) =>
      repriceConversation(await conversation(id), await catalog.models()),

    'chat:open-link': async ({ url }) => {
      await context.ports.openExternal(checkChatLink(url));
      return null;
    },
  };

  return {
    handlers,
    async stop() {
      await runner.stopAll();
      await store.flushAll();
    },
  };
}
