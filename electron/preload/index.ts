// The preload: exposes the typed IPC contract as named functions (wired up by the tray issue).
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('aihubmix', {});
