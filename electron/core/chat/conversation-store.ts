import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { ConversationView } from '../../shared/ipc/chat-views.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';
import { parseConversationFile } from './conversation-schema.js';

export const chatsDir = (dataDir: string): string => join(dataDir, 'chats');

/** Soft-deleted conversations stay restorable this long, then the next start purges them. */
const PURGE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ConversationStoreOptions {
  /** How often a streaming conversation is written at most. */
  throttleMs?: number;
  now?: () => Date;
  /** A file was set aside or could not be written: said once, never a crash. */
  onProblem?: (message: string) => void;
}

/**
 * Conversations, one JSON file each, written atomically (temp file + rename) so a kill at any
 * moment leaves the previous or the next version, never half of one. While an answer streams,
 * `schedule` writes at most every `throttleMs`; `flush` writes at once (the end of an answer).
 * The objects held here are the live ones: handlers mutate them, then schedule or put.
 */
export class ConversationStore {
  private readonly byId = new Map<string, ConversationView>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private loaded: Promise<void> | null = null;
  private readonly throttleMs: number;
  private readonly now: () => Date;
  private readonly onProblem: (message: string) => void;

  constructor(
    private readonly dir: string,
    options: ConversationStoreOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 500;
    this.now = options.now ?? (() => new Date());
    this.onProblem = options.onProblem ?? ((message) => console.error(`[chat] ${message}`));
  }

  /** Reads every conversation once; later calls reuse the first read. */
  load(): Promise<void> {
    this.loaded ??= this.readAll();
    return this.loaded;
  }

  /** Conversations that are not deleted, the most recent first. */
  list(): ConversationView[] {
    return [...this.byId.values()]
      .filter((c) => c.deletedAt === null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): ConversationView | null {
    return this.byId.get(id) ?? null;
  }

  /** Adds or replaces a conversation and writes it now. */
  async put(conversation: ConversationView): Promise<void> {
    this.byId.set(conversation.id, conversation);
    this.cancelTimer(conversation.id);
    await this.write(conversation.id);
  }

  /** Writes the conversation soon: at most once per throttle window while it changes. */
  schedule(id: string): void {
    if (this.timers.has(id)) return;
    const timer = setTimeout(() => {
      this.timers.delete(id);
      void this.write(id);
    }, this.throttleMs);
    this.timers.set(id, timer);
  }

  /** Writes now whatever is pending for `id` and waits for it. */
  async flush(id: string): Promise<void> {
    this.cancelTimer(id);
    await this.write(id);
  }

  /** Writes everything pending (the app is quitting). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.timers.keys()].map((id) => this.flush(id)));
  }

  /** Deletes the file for good (purge). */
  async remove(id: string): Promise<void> {
    this.cancelTimer(id);
    await (this.writing.get(id) ?? Promise.resolve());
    this.byId.delete(id);
    await rm(this.fileOf(id), { force: true });
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private cancelTimer(id: string): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
  }

  /** Writes are chained per conversation, so an older snapshot can never land after a newer. */
  private write(id: string): Promise<void> {
    const previous = this.writing.get(id) ?? Promise.resolve();
    const next = previous.then(async () => {
      const conversation = this.byId.get(id);
      if (!conversation) return;
      // Serialised at write time: the file holds the latest text, not the text when scheduled.
      const text = JSON.stringify({ version: 1, conversation });
      await writeFileAtomic(this.fileOf(id), text).catch((error: unknown) => {
        this.onProblem(
          `Could not save a conversation (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        );
      });
    });
    this.writing.set(id, next);
    void next.finally(() => {
      if (this.writing.get(id) === next) this.writing.delete(id);
    });
    return next;
  }

  private async readAll(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const now = this.now().getTime();
    for (const name of names) {
      // Left-over temp files of a write that was killed are ignored: the .json is intact.
      if (!name.endsWith('.json')) continue;
      const { value, movedAside } = await readJsonFile(join(this.dir, name), parseConversationFile);
      if (movedAside) {
        this.onProblem(`A damaged conversation file was set aside as ${movedAside}.`);
      }
      if (!value || `${value.id}.json` !== name) continue;
      if (value.deletedAt !== null && now - Date.parse(value.deletedAt) > PURGE_AFTER_MS) {
        await rm(join(this.dir, name), { force: true });
        continue;
      }
      this.byId.set(value.id, recoverInterrupted(value));
    }
  }
}

/** An answer still "streaming" on disk was cut off by a quit or a crash: keep it, as incomplete. */
function recoverInterrupted(conversation: ConversationView): ConversationView {
  for (const message of conversation.messages) {
    if (message.status === 'streaming') message.status = 'incomplete';
  }
  return conversation;
}
