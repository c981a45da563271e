/**
 * The last element focused outside menus and dialogs. A dialog opened from a menu item (delete a
 * key from its row menu) has no trigger of its own, and by the time it opens the menu item is
 * gone: this remembers where the keyboard user was, so closing the dialog can put them back.
 */
let lastOutside: HTMLElement | null = null;
let listening = false;

const OVERLAY = '[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"]';

export function trackFocusOutsideOverlays(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest(OVERLAY)) lastOutside = target;
  });
}

/** Where focus should go back to when an overlay closes, if it is still on the page. */
export function focusReturnTarget(): HTMLElement | null {
  return lastOutside?.isConnected ? lastOutside : null;
}

/**
 * `onCloseAutoFocus` for a dialog opened from code (no Radix trigger): Radix would focus the
 * missing trigger and leave the keyboard user on the page body; this puts them back instead.
 */
export function returnFocusOnClose(event: Event): void {
  const target = focusReturnTarget();
  if (!target) return;
  event.preventDefault();
  target.focus();
}
