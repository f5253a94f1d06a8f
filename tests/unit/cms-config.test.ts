/**
 * The editor's configuration is the schemas' fields, one for one: same paths, same
 * required flags, same descriptions as hints; ids as pickers into the right collection;
 * dates with the record's pattern and message; and a type it cannot show stops the build.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  adminPolicy,
  adminSetup,
  editorUrl,
  cmsConfig,
  LOCAL_SERVER,
  collections,
  formatRules,
  toField,
  UnmappedField,
  type CmsField,
} from '../../src/lib/editor/cms-config.ts';
import { SCHEMAS } from '../../src/lib/record/entry.ts';
import { ACCEPTED_FORMS, parseHistoricalDate } from '../../src/lib/time/dates.ts';
import { listFields, type AnySchema } from '../../src/lib/record/schema-walk.ts';
import { historicalDate, entryId } from '../../src/schemas/common.ts';

const GITHUB = { url: 'https://github.com/example/record', forge: 'github' } as const;

/** Generated fields flattened like schema-walk's listFields: "participants[].person". */
function flatten(fields: readonly CmsField[], prefix = ''): { path: string; field: CmsField }[] {
  const out: { path: string; field: CmsField }[] = [];
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    out.push({ path, field });
    if (field.fields) out.push(...flatten(field.fields, field.widget === 'list' ? `${path}[].` : `${path}.`));
  }
  return out;
}

const byName = Object.fromEntries(collections().map((c) => [c.name, c.fields ?? c.files?.[0]?.fields ?? []]));

describe('field by field, the form is the schema', () => {
  test.each(Object.keys(SCHEMAS))('%s', (name) => {
    const schema = SCHEMAS[name as keyof typeof SCHEMAS] as unknown as AnySchema;
    const expected = listFields(schema);
    const generated = flatten(byName[name] ?? []).filter((f) => f.path !== 'body');
    expect(generated.map((f) => f.path)).toEqual(expected.map((f) => f.path));
    for (const [i, doc] of expected.entries()) {
      const { field } = generated[i]!;
      // An author is one of two shapes, and a group left out (a quote's `via`) has no
      // fields: their fields are optional in the form, and the check decides.
      const inOptionalGroup = expected.some(
        (group) => !group.required && doc.path.startsWith(`${group.path}.`) && !doc.path.startsWith(`${group.path}[]`),
      );
      const required = doc.required && !doc.path.startsWith('authors[].') && !inOptionalGroup;
      expect(field.required !== false, doc.path).toBe(required);
      expect(field.hint, doc.path).toBe(doc.description);
    }
    expect(byName[name]?.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
  });
});

test('ids are relation pickers into the right collection, searched by name, storing the id', () => {
  const events = flatten(byName['events'] ?? []);
  const at = (path: string) => events.find((f) => f.path === path)?.field;
  expect(at('participants[].person')).toMatchObject({
    widget: 'relation',
    collection: 'people',
    value_field: '{{slug}}',
    display_fields: ['name'],
  });
  expect(at('participants[].person')?.search_fields).toContain('name');
  expect(at('quotes[].source')).toMatchObject({ widget: 'relation', collection: 'sources' });
  expect(at('quotes[].about')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true });
  expect(at('quotes[].speaker')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true });
  expect(formatRules()['events']?.idOrList).toEqual(['quotes.*.speaker']);
  expect(at('quotes[].attribution')).toMatchObject({
    widget: 'select',
    options: ['firsthand', 'reported', 'paraphrase'],
  });
  expect(at('accounts[].versions')).toMatchObject({ widget: 'list', min: 2 });
});

test("dates carry the record's pattern and message, and the pattern agrees with the parser on form", () => {
  const date = flatten(byName['events'] ?? []).find((f) => f.path === 'date')?.field;
  expect(date?.pattern?.[1]).toBe(`must be a date: ${ACCEPTED_FORMS}`);
  const pattern = new RegExp(date?.pattern?.[0] ?? '$^');
  for (const good of ['1869', '2025-03', '2024-11-06', '2024-11-06T14:30-05:00']) {
    expect(pattern.test(good), good).toBe(true);
    expect(parseHistoricalDate(good).ok, good).toBe(true);
  }
  for (const bad of ['6 November 2024', '06/11/2024', '2024-1-6', '24-11-06']) {
    expect(pattern.test(bad), bad).toBe(false);
    expect(parseHistoricalDate(bad).ok, bad).toBe(false);
  }
});

test('a field of a type the form cannot show stops the build, naming the field', () => {
  const schema = z.strictObject({ title: z.string().describe('t'), weight: z.bigint().describe('w') });
  expect(() => toField('entry', schema, 'entry')).toThrow(UnmappedField);
  expect(() => toField('entry', schema, 'entry')).toThrow(/"entry\.weight".*"bigint"/);
  const list = z.array(z.array(z.string()));
  expect(() => toField('grid', list, 'grid')).toThrow(/"grid".*array of array/);
  // Known types nested anywhere map.
  const nested = z.strictObject({
    when: historicalDate.optional().describe('w'),
    who: z.array(z.strictObject({ id: entryId('event').describe('e') })).describe('l'),
  });
  expect(toField('x', nested, 'x').fields?.map((f) => f.widget)).toEqual(['string', 'list']);
});

test('without a GitHub repository there is no configuration; with one, pull requests from forks', () => {
  expect(cmsConfig({ repository: undefined })).toBeUndefined();
  expect(cmsConfig({ repository: { url: 'https://gitlab.com/a/b', forge: 'gitlab' } })).toBeUndefined();
  const config = cmsConfig({ repository: GITHUB, authUrl: 'https://auth.example.org' });
  expect(config?.backend).toEqual({
    name: 'github',
    repo: 'example/record',
    branch: 'main',
    open_authoring: true,
    base_url: 'https://auth.example.org',
  });
  expect(config?.publish_mode).toBe('editorial_workflow');
  // The local server is used only on this computer (Decap allows it on localhost alone).
  expect(config?.local_backend).toBe(true);
  expect(config?.collections.find((c) => c.name === 'record')?.files?.[0]?.file).toBe('content/record.mdx');
});

test('one format serves every collection: an id-or-list path is no other field elsewhere', () => {
  const setup = adminSetup({ repository: undefined, base: '/record/' });
  expect(setup.config).toBeNull();
  expect(setup.script).toBe('/record/admin/decap/decap-cms.js');
  expect(setup.local.config.backend).toEqual({ name: 'proxy', proxy_url: LOCAL_SERVER, branch: 'main' });
  for (const collection of collections()) {
    const paths = flatten(collection.fields ?? collection.files?.[0]?.fields ?? []).map((f) =>
      f.path.replaceAll('[]', '.*'),
    );
    const own = formatRules()[collection.name]?.idOrList ?? [];
    for (const path of setup.rules.idOrList) {
      if (!own.includes(path)) expect(paths, `${collection.name} ${path}`).not.toContain(path);
    }
  }
});

test('"Edit in the browser" opens the form of the entry the page shows', () => {
  expect(editorUrl('/', 'content/events/harris-concession-call.mdx')).toBe(
    '/admin/#/collections/events/entries/harris-concession-call',
  );
  expect(editorUrl('/record', 'content/people/kamala-harris.mdx')).toBe(
    '/record/admin/#/collections/people/entries/kamala-harris',
  );
  expect(editorUrl('/', 'content/record.mdx')).toBe('/admin/#/collections/record/entries/description');
  expect(editorUrl('/', 'src/pages/index.astro')).toBeUndefined();
});

test("/admin/'s policy adds GitHub's API, the OAuth helper and the local server, nothing else", () => {
  expect(adminPolicy(undefined).connect).toBe("connect-src 'self' https://api.github.com http://localhost:8081");
  expect(adminPolicy('https://auth.example.org/path').connect).toBe(
    "connect-src 'self' https://api.github.com https://auth.example.org http://localhost:8081",
  );
});

test("the form's message for an empty field and a wrong pattern are the record's own", () => {
  const { phrases } = adminSetup({ base: '/' });
  // What the content check says of a person whose name and description are left empty.
  const result = SCHEMAS.people.safeParse({ name: '', description: '' });
  const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  expect(messages).toContain('name: must not be empty');
  const empty = messages.find((m) => m.startsWith('description: '))?.slice('description: '.length);
  expect(empty).toBeDefined();
  expect(phrases.required).toBe(`%{fieldLabel} ${empty}.`);
  // Decap puts a pattern's message after the field's label: each must read on from it.
  expect(phrases.regexPattern).toBe('%{fieldLabel} %{pattern}.');
  const patterns = Object.values(byName).flatMap((fields) =>
    flatten(fields).flatMap(({ path, field }) => (field.pattern ? [{ path, message: field.pattern[1] }] : [])),
  );
  expect(patterns.length).toBeGreaterThan(3);
  for (const { path, message } of patterns) expect(message, path).toMatch(/^(?:must|is) /);
});
