/**
 * `astro dev` only (injected by src/integrations/dev-record.ts): after a saved content file,
 * reloads this tab if it shows a page the change may alter: an entry page (or its history)
 * among the entries the server names, or any other page, since lists show every entry.
 */
const ENTRY_PAGE = /\/(events|people|sources)\/([^/]+)\/(?:history\/)?$/;

if (import.meta.hot) {
  import.meta.hot.on('record:changed', (change: { entries?: readonly string[] }) => {
    const page = ENTRY_PAGE.exec(location.pathname);
    const key = page && `${page[1]}/${decodeURIComponent(page[2] ?? '')}`;
    if (!change.entries || !key || change.entries.includes(key)) location.reload();
  });
}
