/*
 * Operators' preview: a notice config written in a form or as JSON (both in step), checked
 * as it is typed by the widget's own validation — the verdict `cargo xtask config check
 * --format json` prints for a file (widget.checkConfig / previewConfig, src/config_check.rs) —
 * and shown, once the widget accepts it, in every notice on the page: the chosen language on
 * a web page (banner, full) and in the member app's WebView, and every shipped language.
 * A refused config changes no notice, as on members' pages.
 *
 * Nothing here decides what a config means. The form is built from the widget's field list
 * (config::FIELDS, LINK_FIELDS, the terms) and the config's JSON Schema (types, allowed
 * values, descriptions), so a field the widget learns shows up here with its schema; the
 * languages come from the widget's registry, and the timeline's "from here" from its schedule
 * rule (widget.scheduleAt: NoticeConfig::visible_at and phase_at). The notices themselves show
 * whatever the widget renders at the preview's clock.
 *
 * Every config value and every message is put in as text, never as HTML.
 */
import init, * as widget from "/preview/member-notice-preview.js";

import { download } from "./download.js";

await init({ module_or_path: "/preview/member-notice-preview_bg.wasm" });

const known = JSON.parse(widget.configFields());
const schema = known.schema ?? {};
// The registry's shipped locales (previewLocales also lists the pseudo-locales, which no
// member sees: they are the ones not editable).
const locales = JSON.parse(widget.previewLocales()).filter((l) => l.editable);

const $ = (id) => document.getElementById(id);
const textarea = $("json");
const fieldset = $("fields");

// ---------------------------------------------------------------------------------------------
// JSON pointers and values

/** A JSON pointer's segments (RFC 6901). */
const segmentsOf = (pointer) =>
  pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
/** The pointer of `segments`. */
const pointerOf = (segments) =>
  segments.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** The value at `segments` in `value`, or undefined. */
function valueAt(value, segments) {
  for (const segment of segments) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = value[segment];
  }
  return value;
}

/**
 * Sets the value at `segments` in `root` (creating objects on the way); `undefined` removes
 * it, and an object left empty by that goes too (`links` without links), but never an entry
 * of a list, which the list's own Remove button takes out.
 */
function setAt(root, segments, value) {
  const parents = [root];
  let node = root;
  for (const segment of segments.slice(0, -1)) {
    if (node[segment] === null || typeof node[segment] !== "object") node[segment] = {};
    node = node[segment];
    parents.push(node);
  }
  const last = segments.at(-1);
  if (value !== undefined) {
    node[last] = value;
    return;
  }
  delete node[last];
  for (let depth = segments.length - 1; depth > 0; depth--) {
    const parent = parents[depth - 1];
    const child = parents[depth];
    if (Array.isArray(parent) || Array.isArray(child) || Object.keys(child).length > 0) break;
    delete parent[segments[depth - 1]];
  }
}

/** The config's top-level fields in the order the form shows them: the widget's. */
const FIELD_ORDER = known.fields;

/** `object` with its known keys in the form's order (`$schema` first), the others after. */
function ordered(object) {
  const result = {};
  for (const key of ["$schema", ...FIELD_ORDER]) if (Object.hasOwn(object, key)) result[key] = object[key];
  for (const key of Object.keys(object)) if (!Object.hasOwn(result, key)) result[key] = object[key];
  return result;
}

/** The textarea's JSON as an object, or `undefined` when it is none (the form then waits). */
function currentObject() {
  try {
    const value = JSON.parse(textarea.value);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The form, from the field list and the schema

/** A schema node with its local `$ref` followed; `kind` names the definition (`instant`). */
function resolved(node) {
  if (!node?.$ref?.startsWith("#/$defs/")) return node ?? {};
  const kind = node.$ref.slice("#/$defs/".length);
  const { $ref, ...own } = node;
  void $ref;
  return { ...(schema.$defs?.[kind] ?? {}), ...own, kind };
}

/** The schema of a top-level field. */
function fieldSchema(name) {
  return resolved(schema.properties?.[name]);
}

/** The keys of an object field: the widget's lists where it has them, else the schema's. */
function keysOf(name, node) {
  if (name === "links") return known.links;
  if (name === "terms") return known.terms;
  return Object.keys(node.properties ?? {});
}

let serial = 0;
const newId = (what) => `f-${what.replace(/[^a-z0-9]+/gi, "-")}-${++serial}`;

/** A hint paragraph for `control`, from a schema description (text, never HTML). */
function hint(container, control, text) {
  if (!text) return;
  const p = document.createElement("p");
  p.className = "hint";
  p.id = newId("hint");
  p.textContent = text;
  container.append(p);
  describe(control, p.id);
}

/** Adds `id` to `element`'s aria-describedby. */
function describe(element, id) {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  if (!ids.includes(id)) ids.push(id);
  element.setAttribute("aria-describedby", ids.join(" "));
}

/** One control for a value of schema `node` at `segments`, labelled `label`. */
function control(segments, label, node) {
  const pointer = pointerOf(segments);
  const field = document.createElement("div");
  field.className = "field";
  field.dataset.pointer = pointer;
  const id = newId(pointer);
  let input;
  if (Array.isArray(node.enum)) {
    input = document.createElement("select");
    const unset = document.createElement("option");
    unset.value = "";
    unset.textContent = node.default !== undefined ? `not set (${node.default})` : "not set";
    input.append(unset);
    for (const value of node.enum) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      input.append(option);
    }
  } else if (node.type === "boolean") {
    input = document.createElement("input");
    input.type = "checkbox";
  } else {
    input = document.createElement("input");
    input.type = "text";
    input.spellcheck = false;
    input.autocomplete = "off";
    if (node.kind === "link") input.inputMode = "url";
    const example = node.examples?.[0];
    if (example !== undefined) input.placeholder = String(example);
  }
  input.id = id;
  input.dataset.pointer = pointer;
  const name = document.createElement("label");
  name.htmlFor = id;
  name.textContent = label;
  if (input.type === "checkbox") {
    field.classList.add("check");
    field.append(input, name);
  } else {
    field.append(name, input);
  }
  hint(field, input, node.description);
  // The widget's problems with this field, once it names one (see `problemItem`).
  const problems = document.createElement("ul");
  problems.className = "inline";
  problems.id = newId("problems");
  field.append(problems);
  describe(input, problems.id);
  return field;
}

/** A group (fieldset) for an object or list field. */
function group(segments, legendText, node) {
  const box = document.createElement("fieldset");
  box.className = "group";
  box.dataset.pointer = pointerOf(segments);
  const legend = document.createElement("legend");
  legend.textContent = legendText;
  box.append(legend);
  if (node.description) {
    const p = document.createElement("p");
    p.className = "hint";
    p.textContent = node.description;
    box.append(p);
  }
  const problems = document.createElement("ul");
  problems.className = "inline";
  box.append(problems);
  return box;
}

/** The lists (`phases`): their group, schema and segments, to rebuild rows. */
const lists = new Map();

function buildForm() {
  for (const name of FIELD_ORDER) {
    const node = fieldSchema(name);
    if (node.type === "object" || node.properties) {
      const box = group([name], name, node);
      for (const key of keysOf(name, node)) {
        box.append(control([name, key], key, resolved(node.properties?.[key])));
      }
      fieldset.append(box);
    } else if (node.type === "array") {
      const box = group([name], name, node);
      const rows = document.createElement("div");
      rows.className = "rows";
      const add = document.createElement("button");
      add.type = "button";
      add.className = "add";
      add.textContent = `Add an entry to ${name}`;
      add.addEventListener("click", () => addEntry(name));
      box.append(rows, add);
      lists.set(name, { box, rows, add, node: resolved(node.items) });
      fieldset.append(box);
    } else {
      fieldset.append(control([name], name, node));
    }
  }
}

/** Rebuilds the rows of list `name` for `value`. */
function buildRows(name, value) {
  const { rows, add, node } = lists.get(name);
  rows.replaceChildren();
  const entries = Array.isArray(value) ? value : [];
  add.disabled = value !== undefined && !Array.isArray(value);
  entries.forEach((_, at) => {
    const row = group([name, at], `${name}[${at}]`, {});
    row.classList.add("row-entry");
    for (const key of Object.keys(node.properties ?? {})) {
      row.append(control([name, at, key], key, resolved(node.properties[key])));
    }
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = `Remove ${name}[${at}]`;
    remove.addEventListener("click", () => {
      const object = currentObject();
      if (!object || !Array.isArray(object[name])) return;
      object[name].splice(at, 1);
      if (object[name].length === 0) delete object[name];
      writeJson(object);
      syncForm(object);
      add.focus();
      scheduleCheck();
    });
    row.append(remove);
    rows.append(row);
  });
}

/** An RFC 3339 time with this computer's offset, e.g. `2026-09-01T08:00:00+02:00`. */
function rfc3339(ms) {
  const date = new Date(ms);
  const pad = (n) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const zone = `${offset >= 0 ? "+" : "-"}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/** Adds an entry to list `name`: a week after the last one's `from` (or now), the next phase. */
function addEntry(name) {
  const object = currentObject();
  if (!object) return;
  const list = Array.isArray(object[name]) ? object[name] : [];
  const { node } = lists.get(name);
  const entry = {};
  const last = list.at(-1);
  for (const key of Object.keys(node.properties ?? {})) {
    const item = resolved(node.properties[key]);
    if (Array.isArray(item.enum)) {
      const before = item.enum.indexOf(last?.[key]);
      entry[key] = item.enum[Math.min(before + 1, item.enum.length - 1)];
    } else if (item.kind === "instant") {
      const after = typeof last?.[key] === "string" ? widget.instantMillis(last[key]) : undefined;
      const base = after ?? Date.now();
      entry[key] = rfc3339(base + 7 * 24 * 3600 * 1000);
    } else {
      entry[key] = "";
    }
  }
  object[name] = [...list, entry];
  writeJson(object);
  syncForm(object);
  lists.get(name).rows.lastElementChild?.querySelector("select, input")?.focus();
  scheduleCheck();
}

/** Fills every control from `object` (the JSON as typed); the lists get their rows anew. */
function syncForm(object) {
  for (const [name] of lists) buildRows(name, object[name]);
  for (const input of fieldset.querySelectorAll("[data-pointer]:is(input, select)")) {
    const value = valueAt(object, segmentsOf(input.dataset.pointer));
    if (input.type === "checkbox") {
      // Absent: the default (true for `active`); not a boolean: neither.
      input.indeterminate = value !== undefined && typeof value !== "boolean";
      const fallback = fieldSchemaAt(input.dataset.pointer).default === true;
      input.checked = typeof value === "boolean" ? value : value === undefined && fallback;
    } else if (input.tagName === "SELECT") {
      input.querySelectorAll("option[data-extra]").forEach((o) => o.remove());
      if (value === undefined) {
        input.value = "";
      } else if ([...input.options].some((o) => o.value === value)) {
        input.value = value;
      } else {
        // A value the widget will refuse: shown as written, so the problem below makes sense.
        const option = document.createElement("option");
        option.dataset.extra = "";
        option.value = `\u0000${JSON.stringify(value)}`;
        option.textContent = `${JSON.stringify(value)} (not allowed)`;
        input.append(option);
        input.value = option.value;
      }
    } else {
      input.value = value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
    }
  }
}

/** The schema at a pointer's field (top level, or in a group). */
function fieldSchemaAt(pointer) {
  const [name, ...rest] = segmentsOf(pointer);
  let node = fieldSchema(name);
  for (const segment of rest) {
    // A list's segment is an entry's index; an object's, a key.
    node = resolved(node.type === "array" ? node.items : node.properties?.[segment]);
  }
  return node;
}

/** A control's edit, written into the JSON. */
function onFormInput(event) {
  const input = event.target;
  if (!input.dataset?.pointer) return;
  const object = currentObject();
  if (!object) return;
  let value;
  if (input.type === "checkbox") value = input.checked;
  else if (input.value.startsWith("\u0000")) return; // the refused value as it was written
  else value = input.value === "" ? undefined : input.value;
  setAt(object, segmentsOf(input.dataset.pointer), value);
  writeJson(object);
  scheduleCheck();
}

function writeJson(object) {
  textarea.value = `${JSON.stringify(ordered(object), null, 2)}\n`;
}

/** Enables the form when the JSON is an object, and fills it; says why not otherwise. */
function followJson() {
  const object = currentObject();
  fieldset.disabled = !object;
  $("form-state").hidden = !!object;
  $("form-state").textContent = object
    ? ""
    : "The form waits until the JSON is an object again: fix it in the text (the widget names the problem under it).";
  if (object) syncForm(object);
}

// ---------------------------------------------------------------------------------------------
// The widget's verdict

let timer = 0;
let checks = 0;
/** The last text the widget accepted, which the notices show; undefined: the built-in. */
let accepted;

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 150);
}

/** Sends the JSON to the widget: its verdict, and the notices when it accepts. */
function check() {
  clearTimeout(timer);
  const text = textarea.value;
  const verdict = JSON.parse(widget.previewConfig(text));
  if (verdict.accepted) accepted = text;
  showVerdict(verdict);
  renderTimeline();
  afterRender();
}

/** The problems and warnings, listed as `cargo xtask config check` prints them, and at their fields. */
function showVerdict(verdict) {
  // Counts checks, so tests (and curious people) can tell a fresh verdict from an old one.
  $("summary").dataset.checks = String(++checks);
  const count = (n, one) => `${n} ${one}${n === 1 ? "" : "s"}`;
  let summary = verdict.accepted ? "notice.json: accepted" : `notice.json: refused (${verdict.code}), ${count(verdict.problems.length, "problem")}`;
  if (verdict.warnings.length) summary += `, ${count(verdict.warnings.length, "warning")}`;
  $("summary").textContent = summary;
  $("summary").className = verdict.accepted ? (verdict.warnings.length ? "warn" : "good") : "bad";

  const shown = verdict.accepted ? "this" : accepted !== undefined ? "last" : "builtin";
  $("applied").dataset.shown = shown;
  $("applied").textContent = {
    this: "The notices below show this config.",
    last: "The notices below keep the last config the widget accepted, as members' pages would: a refused config changes nothing.",
    builtin: "The notices below show the built-in notice: the widget has accepted no config on this page yet.",
  }[shown];

  for (const list of document.querySelectorAll("ul.inline")) list.replaceChildren();
  for (const element of fieldset.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid");
  const items = [
    ...verdict.problems.map((p) => ({ ...p, severity: "error" })),
    ...verdict.warnings.map((p) => ({ ...p, severity: "warning" })),
  ];
  $("problems").replaceChildren(...items.map((item) => problemItem(item)));
}

/** One problem: listed with its pointer, and at its field (or the group that holds it). */
function problemItem({ pointer, problem, severity }) {
  const place = pointer === "" ? "(the whole file)" : pointer;
  const line = `${severity === "warning" ? "warning " : ""}${place}: ${problem}`;
  const item = document.createElement("li");
  item.className = severity;
  item.dataset.pointer = pointer;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = line;
  const target = pointer === "" ? undefined : holderOf(pointer);
  button.addEventListener("click", () => {
    const focusable = target?.querySelector("input, select, button:not([disabled])");
    (focusable && !fieldset.disabled ? focusable : textarea).focus();
  });
  item.append(button);
  if (target) {
    const inline = document.createElement("li");
    inline.className = severity;
    inline.textContent = `${severity === "warning" ? "Warning: " : ""}${problem}`;
    target.querySelector(":scope > ul.inline")?.append(inline);
    if (severity === "error") target.querySelector(":scope > input, :scope > select")?.setAttribute("aria-invalid", "true");
  }
  return item;
}

/** The field or group that holds `pointer`: the deepest one whose pointer it starts with. */
function holderOf(pointer) {
  const segments = segmentsOf(pointer);
  for (let length = segments.length; length > 0; length--) {
    const at = pointerOf(segments.slice(0, length));
    const holder = fieldset.querySelector(`[data-pointer="${CSS.escape(at)}"]:is(.field, .group)`);
    if (holder) return holder;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The schedule

/** The preview's clock: undefined follows the real one. */
let clock;
const now = () => clock ?? Date.now();

const formatter = new Intl.DateTimeFormat("en-GB", {
  weekday: "short", year: "numeric", month: "short", day: "numeric",
  hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short",
});
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** `ms` from now, in words (`in 3 days`). */
function fromNow(ms) {
  const seconds = (ms - Date.now()) / 1000;
  const units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds), "second");
}

/**
 * Whether the notice shows at `t`, and in which phase: the widget's answer for the JSON as
 * typed (`undefined` while the widget refuses it — the notices then keep the last accepted).
 */
function stateAt(t) {
  return JSON.parse(widget.scheduleAt(textarea.value, t)) ?? undefined;
}

/** What the timeline says from `t` on. */
function stateText(t) {
  const state = stateAt(t);
  if (!state) return "the widget refuses this config (see its problems)";
  return state.shows ? `shown, phase ${state.phase}` : "hidden";
}

/** The schedule of `object`: the times the widget can read, and what it cannot place. */
function scheduleOf(object) {
  const unreadable = [];
  const time = (value, name) => {
    if (value === undefined) return undefined;
    const at = typeof value === "string" ? widget.instantMillis(value) : undefined;
    if (at === undefined) unreadable.push(name);
    return at;
  };
  const phases = [];
  if (Array.isArray(object.phases)) {
    object.phases.forEach((entry, at) => {
      const from = time(entry?.from, `phases[${at}].from`);
      if (from !== undefined) phases.push({ from, phase: String(entry.phase ?? "?"), at, text: entry.from });
    });
  }
  return {
    active: object.active !== false,
    start: time(object.starts_at, "starts_at"),
    end: time(object.ends_at, "ends_at"),
    phases,
    unreadable,
  };
}

function renderTimeline() {
  const list = $("timeline");
  const object = currentObject();
  if (!object) {
    const item = document.createElement("li");
    item.className = "note";
    item.textContent = "The JSON cannot be read: the timeline waits for it.";
    list.replaceChildren(item);
    return;
  }
  const schedule = scheduleOf(object);
  const events = [];
  if (schedule.start !== undefined) events.push({ at: schedule.start, label: "starts_at", text: object.starts_at });
  for (const p of schedule.phases) events.push({ at: p.from, label: `phases[${p.at}]: ${p.phase}`, text: p.text });
  if (schedule.end !== undefined) events.push({ at: schedule.end, label: "ends_at", text: object.ends_at });
  events.push({ at: Date.now(), label: "now", now: true });
  if (clock !== undefined) events.push({ at: clock, label: "the notices below show this moment", shown: true });
  events.sort((a, b) => a.at - b.at || (a.now ? 1 : 0) - (b.now ? 1 : 0));

  const items = [];
  const first = document.createElement("li");
  first.className = "start";
  const before = events.find((e) => !e.now && !e.shown)?.at ?? Infinity;
  const state = stateText(before === Infinity ? now() : before - 1);
  first.textContent = events.some((e) => !e.now && !e.shown)
    ? `Before the first entry: ${state}.`
    : `No times set: ${state}, at any time.`;
  items.push(first);
  for (const event of events) {
    const item = document.createElement("li");
    item.className = event.now ? "now" : event.shown ? "shown" : "entry";
    item.dataset.label = event.label;
    const title = document.createElement("strong");
    title.textContent = event.label;
    const when = document.createElement("time");
    when.dateTime = new Date(event.at).toISOString();
    when.textContent = `${formatter.format(event.at)}${event.now ? "" : ` (${fromNow(event.at)})`}`;
    item.append(title, " ", when);
    if (event.text !== undefined) {
      const code = document.createElement("code");
      code.textContent = event.text;
      item.append(" ", code);
    }
    if (!event.now && !event.shown) {
      const state = document.createElement("span");
      state.className = "state";
      state.textContent = ` — from here: ${stateText(event.at)}`;
      item.append(state);
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Show the notices as at this time";
      button.setAttribute("aria-label", `Show the notices as at this time: ${event.label}`);
      button.addEventListener("click", () => setClock(event.at));
      item.append(" ", button);
    }
    items.push(item);
  }
  const notes = [];
  if (!schedule.active) notes.push("active is false: the notice hides at any time.");
  for (const name of schedule.unreadable) notes.push(`${name} is no time the widget reads: it is not on the timeline.`);
  for (const text of notes) {
    const item = document.createElement("li");
    item.className = "note";
    item.textContent = text;
    items.push(item);
  }
  list.replaceChildren(...items);
}

/** Shows every notice as at `at` (undefined: now, live). */
function setClock(at) {
  clock = at;
  widget.previewClock(at);
  $("clock-at").value = at === undefined ? "" : rfc3339(at).slice(0, 19);
  $("clock-shown").textContent = at === undefined
    ? "Shown: now (live)."
    : `Shown: ${formatter.format(at)}.`;
  renderTimeline();
  afterRender();
}

// ---------------------------------------------------------------------------------------------
// The notices

const cards = [];

/**
 * Mounts one notice into a labelled card in `parent`. An `inert` card is for looking only:
 * out of the keyboard order and the accessibility tree (the overview of every language would
 * otherwise be the same notice, the same landmark, many times over); its button shows it in
 * the live view instead.
 */
function card(parent, locale, options, label, { inert = false, show, name } = {}) {
  const figure = document.createElement("figure");
  figure.className = "card theme-light";
  figure.dataset.locale = locale.tag;
  figure.dataset.variant = options.variant;
  const caption = document.createElement("figcaption");
  const text = document.createElement("span");
  text.textContent = label;
  caption.append(text);
  if (name) {
    // The language's own name, in its own language and direction.
    const own = document.createElement("span");
    own.lang = locale.tag.split("-")[0];
    own.dir = locale.dir;
    own.textContent = locale.name;
    caption.append(" (", own, ")");
  }
  const state = document.createElement("span");
  state.className = "hidden-state";
  caption.append(state);
  if (show) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "show";
    button.textContent = "Show above";
    button.setAttribute("aria-label", `Show above: ${label}`);
    button.addEventListener("click", show);
    caption.append(" ", button);
  }
  const host = document.createElement("div");
  host.inert = inert;
  figure.append(caption, host);
  parent.append(figure);
  // Links out open in a new tab: following one here would lose the config being written.
  if (!options.webview) {
    host.addEventListener("click", (event) => {
      const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
      if (!link) return;
      event.preventDefault();
      window.open(link.href, "_blank", "noopener,noreferrer");
    });
  }
  const handle = new widget.NoticeHandle(host, JSON.stringify({ lang: locale.tag, theme: "light", ...options }));
  const entry = { figure, host, state, handle };
  cards.push(entry);
  return entry;
}

/** After the notices have rendered (Yew renders in a task it queues): each card says when its notice is hidden. */
function afterRender() {
  setTimeout(() => {
    for (const { host, state, figure } of cards) {
      const hidden = !host.shadowRoot?.querySelector("section.notice");
      figure.classList.toggle("is-hidden", hidden);
      state.textContent = hidden ? " — hidden at this time" : "";
    }
  }, 0);
}

/** How the live view mounts the notice, and what it says about it. */
const VIEWS = {
  banner: {
    options: { variant: "banner", headingLevel: 3 },
    label: "banner",
    note: "As a web page shows it with data-variant=\"banner\". Links open in a new tab here.",
  },
  full: {
    options: { variant: "full", headingLevel: 3 },
    label: "full",
    note: "As a web page shows it with data-variant=\"full\". Links open in a new tab here.",
  },
  // As webview.html mounts it: full, in WebView mode (its headline the page's h1).
  app: {
    options: { variant: "full", webview: true },
    label: "member app",
    note: "As the app's webview.html shows it: the full notice, its headline the page's h1, " +
      "links opened by the app (no href: the app gets a \"link\" message, listed beside). A path " +
      "such as /kontakt is made absolute against the page's address — here this page's.",
  },
};

/** The live view: the chosen language, shown as chosen. */
let live;
function showView(tag, as) {
  if (live) {
    live.handle.unmount();
    cards.splice(cards.indexOf(live), 1);
  }
  $("view").replaceChildren();
  const locale = locales.find((l) => l.tag === tag) ?? locales[0];
  const view = VIEWS[as] ?? VIEWS.banner;
  let parent = $("view");
  if (as === "app") {
    parent = document.createElement("div");
    parent.className = "phone";
    $("view").append(parent);
  }
  $("view").dataset.view = as;
  $("view-note").textContent = view.note;
  $("bridge-box").hidden = as !== "app";
  live = card(parent, locale, view.options, `${locale.tag} · ${view.label}`);
  // A new notice starts with the built-in content: give it what the others show.
  if (accepted !== undefined) widget.previewConfig(accepted);
  afterRender();
}

/** Shows `tag` as `as` in the live view, and takes the focus there. */
function showAbove(tag, as) {
  $("view-locale").value = tag;
  $("view-as").value = as;
  showView(tag, as);
  $("view-locale").focus();
}

/** The app's side of the bridge: what the WebView notice posts, listed as it arrives. */
window.MemberNoticeBridge = {
  postMessage(message) {
    const item = document.createElement("li");
    const code = document.createElement("code");
    code.textContent = String(message);
    item.append(code);
    $("bridge").prepend(item);
    while ($("bridge").children.length > 20) $("bridge").lastElementChild.remove();
  },
};

/** The overview: every shipped language as a banner, then every one in full. */
function buildGrid() {
  for (const [variant, heading] of [["banner", "As a banner"], ["full", "In full"]]) {
    const block = document.createElement("section");
    block.className = "variant";
    block.setAttribute("aria-labelledby", `grid-${variant}`);
    const title = document.createElement("h3");
    title.id = `grid-${variant}`;
    title.textContent = heading;
    const row = document.createElement("div");
    row.className = "row";
    block.append(title, row);
    for (const locale of locales) {
      card(row, locale, { variant, headingLevel: 4 }, `${locale.tag} · ${variant}`, {
        inert: true,
        show: () => showAbove(locale.tag, variant),
        name: locale,
      });
    }
    $("grid").append(block);
  }
}

// ---------------------------------------------------------------------------------------------
// Starting points, files, download

/** The guide's example (docs/notice.example.json) without its `$schema`, a path only the repository has. */
function example() {
  const { $schema, ...rest } = JSON.parse(known.example);
  void $schema;
  return rest;
}

function start(which) {
  writeJson(which === "example" ? example() : { version: known.builtin });
  followJson();
  check();
}

for (const locale of locales) {
  const option = document.createElement("option");
  option.value = locale.tag;
  option.textContent = `${locale.tag} — ${locale.name}`;
  $("view-locale").append(option);
}

buildForm();
buildGrid();
const query = new URLSearchParams(location.search);
const requested = query.get("locale");
$("view-locale").value = locales.some((l) => l.tag === requested) ? requested : locales[0].tag;
$("view-as").value = Object.hasOwn(VIEWS, query.get("view") ?? "") ? query.get("view") : "banner";
showView($("view-locale").value, $("view-as").value);

// Text fields, selects and checkboxes all report `input` as they change.
$("form").addEventListener("input", onFormInput);
$("form").addEventListener("submit", (event) => event.preventDefault());
textarea.addEventListener("input", () => {
  followJson();
  scheduleCheck();
});
for (const id of ["view-locale", "view-as"]) {
  $(id).addEventListener("change", () => showView($("view-locale").value, $("view-as").value));
}
$("start-apply").addEventListener("click", () => start($("start").value));
$("open").addEventListener("change", async () => {
  const file = $("open").files?.[0];
  if (!file) return;
  textarea.value = await file.text();
  followJson();
  check();
});
$("download").addEventListener("click", () => download(textarea.value, "application/json", "notice.json"));
$("clock-now").addEventListener("click", () => setClock(undefined));
$("clock-at").addEventListener("change", () => {
  const at = new Date($("clock-at").value).getTime();
  setClock(Number.isNaN(at) ? undefined : at);
});
// "now" moves on: the timeline says where it is.
setInterval(renderTimeline, 60_000);

start("builtin");
setClock(undefined);
document.documentElement.dataset.ready = "true";
