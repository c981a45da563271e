// The preload: runs sandboxed with context isolation, bundled to ONE CommonJS file whose only
// require is `electron` (a sandboxed preload cannot load other files or ESM).
import { contextBridge, ipcRenderer } from 'electron';

import { BRIDGE_GLOBAL } from '../shared/ipc/bridge-api.js';
import { buildBridgeApi } from './bridge.js';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildBridgeApi(ipcRenderer));
