// @ts-check
/**
 * The preview of a reference: hovering or focusing a citation mark [n] shows the entry of
 * the list it points to in a small box beside it, the way Wikipedia does. Loaded on first
 * use by src/scripts/cite-preview.ts (a short file name: the loader that names it counts against the 3 kB budget). Plain JavaScript in public/ so it is fetched only
 * when a reader points at a mark, not with every page; positioned through the CSSOM, which
 * the Content Security Policy allows (style attributes in markup it would not).
 */
/** @type {HTMLDivElement | undefined} */
let box;
/** @type {HTMLAnchorElement | undefined} */
let shownFor;

function hide() {
  box?.remove();
  shownFor?.removeAttribute('aria-describedby');
  shownFor = undefined;
}

/** @param {Event} event */
export function preview(event) {
  const link = /** @type {Element} */ (event.target).closest?.('.cite a');
  if (!(link instanceof HTMLAnchorElement) || link === shownFor) return;
  const item = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!item) return;
  hide();
  box ??= Object.assign(document.createElement('div'), {
    id: 'cite-preview',
    className: 'cite-preview',
    role: 'tooltip',
  });
  // The entry's own text, titles still in italics, without the links back to the marks.
  const copy = /** @type {HTMLElement} */ (item.cloneNode(true));
  copy.querySelectorAll('.backlink, .backlinks').forEach((el) => el.remove());
  copy.querySelectorAll('a').forEach((a) => a.replaceWith(...a.childNodes));
  box.replaceChildren(`${item.getAttribute('value') ?? ''}. `, ...copy.childNodes);
  document.body.append(box);
  const mark = link.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(mark.left + scrollX, scrollX + document.documentElement.clientWidth - width - 8))}px`;
  box.style.top = `${mark.bottom + scrollY + 6}px`;
  link.setAttribute('aria-describedby', box.id);
  shownFor = link;
  link.addEventListener('pointerleave', hide, { once: true });
  link.addEventListener('blur', hide, { once: true });
}

addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
