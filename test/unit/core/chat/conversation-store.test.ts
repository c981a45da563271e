import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  newConversation,
  streamingAnswer,
  userMessage,
  DEFAULT_CHAT_SETTINGS,
} from '../../../../electron/core/chat/conversation-model.js';
import { ConversationStore } from '../../../../electron/core/chat/conversation-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chat-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-03-01T10:00:00Z');
const silent = { onProblem: () => undefined };

function sample() {
  const c = newConversation({ ...DEFAULT_CHAT_SETTINGS, model: 'gpt-5' }, now);
  c.title = 'Sample';
  c.messages.push(userMessage('hi', [], now), streamingAnswer('gpt-5', now));
  return c;
}

describe('ConversationStore', () => {
  it('reopens a conversation exactly as it was written', async () => {
    const store = new ConversationStore(dir, silent);
    await store.load();
    const c = sample();
    c.messages[1]!.status = 'complete';
    c.messages[1]!.content = 'hello **there**';
    await store.put(c);
    const again = new ConversationStore(dir, silent);
    await again.load();
    expect(again.get(c.id)).toEqual(c);
  });

  it('throttles writes while streaming and writes the latest text on flush', async () => {
    const store = new ConversationStore(dir, { ...silent, throttleMs: 50 });
    await store.load();
    const c = sample();
    await store.put(c);
    const file = join(dir, `${c.id}.json`);
    c.messages[1]!.content = 'a';
    store.schedule(c.id);
    c.messages[1]!.content = 'ab';
    store.schedule(c.id);
    // Not written yet: the throttle window has not passed.
    expect(JSON.parse(await readFile(file, 'utf8')).conversation.messages[1].content).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(JSON.parse(await readFile(file, 'utf8')).conversation.messages[1].content).toBe('ab');
    c.messages[1]!.content = 'abc';
    store.schedule(c.id);
    await store.flush(c.id);
    expect(JSON.parse(await readFile(file, 'utf8')).conversation.messages[1].content).toBe('abc');
  });

  it('an answer cut off by a kill reopens as incomplete, and temp files are ignored', async () => {
    const store = new ConversationStore(dir, silent);
    await store.load();
    const c = sample();
    c.messages[1]!.content = 'partial';
    await store.put(c);
    // A write that was killed before its rename leaves only a temp file behind.
    await writeFile(join(dir, `${c.id}.json.123.abcd.tmp`), '{"version":1,"conv');
    const again = new ConversationStore(dir, silent);
    await again.load();
    const reopened = again.get(c.id)!;
    expect(reopened.messages[1]).toMatchObject({ status: 'incomplete', content: 'partial' });
  });

  it('sets a corrupt or invalid file aside and keeps the others', async () => {
    const problems: string[] = [];
    const store = new ConversationStore(dir, { onProblem: (m) => problems.push(m) });
    await store.load();
    const good = sample();
    await store.put(good);
    await writeFile(join(dir, 'aaaaaaaa-bad.json'), '{ not json');
    await writeFile(
      join(dir, 'bbbbbbbb-bad.json'),
      JSON.stringify({ version: 1, conversation: { id: 'bbbbbbbb-bad' } }),
    );
    const again = new ConversationStore(dir, { onProblem: (m) => problems.push(m) });
    await again.load();
    expect(again.list().map((c) => c.id)).toEqual([good.id]);
    expect(problems).toHaveLength(2);
    const names = await readdir(dir);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
  });

  it('purges soft-deleted conversations after a day, keeps recent ones restorable', async () => {
    const store = new ConversationStore(dir, silent);
    await store.load();
    const old = sample();
    old.deletedAt = '2026-02-20T10:00:00.000Z';
    const recent = sample();
    recent.deletedAt = '2026-03-01T09:00:00.000Z';
    await store.put(old);
    await store.put(recent);
    const again = new ConversationStore(dir, { ...silent, now: () => now });
    await again.load();
    expect(again.get(old.id)).toBeNull();
    expect(again.get(recent.id)?.deletedAt).toBe(recent.deletedAt);
    expect(again.list()).toEqual([]);
  });
});
