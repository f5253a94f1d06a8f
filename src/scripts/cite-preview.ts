/**
 * Loads the preview of a reference on the first hover or focus of a citation mark. This
 * loader is all a page runs before then (a few bytes of the 3 kB budget); the preview
 * itself (public/cite.js) is fetched from the site's own origin when first needed.
 * Without JavaScript, a mark is a plain link to its reference.
 */
// A variable, not a literal: the bundler then leaves the import alone instead of wrapping it
// in its preloading helper, which would outweigh this whole script.
const url = `${import.meta.env.BASE_URL}cite.js`;
const show = (event: Event) => {
  if ((event.target as Element).closest?.('.cite')) {
    void import(/* @vite-ignore */ url).then((m: { preview: (e: Event) => void }) => m.preview(event));
  }
};
addEventListener('pointerover', show);
addEventListener('focusin', show);
