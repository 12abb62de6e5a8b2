/*
 * The previews' download (the translators' notice.ftl, the operators' notice.json): the text
 * as shown, byte for byte, offered as a file. A module of its own: both pages import it, and
 * their CSP allows no inline scripts.
 */

/** Offers `text` as the file `name` of media type `type`. */
export function download(text, type, name) {
  const blob = new Blob([text], { type });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // The click has started the download by the next task; the object URL may go then.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
