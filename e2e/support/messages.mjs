/**
 * The translators' text, read from `i18n/<lang>/notice.ftl` (and, in the German versions,
 * `german-only.ftl`) the way the tests need it: what a message says, to compare with what
 * the notice shows.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { I18N_DIR } from './paths.mjs';

/** A locale folder's files, in the order the widget reads them (`src/l10n/shipped.rs`). */
const FILES = ['notice.ftl', 'german-only.ftl'];

/**
 * Message `id` as written for `lang`: a one-line value, or the lines of a multiline one
 * joined with `\n` as Fluent joins them (the Leichte Sprache version writes a sentence per
 * line). Plain text only: messages with placeables are not resolved.
 */
export function message(lang, id) {
  const files = FILES.map((name) => join(I18N_DIR, lang, name)).filter((path) => existsSync(path));
  // The files one after the other, as the widget reads them.
  const lines = files.flatMap((path) => readFileSync(path, 'utf8').split('\n'));
  const at = lines.findIndex((line) => line.startsWith(`${id} =`));
  assert.ok(at >= 0, `i18n/${lang}/ (${FILES.join(', ')}) has ${id}`);
  const value = [lines[at].slice(id.length + 2).trim()];
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith(' ')) break;
    value.push(line.trim());
  }
  return value.filter(Boolean).join('\n');
}
