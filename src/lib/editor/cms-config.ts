/**
 * The browser editor's configuration (Decap CMS at /admin/), generated from the zod
 * schemas so that a field added to a schema appears in the form with no second copy to
 * keep in step. Every schema type maps to a widget or the build fails naming the field:
 * nothing is dropped. Rules a form cannot express (a book needs an ISBN, an event cannot
 * end before it begins) stay in the content check, which remains the gate.
 */
import type { z } from 'astro/zod';
import { globalRegistry } from 'astro/zod';
import { historicalDate, text } from '../../schemas/common.ts';
import { eventSchema } from '../../schemas/event.ts';
import { personSchema } from '../../schemas/person.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { recordDescriptionSchema } from '../../schemas/record-description.ts';
import { ACCEPTED_FORMS, DATE_FORM } from '../time/dates.ts';
import type { Repository } from '../git/repository.ts';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

/** A field as Decap CMS reads it (the subset of its options this record uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'boolean' | 'select' | 'relation' | 'list' | 'object' | 'number';
  required?: false;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  min?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  default?: boolean;
  allow_add?: boolean;
}

/** Where each kind of entry lives, and how the editor finds one by name. */
const ENTRY_COLLECTIONS = {
  person: { collection: 'people', folder: 'content/people', search: ['name', 'fullName', 'aliases.*'], show: 'name' },
  event: { collection: 'events', folder: 'content/events', search: ['title'], show: 'title' },
  source: { collection: 'sources', folder: 'content/sources', search: ['title', 'publisher'], show: 'title' },
} as const;
type EntryKind = keyof typeof ENTRY_COLLECTIONS;

/** The name of the format (src/admin/record-format.ts) that reads and writes the record's files. */
const RECORD_FORMAT = 'record-mdx';

const def = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const meta = (schema: AnySchema): Record<string, unknown> | undefined => globalRegistry.get(schema);

/** "speakerDescription" → "Speaker description". */
function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message a check gives for a wrong value, when it is fixed text. */
function checkMessage(check: CheckDef): string | undefined {
  const message = check.error?.({ code: 'invalid_format', input: '' });
  return typeof message === 'string' ? message : undefined;
}

interface Unwrapped {
  schema: AnySchema;
  required: boolean;
  description?: string;
}

/** Peels optional/default/pipe wrappers; a historical date stays whole (it is a pipe). */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let required = true;
  let description = meta(current)?.['description'] as string | undefined;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (d === def(historicalDate)) break;
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') required = false;
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!next) break;
    current = next;
    description ??= meta(current)?.['description'] as string | undefined;
  }
  return { schema: current, required, ...(description === undefined ? {} : { description }) };
}

function entryKind(schema: AnySchema): EntryKind | undefined {
  const entry = meta(schema)?.['entry'];
  return typeof entry === 'string' && entry in ENTRY_COLLECTIONS ? (entry as EntryKind) : undefined;
}

function relation(kind: EntryKind): Pick<CmsField, 'collection' | 'value_field' | 'search_fields' | 'display_fields'> {
  const target = ENTRY_COLLECTIONS[kind];
  return {
    collection: target.collection,
    value_field: '{{slug}}',
    search_fields: [...target.search],
    display_fields: [target.show],
  };
}

/** The error naming a field the generator cannot map: the build stops here. */
export class UnmappedField extends Error {
  constructor(path: string, type: string) {
    super(
      `The editor's configuration cannot show the field "${path}": its schema type "${type}" has no widget in src/lib/editor/cms-config.ts. ` +
        'Add a mapping there (or change the field to a type the editor knows), so the field is not left out of the form.',
    );
    this.name = 'UnmappedField';
  }
}

/** One schema field as an editor field. */
export function toField(name: string, schema: AnySchema, path: string, idOrList?: string[]): CmsField {
  const { schema: inner, required, description } = unwrap(schema);
  const base: Pick<CmsField, 'name' | 'label' | 'required' | 'hint'> = {
    name,
    label: label(name),
    ...(required ? {} : { required: false as const }),
    ...(description === undefined ? {} : { hint: description }),
  };
  const d = def(inner);

  if (d === def(historicalDate)) {
    return { ...base, widget: 'string', pattern: [DATE_FORM.source, `must be a date: ${ACCEPTED_FORMS}`] };
  }
  const kind = entryKind(inner);
  if (kind) return { ...base, widget: 'relation', ...relation(kind) };

  switch (d.type) {
    case 'string': {
      const regex = d.checks?.map((c) => c._zod.def).find((c) => c.format === 'regex' && c.pattern);
      if (regex?.pattern) {
        return { ...base, widget: 'string', pattern: [regex.pattern.source, checkMessage(regex) ?? 'is not valid'] };
      }
      const url = d.checks?.map((c) => c._zod.def).find((c) => c.format === 'url');
      if (url || (d as { format?: string }).format === 'url') {
        return { ...base, widget: 'string', pattern: ['^https://', 'must be a full https:// address'] };
      }
      return { ...base, widget: 'string' };
    }
    case 'boolean': {
      const dflt = defaultValue(schema);
      return { ...base, widget: 'boolean', ...(typeof dflt === 'boolean' ? { default: dflt } : {}) };
    }
    case 'number':
      return { ...base, widget: 'number' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries ?? {}) };
    case 'object': {
      // The form checks a group's required fields even when the group is left out, so in
      // an optional group (a quote's `via`) they are optional here; the check still
      // requires them whenever the group is given.
      const fields = objectFields(inner, path, idOrList);
      return {
        ...base,
        widget: 'object',
        fields: required ? fields : fields.map((f) => ({ ...f, required: false as const })),
      };
    }
    case 'array': {
      if (!d.element) throw new UnmappedField(path, 'array without element');
      const element = unwrap(d.element).schema;
      const elementKind = entryKind(element);
      const min = minItems(inner);
      if (elementKind) return { ...base, widget: 'relation', multiple: true, ...relation(elementKind), ...min };
      const ed = def(element);
      if (ed.type === 'object' || (ed.type === 'union' && ed.options?.every((o) => def(o).type === 'object'))) {
        const fields =
          ed.type === 'object'
            ? objectFields(element, `${path}[]`, idOrList)
            : unionFields(element, `${path}[]`, idOrList);
        return { ...base, widget: 'list', collapsed: true, summary: summaryOf(fields), fields, ...min };
      }
      if (ed.type === 'string')
        return { ...base, widget: 'list', field: toField(name, element, `${path}[]`, idOrList), ...min };
      throw new UnmappedField(path, `array of ${ed.type}`);
    }
    case 'union': {
      // An id or a list of ids (a quote's joint speakers): a picker that takes several; the
      // format writes one back as a single id (record-format.ts, scalarOrList).
      const options = d.options ?? [];
      const single = options.map((o) => entryKind(unwrap(o).schema)).find(Boolean);
      const list = options.find((o) => def(unwrap(o).schema).type === 'array');
      if (options.length === 2 && single && list && entryKind(unwrap(def(unwrap(list).schema).element!).schema)) {
        idOrList?.push(path);
        return { ...base, widget: 'relation', multiple: true, ...relation(single) };
      }
      if (options.every((o) => def(unwrap(o).schema).type === 'object')) {
        return { ...base, widget: 'object', fields: unionFields(inner, path, idOrList) };
      }
      throw new UnmappedField(path, 'union');
    }
    default:
      throw new UnmappedField(path, d.type);
  }
}

function defaultValue(schema: AnySchema): unknown {
  let current: AnySchema | undefined = schema;
  for (let i = 0; current && i < 20; i++) {
    const d = def(current);
    if (d.type === 'default') return (d as { defaultValue?: unknown }).defaultValue;
    current = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
  }
  return undefined;
}

function minItems(schema: AnySchema): { min?: number } {
  const check = def(schema)
    .checks?.map((c) => c._zod.def as CheckDef & { minimum?: number })
    .find((c) => c.check === 'min_length');
  return check?.minimum ? { min: check.minimum } : {};
}

function objectFields(schema: AnySchema, path: string, idOrList?: string[]): CmsField[] {
  const shape = def(unwrap(schema).schema).shape ?? {};
  return Object.entries(shape).map(([key, field]) => toField(key, field, path ? `${path}.${key}` : key, idOrList));
}

/** Alternatives of objects (an author with a page, or a name): every field, each optional. */
function unionFields(schema: AnySchema, path: string, idOrList?: string[]): CmsField[] {
  const fields: CmsField[] = [];
  for (const option of def(unwrap(schema).schema).options ?? []) {
    for (const field of objectFields(option, path, idOrList)) {
      if (!fields.some((f) => f.name === field.name)) fields.push({ ...field, required: false });
    }
  }
  return fields;
}

/** A list item's one-line summary: its first two fields that hold one short value. */
function summaryOf(fields: CmsField[]): string {
  return fields
    .filter((f) => ['string', 'select'].includes(f.widget) || (f.widget === 'relation' && !f.multiple))
    .slice(0, 2)
    .map((f) => `{{fields.${f.name}}}`)
    .join(' — ');
}

const BODY: CmsField = {
  name: 'body',
  label: 'Body',
  widget: 'text',
  required: false,
  hint: 'The text of the page in MDX, kept exactly as written: links to other entries like [Kamala Harris](../people/kamala-harris.mdx), citations like <Cite source="uncharted" />.',
};

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  fields?: CmsField[];
}

export interface CmsConfig {
  backend:
    | { name: 'github'; repo: string; branch: string; open_authoring: true; base_url?: string }
    | { name: 'proxy'; proxy_url: string; branch: string };
  /** The configuration is all here: no config.yml is fetched. */
  load_config_file: false;
  /** The form alone: the preview pane would render the record without its own pages' layout. */
  editor: { preview: false };
  local_backend?: boolean | { url: string };
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

/** Fields of a collection's schema, with the body last. */
function collectionFields(schema: AnySchema, idOrList?: string[]): CmsField[] {
  return [...objectFields(schema, '', idOrList), BODY];
}

/**
 * Fields that hold one id or a list of ids, as paths into an entry's data ("quotes.*.speaker"):
 * the form edits them as lists, and the format writes a list of one back as the id alone.
 */
function idOrListPaths(schema: AnySchema): string[] {
  const found: string[] = [];
  objectFields(schema, '', found);
  return found.map((path) => path.replaceAll('[]', '.*'));
}

/** Per collection, what the format needs to know beyond the form: see record-format.ts. */
export function formatRules(): Record<string, { idOrList: string[] }> {
  return {
    events: { idOrList: idOrListPaths(eventSchema) },
    people: { idOrList: idOrListPaths(personSchema) },
    sources: { idOrList: idOrListPaths(sourceSchema) },
    record: { idOrList: idOrListPaths(recordDescriptionSchema) },
  };
}

export function collections(): CmsCollection[] {
  const folder = (
    kind: EntryKind,
    schema: AnySchema,
    label: string,
    singular: string,
    identifier: string,
  ): CmsCollection => ({
    name: ENTRY_COLLECTIONS[kind].collection,
    label,
    label_singular: singular,
    folder: ENTRY_COLLECTIONS[kind].folder,
    extension: 'mdx',
    format: RECORD_FORMAT,
    create: true,
    slug: `{{${identifier}}}`,
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    sortable_fields: [identifier],
    fields: collectionFields(schema),
  });
  return [
    folder('event', eventSchema, 'Events', 'Event', 'title'),
    folder('person', personSchema, 'People', 'Person', 'name'),
    folder('source', sourceSchema, 'Sources', 'Source', 'title'),
    {
      name: 'record',
      label: 'About this record',
      format: RECORD_FORMAT,
      extension: 'mdx',
      files: [
        {
          name: 'description',
          label: 'What this record covers (content/record.mdx)',
          file: 'content/record.mdx',
          fields: collectionFields(recordDescriptionSchema),
        },
      ],
    },
  ];
}

export interface ConfigOptions {
  repository?: Repository | undefined;
  /** The OAuth helper's address (CMS_AUTH_URL); GitHub's own (Netlify's) when unset. */
  authUrl?: string | undefined;
}

/** Where `npx decap-server` answers: the editor's default, named in /admin/'s content security policy. */
export const LOCAL_SERVER = 'http://localhost:8081/api/v1';

/** The whole configuration; undefined when no GitHub repository is configured. */
export function cmsConfig(options: ConfigOptions): CmsConfig | undefined {
  const { repository } = options;
  if (!repository || repository.forge !== 'github') return undefined;
  const repo = new URL(repository.url).pathname.slice(1);
  return {
    backend: {
      name: 'github',
      repo,
      branch: 'main',
      open_authoring: true,
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
    },
    load_config_file: false,
    editor: { preview: false },
    // On this computer only (localhost), a running `npx decap-server` is used instead of GitHub.
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // Required by the editor; the record has no images, and the form offers no upload.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(),
  };
}

/** The configuration for editing the files on this computer through `npx decap-server`. */
function localConfig(): CmsConfig {
  return {
    backend: { name: 'proxy', proxy_url: LOCAL_SERVER, branch: 'main' },
    load_config_file: false,
    editor: { preview: false },
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(),
  };
}

/**
 * The record's message for a required text field left empty, read from the schema's own
 * one-line text field (src/schemas/common.ts) so that the form and the content check
 * cannot drift apart.
 */
function emptyMessage(): string {
  const result = text('A field that must be filled in.').safeParse('');
  const message = result.success ? undefined : result.error.issues[0]?.message;
  if (!message)
    throw new Error("src/schemas/common.ts's text() accepted an empty value: the editor has no message for it");
  return message;
}

/**
 * The editor's own English sentences for a field left empty and a field that does not
 * match its pattern ("Description is required.", "Born didn't match the pattern: …"),
 * replaced by the record's messages: "Description must not be empty.", "Born must be a
 * date: …". Every pattern's message is the schema's, a predicate starting "must"; Decap
 * puts the field's label in place of %{fieldLabel} and the message in place of %{pattern}.
 */
function editorPhrases(): { required: string; regexPattern: string } {
  return { required: `%{fieldLabel} ${emptyMessage()}.`, regexPattern: '%{fieldLabel} %{pattern}.' };
}

/** What /admin/ embeds for src/scripts/admin.ts. */
export interface AdminSetup {
  /** The editor's script, served by the site (src/pages/admin/decap/[file].ts). */
  script: string;
  format: string;
  rules: { idOrList: string[] };
  /** The record's messages in place of the editor's (editor.editorControlPane.widget in its English phrases). */
  phrases: { required: string; regexPattern: string };
  /** The GitHub configuration, or null when no GitHub repository is configured. */
  config: CmsConfig | null;
  local: { url: string; config: CmsConfig };
}

export function adminSetup(options: ConfigOptions & { base: string }): AdminSetup {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  // One format for every collection: each path names its own collection's field, and the test
  // holds that no other collection has a field at the same path.
  const idOrList = [...new Set(Object.values(formatRules()).flatMap((r) => r.idOrList))];
  return {
    script: `${base}admin/decap/decap-cms.js`,
    format: RECORD_FORMAT,
    rules: { idOrList },
    phrases: editorPhrases(),
    config: cmsConfig(options) ?? null,
    local: { url: LOCAL_SERVER, config: localConfig() },
  };
}

/**
 * The editor's form for a content file ("content/events/x.mdx"), for "Edit in the browser";
 * undefined for a file the editor does not show.
 */
export function editorUrl(base: string, file: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (file === 'content/record.mdx') return `${root}admin/#/collections/record/entries/description`;
  const match = /^content\/(events|people|sources)\/([a-z0-9-]+)\.mdx$/.exec(file);
  return match ? `${root}admin/#/collections/${match[1]}/entries/${match[2]}` : undefined;
}

/**
 * What /admin/ adds to the site's content security policy (Astro's, shared by every page),
 * through Astro.csp in the page: the editor connects to GitHub's API (sign-in and saving),
 * the OAuth helper when one is set, and decap-server on this computer; React and Emotion
 * set inline styles, and Ajv compiles the configuration's validator (eval). Its fonts are
 * the system's and it fetches no icons, so nothing else is allowed.
 */
export function adminPolicy(authUrl: string | undefined): {
  connect: `connect-src ${string}`;
  script: string;
  style: string;
} {
  const origins = [
    'https://api.github.com',
    ...(authUrl ? [new URL(authUrl).origin] : []),
    new URL(LOCAL_SERVER).origin,
  ];
  return { connect: `connect-src 'self' ${origins.join(' ')}`, script: "'unsafe-eval'", style: "'unsafe-inline'" };
}
