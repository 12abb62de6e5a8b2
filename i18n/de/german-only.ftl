### Hinweis für Versicherte: the messages only the German versions show.
###
### The widget reads this file after notice.ftl, as one text. Only the German
### versions have it (de and its Leichte Sprache version, de-x-ls): no other
### locale shows these messages, so no other locale has this file, and
### l10n.toml tells translators' tools (compare-locales, Pontoon, Weblate) so.
### Every message the notice shows in every language belongs in notice.ftl.

## The switch between this notice and its Leichte Sprache version (i18n/de-x-ls/).
## Only the two German versions have these messages; other locales never show them.

# Button that shows the notice in Leichte Sprache (easy-read German). Keep the
# established name: members look for exactly these words.
notice-language-switch = Leichte Sprache
# Said politely by screen readers (not shown) right after the member came back
# from the Leichte Sprache version; one short sentence.
notice-status-language = Der Hinweis ist wieder in Standardsprache.
