/*
 * Translator preview: every locale rendered by the real widget (the preview
 * build, target/preview/, with the checker compiled in), and an editor whose
 * text re-renders the notice and is checked as you type — the same checker
 * as `cargo xtask i18n check`. Findings are inserted as text, never HTML.
 */
import init, * as widget from "/preview/member-notice-preview.js";

import { download } from "./download.js";

const VARIANTS = ["banner", "full"];
const THEMES = ["light", "dark"];

await init({ module_or_path: "/preview/member-notice-preview_bg.wasm" });
const locales = JSON.parse(widget.previewLocales());

const $ = (id) => document.getElementById(id);
const select = $("locale");
const textarea = $("ftl");

/** Mounts one notice into a labelled card inside `parent`. */
function card(parent, locale, variant, theme, headingLevel) {
  const figure = document.createElement("figure");
  figure.className = `card theme-${theme}`;
  const caption = document.createElement("figcaption");
  caption.textContent = `${locale.tag} · ${variant} · ${theme}`;
  const host = document.createElement("div");
  figure.append(caption, host);
  parent.append(figure);
  return new widget.NoticeHandle(host, JSON.stringify({
    lang: locale.tag, variant, theme, headingLevel
  }));
}

// The grid: every locale × variant × theme.
for (const locale of locales) {
  const block = document.createElement("section");
  block.className = "locale";
  block.setAttribute("aria-labelledby", `grid-${locale.tag}`);
  const title = document.createElement("h3");
  title.id = `grid-${locale.tag}`;
  title.textContent = `${locale.tag} — `;
  const name = document.createElement("span");
  name.lang = locale.tag.split("-")[0];
  name.dir = locale.dir;
  name.textContent = locale.name;
  title.append(name);
  const row = document.createElement("div");
  row.className = "row";
  block.append(title, row);
  for (const theme of THEMES) {
    for (const variant of VARIANTS) card(row, locale, variant, theme, 4);
  }
  $("grid").append(block);
}

// The editor.
for (const locale of locales.filter((l) => l.editable)) {
  const option = document.createElement("option");
  option.value = locale.tag;
  option.textContent = `${locale.tag} — ${locale.name}`;
  select.append(option);
}

let live = [];
function showLive(tag) {
  live.forEach((handle) => handle.unmount());
  $("live").replaceChildren();
  const locale = locales.find((l) => l.tag === tag);
  live = VARIANTS.map((variant) => card($("live"), locale, variant, "light", 4));
}

let checks = 0;
function renderFindings(tag, text) {
  const report = JSON.parse(widget.checkFtl(tag, text));
  // Counts checks, so tests (and curious people) can tell a fresh result from an old one.
  $("summary").dataset.checks = String(++checks);
  const list = $("findings");
  list.replaceChildren();
  for (const finding of report.findings) {
    const item = document.createElement("li");
    item.className = finding.severity;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${finding.path}:${finding.line}:${finding.col}: ${finding.severity}: ${finding.message} — ${finding.fix}`;
    button.addEventListener("click", () => jumpTo(finding.line, finding.col));
    item.append(button);
    list.append(item);
  }
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.length - errors;
  $("summary").textContent = errors + warnings === 0
    ? `${tag}/notice.ftl: no problems found.`
    : `${tag}/notice.ftl: ${errors} error(s), ${warnings} warning(s).`;
  $("summary").className = errors ? "bad" : warnings ? "warn" : "good";
}

/** Puts the caret at line:col (1-based) in the editor. */
function jumpTo(line, col) {
  const lines = textarea.value.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += Math.max(0, col - 1);
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
}

let timer = 0;
function onEdit() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    widget.previewFtl(select.value, textarea.value);
    renderFindings(select.value, textarea.value);
  }, 150);
}

function load(tag) {
  textarea.value = widget.ftlSource(tag) ?? "";
  $("ftl-label").textContent = `i18n/${tag}/notice.ftl`;
  textarea.lang = tag;
  textarea.dir = locales.find((l) => l.tag === tag)?.dir ?? "ltr";
  showLive(tag);
  renderFindings(tag, textarea.value);
}

select.addEventListener("change", () => {
  widget.previewFtl(select.value, undefined);
  load(select.value);
});
textarea.addEventListener("input", onEdit);
$("reset").addEventListener("click", () => {
  widget.previewFtl(select.value, undefined);
  load(select.value);
});
$("download").addEventListener("click", () => download(textarea.value, "text/plain;charset=utf-8", "notice.ftl"));

const requested = new URLSearchParams(location.search).get("locale");
select.value = locales.some((l) => l.tag === requested && l.editable) ? requested : "de";
load(select.value);
document.documentElement.dataset.ready = "true";
