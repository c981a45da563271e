import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { CatalogView } from '../../shared/ipc/views.js';
import type { EventHub } from './event-hub.js';

const FRESH_MS = 5 * 60_000;

/**
 * The catalog as chat needs it: prices for estimates and costs. Asks the catalog handlers at most
 * every few minutes (each ask revalidates over the network) and takes every catalog:changed.
 */
export class ChatCatalog {
  private view: CatalogView | null = null;
  private at = 0;
  private loading: Promise<CatalogView | null> | null = null;

  constructor(
    private readonly load: () => Promise<CatalogView>,
    hub: EventHub,
  ) {
    hub.subscribe((channel, payload) => {
      if (channel !== 'catalog:changed') return;
      this.view = payload as CatalogView;
      this.at = Date.now();
    });
  }

  async models(): Promise<CatalogModel[]> {
    if (!this.view || Date.now() - this.at > FRESH_MS) {
      this.loading ??= this.load()
        .then((view) => {
          this.view = view;
          this.at = Date.now();
          return view;
        })
        // No catalog (offline, never cached): chat still works, costs show as unknown.
        .catch(() => this.view)
        .finally(() => {
          this.loading = null;
        });
      await this.loading;
    }
    return this.view?.models ?? [];
  }

  async model(id: string): Promise<CatalogModel | null> {
    return (await this.models()).find((model) => model.id === id) ?? null;
  }
}
