/**
 * The files a citation can be downloaded as, each with its file extension and media type.
 * Apart from citations.ts so that the data package can list the bibliography files without
 * loading Citation.js.
 */
export const DOWNLOADS = [
  { format: 'bibtex', label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  { format: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  { format: 'csl', label: 'CSL-JSON', extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json' },
] as const;
export type DownloadFormat = (typeof DOWNLOADS)[number]['format'];
