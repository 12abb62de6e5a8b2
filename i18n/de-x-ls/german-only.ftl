### Hinweis für Versicherte in Leichter Sprache: the messages only the German
### versions show.
###
### The widget reads this file after notice.ftl, as one text. Same message ids
### as de/german-only.ftl, with the rules of Leichte Sprache of notice.ftl.
### Only the German versions have this file; l10n.toml tells translators'
### tools (compare-locales, Pontoon, Weblate) so.

## The switch between this notice and the standard German one (i18n/de/).
## Only the two German versions have these messages; other locales never show them.

# Button that leads back to the standard German notice.
notice-language-switch = Zurück zur Standard·sprache
# Said politely by screen readers (not shown) right after the member switched
# to this version; one short sentence.
notice-status-language = Der Hinweis ist jetzt in Leichter Sprache.
