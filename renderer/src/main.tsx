import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app.js';
import { initI18n } from './i18n/index.js';
import { trackFocusOutsideOverlays } from './ui/focus-return.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/overlays.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/keys.css';

initI18n();
// Dialogs opened from code hand the keyboard focus back to where it was (ui/focus-return.ts).
trackFocusOutsideOverlays();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
