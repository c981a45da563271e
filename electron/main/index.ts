// Composition root of the Electron main process (wired up by the tray issue).
import { app } from 'electron';

void app.whenReady();
