import { sendJson } from './http-util.js';
import { authorizeRelay, keyAllowsModel, sendRelayError } from './relay-auth.js';
import type { RouteContext } from './route-context.js';
import type { CatalogEntry } from './catalog-entry.js';

function modelObject(entry: CatalogEntry): Record<string, unknown> {
  const id = entry.wire.model_id;
  const owner = (entry.wire.developer_name ?? 'custom').toLowerCase();
  return {
    id,
    object: 'model',
    created: 1626777600,
    owned_by: owner,
    permission: [
      {
        id: 'modelperm-LwHkVFn8AcMItP432fKKDIKJ',
        object: 'model_permission',
        created: 1626777600,
        allow_create_engine: true,
        allow_sampling: true,
        allow_logprobs: true,
        allow_search_indices: false,
        allow_view: true,
        allow_fine_tuning: false,
        organization: '*',
        group: null,
        is_blocking: false,
      },
    ],
    root: id,
    parent: null,
  };
}

/** `GET /v1/models`: the OpenAI list shape, restricted to the key's models. */
export function listRelayModels(ctx: RouteContext): void {
  const key = authorizeRelay(ctx);
  if (!key) return;
  const data = ctx.state.catalog
    .filter((e) => keyAllowsModel(key, e.wire.model_id))
    .map(modelObject);
  // new-api answers with success:true next to the OpenAI fields.
  const body =
    ctx.state.flavor === 'one-api'
      ? { object: 'list', data }
      : { success: true, object: 'list', data };
  sendJson(ctx.res, 200, body);
}

export function getRelayModel(ctx: RouteContext, id: string): void {
  const key = authorizeRelay(ctx);
  if (!key) return;
  const entry = ctx.state.findModel(id);
  if (!entry || !keyAllowsModel(key, id)) {
    sendRelayError(
      ctx,
      404,
      `The model '${id}' does not exist`,
      'model_not_found',
      'invalid_request_error',
    );
    return;
  }
  sendJson(ctx.res, 200, modelObject(entry));
}
