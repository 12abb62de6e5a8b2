/**
 * The config's JSON Schema (dist/notice-config.schema.json) and the widget's own validation
 * (src/config.rs, run natively by `cargo xtask config check --format json`, the code the wasm
 * runs) decide the same: Ajv (JSON Schema 2020-12) and the widget accept and refuse the same
 * configs, and refuse them for the same fields (the same JSON pointers) — on the fuzz seeds and
 * corpus, the end-to-end config fixtures, the published example, and generated configs: each
 * field of valid configs mutated (wrong types, values at and past each limit, boundary dates,
 * link forms, extra and missing keys), random combinations of those, and the code points of every
 * block where a character class of the rules has members in each string field: inside, around, alone.
 *
 * No browser: one run of the CLI over a folder of files, a few seconds.
 *
 * What a schema cannot decide is excluded by name, never silently (EXCLUSIONS below); each
 * exclusion asserts what the widget does instead, and each must occur in the cases.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import Ajv2020Module from 'ajv/dist/2020.js';

import { DIST_DIR, ROOT } from './support/paths.mjs';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;

const SCHEMA_PATH = `${DIST_DIR}/notice-config.schema.json`;
/** The widget's size cap for a config (src/remote.rs, `MAX_CONFIG_BYTES`). */
const MAX_CONFIG_BYTES = 64 * 1024;
/** How deep the widget's JSON reader nests (src/json/parse.rs, `MAX_DEPTH`). */
const MAX_DEPTH = 64;
/** A `&str` constant of src/config.rs. */
const configConstant = (name) => {
  const source = readFileSync(`${ROOT}/src/config.rs`, 'utf8');
  const found = source.match(new RegExp(`pub const ${name}: &str = "([^"]*)";`));
  assert.ok(found, `src/config.rs defines ${name}`);
  return found[1];
};
/** The widget's problems that compare two fields (src/config.rs). */
const ENDS_NOT_AFTER_START = configConstant('ENDS_NOT_AFTER_START');
const FROM_NOT_IN_ORDER = configConstant('FROM_NOT_IN_ORDER');

/**
 * What a JSON Schema cannot express, each with its reason and what the widget does instead.
 * `applies` sees the case's bytes and, when they are JSON, its value; a whole-text exclusion
 * expects the widget's code, a field exclusion names the widget problems it takes out of the
 * comparison.
 */
const EXCLUSIONS = [
  {
    name: 'text-size',
    reason: 'a limit on the text (64 KiB), not on the parsed value a schema sees',
    applies: ({ bytes }) => bytes.length > MAX_CONFIG_BYTES,
    widgetCode: 'config-too-large',
  },
  {
    name: 'nesting-depth',
    reason: 'the widget reads JSON nested at most 64 deep; a schema cannot bound the depth of unknown fields',
    applies: ({ value }) => value !== undefined && depth(value) > MAX_DEPTH,
    widgetCode: 'config-malformed',
  },
  {
    name: 'lone-surrogate',
    reason: 'a \\u escape of half a character is not well-formed text (RFC 8259 §8.2); JSON.parse keeps it, the widget refuses the text',
    applies: ({ value }) => value !== undefined && !wellFormed(value),
    widgetCode: 'config-malformed',
  },
  {
    name: 'ends-after-start',
    reason: '`ends_at` must be later than `starts_at`: a comparison of two fields, which JSON Schema has no keyword for',
    problem: (problem) => problem.pointer === '/ends_at' && problem.problem === ENDS_NOT_AFTER_START,
  },
  {
    name: 'phases-in-order',
    reason: 'each `from` in `phases` must be later than the one before: a comparison of two entries, which JSON Schema has no keyword for',
    problem: (problem) => /^\/phases\/\d+\/from$/.test(problem.pointer) && problem.problem === FROM_NOT_IN_ORDER,
  },
];

/** How deeply lists and objects nest in `value` (a string or number is 0). */
function depth(value) {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

/** Whether every string and key in `value` is well-formed UTF-16 (no lone surrogate). */
function wellFormed(value) {
  if (typeof value === 'string') return value.isWellFormed();
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([key, item]) => key.isWellFormed() && wellFormed(item));
}

/** RFC 6901: `~` and `/` in a key escaped. */
const escapeKey = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/** The JSON pointers Ajv's errors name: the failing field, also for missing and extra keys. */
function schemaPointers(errors) {
  const pointers = (errors ?? []).map((error) => {
    if (error.keyword === 'required') return `${error.instancePath}/${escapeKey(error.params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') {
      return `${error.instancePath}/${escapeKey(error.params.additionalProperty)}`;
    }
    return error.instancePath;
  });
  return [...new Set(pointers)].sort();
}

// ---------------------------------------------------------------------------------------------
// The cases

const EXAMPLE = JSON.parse(readFileSync(`${ROOT}/docs/notice.example.json`, 'utf8'));
const WINDOW = { starts_at: '2026-05-02T08:00:00+02:00', ends_at: '2026-08-31T23:59:59+02:00' };
/** A planned incident: two moves after the phase it starts in. */
const PLAN = [
  { phase: 'backlog', from: '2026-06-15T08:00:00+02:00' },
  { phase: 'resolved', from: '2026-09-01T08:00:00+02:00' },
];
/** `n` moves an hour apart, in order. */
const moves = (n) =>
  Array.from({ length: n }, (_, i) => ({ phase: ['disruption', 'backlog', 'resolved'][i % 3], from: new Date(Date.UTC(2026, 4, 2, i)).toISOString() }));
/** Valid configs the mutations start from. */
const BASES = [
  EXAMPLE,
  { version: 'v' },
  {
    version: '2026-05-dgs',
    severity: 'critical',
    ...WINDOW,
    links: { more_info: '/kontakt', sign_language: 'https://www.hkk.de/dgs' },
    terms: { 'brand-name': 'AOK Baden-Württemberg' },
  },
  { version: '2026-05-phases', phase: 'disruption', phases: PLAN },
];

const WRONG_TYPES = [null, true, false, 0, -1, 1.5, '', 'x', [], ['x'], {}, { a: 1 }];

/** Values per field: at and past each limit, every form the README names, and near misses. */
const VALUES = {
  version: [
    'a', 'a'.repeat(64), 'a'.repeat(65), ' a ', '\ta\n', 'a\tb', 'a b', '  ', '', 'a\u0085b', '\u0085a\u0085',
    '\u00a0a', 'a\u00a0b', 'a\u200bb', '\u200b', '\ufeffa', 'é'.repeat(64), 'é'.repeat(65), '😀'.repeat(64),
    '😀'.repeat(65), ` ${'a'.repeat(64)} `, `a${' '.repeat(62)}b`, `a${' '.repeat(63)}b`, 'a\u007fb', 'a\u009fb',
    'a\u00a0', '2026-05-incident-3',
  ],
  active: [true, false, 'true', 'false', 1, 0],
  severity: ['info', 'warning', 'critical', 'Info', 'WARNING', ' info', 'critical ', '', 'urgent'],
  starts_at: [
    '2026-05-02T08:00:00Z', '2026-05-02t08:00:00z', '2026-05-02 08:00:00Z', '2026-05-02T08:00:00.1Z',
    '2026-05-02T08:00:00.123456789+02:00', '2026-05-02T08:00:00.Z', '2026-05-02T08:00:00', '2026-05-02',
    '2026-05-02T08:00Z', '2026-05-02T08:00:00+02', '2026-05-02T08:00:00+0200', '2026-05-02T08:00:00+2:00',
    '2026-05-02T08:00:00+23:59', '2026-05-02T08:00:00+24:00', '2026-05-02T08:00:00-00:60',
    '2026-05-02T24:00:00Z', '2026-05-02T23:60:00Z', '2026-05-02T23:59:60Z', '2026-05-02T23:59:61Z',
    '2026-02-28T00:00:00Z', '2026-02-29T00:00:00Z', '2024-02-29T00:00:00Z', '2000-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '0000-02-29T00:00:00Z', '0004-02-29T00:00:00Z',
    '2026-02-30T00:00:00Z', '2026-04-30T00:00:00Z', '2026-04-31T00:00:00Z', '2026-12-31T00:00:00Z',
    '2026-01-32T00:00:00Z', '2026-00-10T00:00:00Z', '2026-13-10T00:00:00Z', '2026-05-00T00:00:00Z',
    ' 2026-05-02T08:00:00Z\n', '\u00a02026-05-02T08:00:00Z', '2026-05-02T08:00:00Z trailing', '+2026-05-02T08:00:00Z',
    '２026-05-02T08:00:00Z', '2026-05-02X08:00:00Z', 'tomorrow', '',
  ],
  ends_at: [
    '2026-05-02T06:00:00Z', '2026-05-02T06:00:00.001Z', '2026-05-02T05:59:59.999Z', '2026-05-02T08:00:00+02:00',
    '2026-05-02T10:00:00+04:00', '2026-08-31T23:59:59+02:00', '2026-02-29T00:00:00Z', '2099-12-31T23:59:60Z',
    '1970-01-01T00:00:00Z', 'never',
  ],
  phase: ['disruption', 'backlog', 'resolved', 'Resolved', ' resolved', 'resolved ', 'DISRUPTION', 'recovery', 'over'],
  phases: [
    [], moves(1), moves(16), moves(17), [...moves(17).slice(0, 16), 3], PLAN.toReversed(), [PLAN[0], PLAN[0]],
    [{ ...PLAN[0], note: 'x' }, PLAN[1]], [{ phase: 'resolved' }], [{ from: PLAN[0].from }], [null, PLAN[1]],
    [PLAN[1], { phase: 'backlog', from: '2026-09-01T06:00:00Z' }], [PLAN[1], { phase: 'backlog', from: '2026-09-01T06:00:00.001Z' }],
    [{ phase: 'resolved', from: 'soon' }, PLAN[0], PLAN[1]], [{ phase: 3, from: 3 }],
  ],
  'phases.phase': ['disruption', 'backlog', 'resolved', 'Resolved', '', 'done'],
  'phases.from': [
    '2026-06-15T06:00:00Z', '2026-06-15T06:00:00.001Z', '2026-06-15T05:59:59Z', '2026-09-01T06:00:00Z', '2030-01-01T00:00:00Z',
    '2026-02-30T00:00:00Z', '2026-06-15', ' 2026-07-01T00:00:00Z ', 'later',
  ],
  links: [{}, { more_infos: '/x' }, { more_info: '/x', later: { x: 1 } }],
  more_info: [
    'https://www.hkk.de/', 'https://www.hkk.de', 'HTTPS://WWW.HKK.DE/x', 'Https://Www.Hkk.De?x#y', 'https://www.hkk.de:443/x',
    'https://www.hkk.de:0443/', 'https://www.hkk.de:8443/', 'https://www.hkk.de./', 'https://www.hkk.de.evil.example/',
    'https://evil.example/www.hkk.de', 'https://user@www.hkk.de/', 'https://www.hkk.de@evil.example/', 'https://',
    'https:///x', 'https:/www.hkk.de', 'https:www.hkk.de', 'http://www.hkk.de/', 'javascript:alert(1)',
    'JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'vbscript:x', '//www.hkk.de/', ' //x', '/\\evil.example',
    '/kontakt', 'kontakt.html', '?x=1#top', '#top', 'a/b:c', 'a?b:c', 'a#b:c', ':x', 'a:b', 'x/..//y', '/',
    '', '  ', ' /kontakt ', '\t/kontakt\n', '/kon takt', '/kon\ttakt', '/kon\u00a0takt', '/kon\u200btakt',
    '/kon\u0000takt', 'https://www.hkk.de/ path', 'https://www.hkk.de/%20', 'https://xn--hkk-xxx.de/',
    'https://www.hkk.de\\@evil.example',
  ],
  sign_language: ['https://www.hkk.de/dgs', '/dgs', 'https://evil.example/dgs', '//evil.example/dgs', 3],
  terms: [{}, { slogan: 'x' }, { 'Brand-Name': 'x' }, { brand_name: 'x' }, { '': 'x' }, JSON.parse('{"__proto__": "x"}')],
  term: [
    'hkk', 'BKK24', 'BKK240', 'BKK 24', 'BKK 240', '24', '240', '2', 'Eins Zwei Drei', 'Eins Zwei Drei Vier',
    'Eins  Zwei   Drei', ' Eins Zwei Drei ', 'A-B-C-D-E', '-', '--', 'a-', 'x'.repeat(30), 'x'.repeat(31),
    ` ${'x'.repeat(30)} `, `${'x'.repeat(14)} ${'y'.repeat(15)}`, `${'x'.repeat(15)} ${'y'.repeat(15)}`,
    'Müller-Lüdenscheid BKK', 'Łódź Kasa', 'Straße Ţara İzmir', 'ÐØÞßðø', 'hĸĸ', 'Bıtmarck', 'Æ', 'œuvre', 'hƙƙ',
    'һкк', 'h\u00adkk', 'x\u202ey', 'hkk\u{e0001}', 'a\u00a0b', 'a\tb', '\ta\t', 'a×b', 'a÷b', '<b>', 'a & b',
    'hkk: Rückruf', 'a.b', 'a_b', "O'Neil", '', '   ', '１２', 'ǅ', '12 34 56', '12 345',
  ],
};

/**
 * `base` with `value` set at `path` (`['links', 'more_info']`, `['phases', 1, 'from']`), or the
 * key removed for `undefined`; a number in the path is an index into a list.
 */
function setAt(base, path, value) {
  const copy = structuredClone(base);
  let at = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const list = typeof path[i + 1] === 'number';
    if (at[key] === null || typeof at[key] !== 'object' || Array.isArray(at[key]) !== list) at[key] = list ? [] : {};
    at = at[key];
  }
  const last = path.at(-1);
  if (value === undefined) delete at[last];
  else Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Every single mutation, as `[label, path, value]`. */
function mutations() {
  const paths = {
    version: ['version'],
    active: ['active'],
    severity: ['severity'],
    starts_at: ['starts_at'],
    ends_at: ['ends_at'],
    phase: ['phase'],
    phases: ['phases'],
    'phases.phase': ['phases', 0, 'phase'],
    'phases.from': ['phases', 1, 'from'],
    links: ['links'],
    more_info: ['links', 'more_info'],
    sign_language: ['links', 'sign_language'],
    terms: ['terms'],
    'brand-name': ['terms', 'brand-name'],
    'it-provider': ['terms', 'it-provider'],
  };
  const all = [];
  for (const [name, path] of Object.entries(paths)) {
    const values = VALUES[name] ?? (name.includes('-') ? VALUES.term : []);
    // A list's entries are not themselves lists of anything but entries.
    const wrong = name.startsWith('phases.') ? WRONG_TYPES.filter((v) => !Array.isArray(v)) : WRONG_TYPES;
    for (const value of [...wrong, ...values, undefined]) all.push([`${name}=${JSON.stringify(value)}`, path, value]);
  }
  for (const key of ['activ', '$schema', '__proto__', 'links.more_info', '', 'x/y~z', 'Version', 'future_field']) {
    for (const value of ['x', 3, null, { a: [1] }]) all.push([`+${key}`, [key], value]);
  }
  for (const key of ['more_infos', '__proto__', '', 'a/b']) all.push([`+links.${key}`, ['links', key], '/x']);
  for (const key of ['note', '__proto__', '', 'a/b', 'From']) all.push([`+phases.${key}`, ['phases', 0, key], 'x']);
  for (const key of ['slogan', 'Brand-Name', 'brand_name', '__proto__', '', 'brand-name ']) {
    all.push([`+terms.${key}`, ['terms', key], 'hkk']);
  }
  return all;
}

/** A seeded random number generator (mulberry32), so a failure replays. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.MEMBER_NOTICE_TEST_SEED ?? 20);
const COMBINED = 1500;

/**
 * Code points to put in every string field: every one of the blocks that hold a member of a
 * character class the rules use — controls (Cc), Unicode White_Space (what the widget trims),
 * the Latin letters names may have — up to U+02FF, Ogham's and Mongolian's spaces and
 * separators, General Punctuation, the ideographic space; and a sample of all the others
 * (every 97th up to U+2FFF, and some past: fillers, BOM, full-width digits, astral ones).
 */
function codePoints() {
  const points = [];
  const range = (from, to, step = 1) => {
    for (let c = from; c <= to; c += step) points.push(c);
  };
  range(0x0000, 0x02ff);
  range(0x1680, 0x1680);
  range(0x180b, 0x180f);
  range(0x2000, 0x206f);
  range(0x0300, 0x2fff, 97);
  points.push(0x3000, 0x3164, 0xfe0f, 0xfeff, 0xff10, 0xffa0, 0xfff9, 0xfffd, 0x1d173, 0x1f600, 0xe0001, 0x10ffff);
  return points;
}

/** The cases: `{ name, bytes }`. */
function cases() {
  const all = [];
  const add = (name, text) => all.push({ name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  const files = (dir, filter = () => true) =>
    existsSync(dir) ? readdirSync(dir).filter(filter).sort().map((file) => [file, readFileSync(join(dir, file))]) : [];

  add('docs/notice.example.json', readFileSync(`${ROOT}/docs/notice.example.json`));
  for (const [file, bytes] of files(`${ROOT}/fuzz/seeds/config`)) add(`fuzz/seeds/config/${file}`, bytes);
  // The corpus is libFuzzer's (ignored by git; `cargo xtask test` grows it before this step).
  for (const [file, bytes] of files(`${ROOT}/fuzz/corpus/config`)) add(`fuzz/corpus/config/${file}`, bytes);
  const fixtures = files(`${ROOT}/e2e/fixtures/config`, (file) => file.endsWith('.json'));
  assert.ok(fixtures.length > 10, 'the end-to-end config fixtures are there');
  for (const [file, bytes] of fixtures) add(`e2e/fixtures/config/${file}`, bytes);

  for (const [i, base] of BASES.entries()) {
    add(`base ${i}`, JSON.stringify(base));
    for (const [label, path, value] of mutations()) add(`base ${i}: ${label}`, JSON.stringify(setAt(base, path, value)));
  }
  const pool = mutations();
  const next = random(SEED);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let n = 0; n < COMBINED; n++) {
    let config = pick(BASES);
    const labels = [];
    for (let k = 1 + Math.floor(next() * 4); k > 0; k--) {
      const [label, path, value] = pick(pool);
      config = setAt(config, path, value);
      labels.push(label);
    }
    add(`combined #${n} (seed ${SEED}): ${labels.join(', ')}`, JSON.stringify(config));
  }

  for (const c of codePoints()) {
    const ch = String.fromCodePoint(c);
    const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    add(`${hex} inside`, JSON.stringify({
      version: `a${ch}b`,
      links: { more_info: `/a${ch}b`, sign_language: `https://www.hkk.de/a${ch}b` },
      terms: { 'brand-name': `a${ch}b`, 'it-provider': ch },
    }));
    add(`${hex} around`, JSON.stringify({
      version: `${ch}a${ch}`,
      starts_at: `${ch}2026-05-02T08:00:00Z${ch}`,
      ends_at: `2026-05-02T09:00:00Z${ch}`,
      phases: [{ phase: 'resolved', from: `${ch}2026-05-02T08:00:00Z${ch}` }],
      links: { more_info: `${ch}/a${ch}`, sign_language: `${ch}https://www.hkk.de${ch}` },
      terms: { 'brand-name': `${ch}hkk${ch}`, 'it-provider': `${ch}${ch}x` },
    }));
    add(`${hex} alone`, JSON.stringify({
      version: ch,
      phase: ch,
      links: { more_info: ch, sign_language: `https://${ch}www.hkk.de/` },
      terms: { 'brand-name': `${ch}${ch}${ch}`, 'it-provider': `1${ch}2` },
    }));
  }

  // The text itself: what only the widget sees (the exclusions), and JSON that is not an object.
  const padded = (bytes) => {
    const empty = JSON.stringify({ version: 'v', pad: '' });
    return JSON.stringify({ version: 'v', pad: 'x'.repeat(bytes - empty.length) });
  };
  add('64 KiB exactly', padded(MAX_CONFIG_BYTES));
  add('64 KiB + 1', padded(MAX_CONFIG_BYTES + 1));
  add('a number past every float', '{"version":"v","x":1e400,"y":-0.0e-999}');
  add('nested 64 deep', `{"version":"v","x":${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`);
  add('nested 65 deep', `{"version":"v","x":${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`);
  add('a lone surrogate in an unknown field', '{"version":"v","x":"\\ud800"}');
  add('a lone surrogate in the version', '{"version":"a\\udc00"}');
  add('a surrogate pair', '{"version":"a\\ud83d\\ude00"}');
  add('ends_at before starts_at', JSON.stringify({ version: 'v', starts_at: '2026-05-02T08:00:00Z', ends_at: '2026-05-01T08:00:00Z' }));
  add('ends_at before starts_at, and a bad severity', JSON.stringify({ version: 'v', severity: 'x', starts_at: '2026-05-02T08:00:00Z', ends_at: '2026-05-02T08:00:00Z' }));
  add('phases out of order', JSON.stringify({ version: 'v', phases: [PLAN[1], PLAN[0]] }));
  add('phases out of order, and a bad phase', JSON.stringify({ version: 'v', phases: [PLAN[1], { ...PLAN[0], phase: 'x' }] }));
  for (const text of ['[]', '"x"', '3', 'null', 'true', '', ' ', '{', '{"version":"v",}', '\ufeff{"version":"v"}', '{"version":"v"} {}']) {
    add(`text ${JSON.stringify(text)}`, text);
  }
  add('not UTF-8', Buffer.from([0x7b, 0x22, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]));
  add('duplicate keys: the last counts', '{"version":3,"version":"v","terms":{"brand-name":"<b>","brand-name":"hkk"}}');
  add('duplicate keys: the last counts, refused', '{"version":"v","version":3}');
  return all;
}

// ---------------------------------------------------------------------------------------------
// The comparison

let dir;
let verdicts;
let validate;
let all;

before(() => {
  assert.ok(existsSync(SCHEMA_PATH), `${SCHEMA_PATH} is missing: run \`cargo xtask dist\` first`);
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true });
  validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  all = cases();
  dir = mkdtempSync(join(tmpdir(), 'config-schema-'));
  all.forEach((c, i) => writeFileSync(join(dir, `${String(i).padStart(6, '0')}.json`), c.bytes));
  const run = spawnSync('cargo', ['xtask', 'config', 'check', '--format', 'json', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  assert.ok(run.status === 0 || run.status === 1, `config check ran (status ${run.status}):\n${run.stderr}`);
  verdicts = JSON.parse(run.stdout).files;
  assert.equal(verdicts.length, all.length, 'one verdict per case');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('Ajv and the widget accept and refuse the same configs, for the same fields', () => {
  const counts = { bothAccept: 0, bothRefuse: 0, notJson: 0 };
  const excluded = Object.fromEntries(EXCLUSIONS.map((e) => [e.name, 0]));
  const disagreements = [];
  all.forEach((c, i) => {
    const widget = verdicts[i];
    assert.ok(widget.file.endsWith(`${String(i).padStart(6, '0')}.json`), `verdict ${i} is for its file`);
    assert.ok(!('error' in widget), `${c.name}: ${widget.error}`);
    let text;
    let value;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(c.bytes);
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const whole = EXCLUSIONS.find((e) => e.applies?.({ bytes: c.bytes, value }));
    if (whole) {
      excluded[whole.name]++;
      if (widget.code !== whole.widgetCode) {
        disagreements.push(`${c.name}: excluded (${whole.name}), so the widget must refuse it with ${whole.widgetCode}, not ${widget.code}`);
      }
      return;
    }
    if (value === undefined) {
      // Not JSON (or not UTF-8): no instance for a schema; the widget refuses the text.
      counts.notJson++;
      if (widget.accepted) disagreements.push(`${c.name}: not JSON, yet the widget accepted it`);
      return;
    }
    const schemaAccepts = validate(value);
    const schema = schemaPointers(validate.errors);
    const fieldExclusions = EXCLUSIONS.filter((e) => e.problem);
    const kept = widget.problems.filter((problem) => {
      const exclusion = fieldExclusions.find((e) => e.problem(problem));
      if (exclusion) excluded[exclusion.name]++;
      return !exclusion;
    });
    const widgetPointers = [...new Set(kept.map((problem) => problem.pointer))].sort();
    const widgetAccepts = kept.length === 0;
    if (schemaAccepts !== widgetAccepts || schema.join() !== widgetPointers.join()) {
      disagreements.push(
        `${c.name}: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}\n` +
          `    schema ${schemaAccepts ? 'accepts' : `refuses ${schema.join(' ')}`}; ` +
          `widget ${widgetAccepts ? 'accepts' : `refuses ${widgetPointers.join(' ')}`}` +
          (widgetAccepts ? '' : ` (${kept.map((p) => `${p.pointer || '(whole)'} ${p.problem}`).join('; ')})`),
      );
    } else if (schemaAccepts) counts.bothAccept++;
    else counts.bothRefuse++;
  });
  assert.deepEqual(disagreements.slice(0, 30), [], `${disagreements.length} disagreements`);
  // Both ways: many of each verdict, and every exclusion met (so none is dead, none hides a case).
  assert.ok(counts.bothAccept > 1000 && counts.bothRefuse > 1000, JSON.stringify(counts));
  for (const [name, n] of Object.entries(excluded)) assert.ok(n > 0, `exclusion ${name} occurred in no case`);
  console.log(`${all.length} cases: ${JSON.stringify(counts)}, excluded: ${JSON.stringify(excluded)}`);
});

test('every single-field mutation is seen accepted and refused somewhere, by both', () => {
  // The generator exercises both verdicts per field, so agreement is not agreement on one side only.
  const seen = {};
  all.forEach((c, i) => {
    const match = c.name.match(/^base \d+: ([^=+]+)=/);
    if (!match) return;
    const field = match[1];
    seen[field] ??= { accepted: 0, refused: 0 };
    seen[field][verdicts[i].accepted ? 'accepted' : 'refused']++;
  });
  for (const [field, n] of Object.entries(seen)) {
    assert.ok(n.accepted > 0 && n.refused > 0, `${field}: ${JSON.stringify(n)}`);
  }
  assert.equal(Object.keys(seen).length, 15, Object.keys(seen).join(' '));
});

test('the example names the schema in $schema, and the widget ignores the key without a warning', () => {
  assert.equal(EXAMPLE.$schema, '../schema/notice-config.schema.json');
  assert.ok(existsSync(join(`${ROOT}/docs`, EXAMPLE.$schema)), 'the example\'s $schema points at the schema\'s source');
  const index = all.findIndex((c) => c.name === 'docs/notice.example.json');
  assert.equal(verdicts[index].accepted, true);
  assert.deepEqual(verdicts[index].warnings, [], 'no warning for $schema');
  assert.equal(validate(EXAMPLE), true, JSON.stringify(validate.errors));
  // Whatever its value: the key is for editors.
  for (const [i, c] of all.entries()) {
    if (/^base \d+: \+\$schema$/.test(c.name)) {
      assert.equal(verdicts[i].accepted, true, c.name);
      assert.deepEqual(verdicts[i].warnings, [], c.name);
    }
  }
});

test('the release lists the schema in its manifest, with its $id where dist/ is served', () => {
  const manifest = JSON.parse(readFileSync(`${DIST_DIR}/manifest.json`, 'utf8'));
  assert.ok(manifest.files.some((file) => file.path === 'notice-config.schema.json'), 'manifest.json lists the schema');
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /notice-config\.schema\.json$/);
  // A description on every field, so editors explain what they complete.
  const undescribed = [];
  const walk = (node, where) => {
    for (const [key, sub] of Object.entries(node.properties ?? {})) {
      if (!sub.description) undescribed.push(`${where}/${key}`);
      walk(sub, `${where}/${key}`);
    }
  };
  walk(schema, '');
  assert.deepEqual(undescribed, []);
});
