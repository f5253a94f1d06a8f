/**
 * The search dialog opened from the header on every page (click, Ctrl/Cmd+K or "/").
 * A native <dialog>: modal, Escape closes it, and focus returns to what opened it.
 */
import { SearchUI } from './ui.ts';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
/** Where focus returns on close: what had it when search opened, else the header control. */
let returnTo: HTMLElement | null = null;

export function openSearchDialog(opener: HTMLElement | null): void {
  const focused = document.activeElement;
  returnTo = focused instanceof HTMLElement && focused !== document.body ? focused : opener;
  if (!dialog || !ui) {
    // Close sits at the end of the field's row, which stays in view while the results scroll.
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-button search-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    ui = new SearchUI({ mode: 'dialog', barEnd: close });
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    dialog.append(ui.root);
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => returnTo?.focus());
    document.body.append(dialog);
    void ui.start();
  }
  dialog.showModal();
  ui.input.focus();
  ui.input.select();
}
