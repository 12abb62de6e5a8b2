/**
 * The translators' text, read from `i18n/<lang>/notice.ftl` the way the tests need it:
 * what a message says, to compare with what the notice shows.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { I18N_DIR } from './paths.mjs';

/**
 * Message `id` as written for `lang`: a one-line value, or the lines of a multiline one
 * joined with `\n` as Fluent joins them (the Leichte Sprache version writes a sentence per
 * line). Plain text only: messages with placeables are not resolved.
 */
export function message(lang, id) {
  const lines = readFileSync(join(I18N_DIR, lang, 'notice.ftl'), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${id} =`));
  assert.ok(at >= 0, `i18n/${lang}/notice.ftl has ${id}`);
  const value = [lines[at].slice(id.length + 2).trim()];
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith(' ')) break;
    value.push(line.trim());
  }
  return value.filter(Boolean).join('\n');
}
