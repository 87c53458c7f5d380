import { describe, expect, it } from "vitest";

import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import { LANGUAGES } from "./language.ts";
import type { Language } from "./language.ts";
import { PANE_STRINGS } from "./paneCatalogs.ts";

// Every language's catalogue, the alert's and the pane's, has the words English has, none empty and none left in
// English. A function is called with each of two counts (1 and 7: singular and plural in every language), so that
// a form used for one count only is checked too.

/** Arguments for each sentence that takes some, by path; `v` is the count to say. */
function alertArguments(language: Language, v: number): Record<string, unknown[]> {
  const c = count(v, language);
  const emphasis = (text: string) => text;
  return {
    exposure: [
      {
        people: count(v + 3, language),
        who: { personal: c, organisations: count(3, language) },
        organization: null,
        emphasis,
      },
    ],
    largeAudience: [c, emphasis],
    sensitive: [null],
    contactGroups: [c, emphasis],
    contactGroupAdvice: [c],
    contactGroupAdviceShort: [c],
    unresolved: [c],
    unresolvedInfobar: [c, null],
    including: [["Ann Smith", "Bob Jones"], c],
    "moveImpossible.fieldLimit": [c],
    "move.moved": [c],
    "move.cannotMove": [c],
    "move.fieldLimit": ["Bcc", count(600, language), count(500, language)],
    "move.groupsInField": ["To", c, ["All customers"]],
    "move.lost": [c],
    "move.restored": [c],
  };
}

function paneArguments(v: number): Record<string, unknown[]> {
  const facts = { people: v + 3, organisations: 3, personal: v };
  return {
    "status.exposure": [facts],
    "status.belowLimit": [facts, 5],
    "status.largeAudience": [v],
    "status.sensitive": [v, 3],
    "counts.inToCc": [v, v],
    "move.preview": [{ moved: v, kept: v, keptAreColleagues: v === 1, senderAddedToTo: true, cannotMove: v }],
    "move.blockedByGroups": ["To", v === 1 ? ["All customers"] : ["All customers", "Suppliers"]],
    "move.blockedByLimit": ["Bcc", 600, 500],
    "move.progress": [v, 10],
    "move.moved": [v],
    "move.cannotMoveLeft": [v],
    "move.fieldLimit": ["Bcc", 600, 500],
    "move.unresolvedRefused": ["To", v === 1 ? ["All customers"] : ["All customers", "Suppliers"]],
    "move.lost": [v],
    "move.restored": [v],
    "groups.size": [v],
    "groups.showAll": [v],
    "groups.more": [v],
    "unresolved.what": [v],
  };
}

/** Every text of a catalogue by path ("move.failed.read"), functions called with their arguments. */
function texts(catalogue: object, args: Record<string, unknown[]>, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix + key;
    if (typeof value === "function") {
      const given = args[path];
      if (!given) throw new Error(`no arguments for ${path}: add them to this test`);
      found.set(path, (value as (...a: unknown[]) => unknown)(...given));
    } else if (value && typeof value === "object") {
      for (const [inner, text] of texts(value, args, `${path}.`)) found.set(inner, text);
    } else found.set(path, value);
  }
  return found;
}

/**
 * Texts that may read as in English: the product's name, the separator between sentences, and Outlook's own
 * field names where the language keeps the English one (French and German write Cc, German writes Bcc).
 */
const SAME_AS_ENGLISH: Record<Language, string[]> = {
  en: [],
  fr: ["appTitle", "sentenceGap", "fields.cc"],
  de: ["appTitle", "sentenceGap", "fields.cc", "fields.bcc"],
  es: ["appTitle", "sentenceGap"],
  ja: ["appTitle"],
};

const catalogues = [
  { name: "alert", of: (language: Language, v: number) => texts(CATALOGS[language], alertArguments(language, v)) },
  { name: "pane", of: (language: Language, v: number) => texts(PANE_STRINGS[language], paneArguments(v)) },
];

describe.each(catalogues)("the $name catalogue", ({ of }) => {
  const others = LANGUAGES.filter((language) => language !== "en");

  it.each(others)("in %s has exactly the texts English has", (language) => {
    expect([...of(language, 1).keys()].sort()).toEqual([...of("en", 1).keys()].sort());
  });

  it.each(LANGUAGES)("in %s has no empty text, for one and for several", (language) => {
    for (const v of [1, 7]) {
      for (const [path, text] of of(language, v)) {
        if (path === "sentenceGap" || path === "language") continue;
        expect(typeof text === "string" && text.trim().length > 0, `${language} ${path} (${v}): ${String(text)}`).toBe(
          true,
        );
      }
    }
  });

  it.each(others)("in %s leaves nothing in English", (language) => {
    for (const v of [1, 7]) {
      const english = of("en", v);
      const same = [...of(language, v)]
        .filter(([path, text]) => text === english.get(path))
        .map(([path]) => path)
        .filter((path) => path !== "language");
      expect(same.sort(), `${language}, count ${v}`).toEqual(
        SAME_AS_ENGLISH[language].filter((path) => of(language, v).has(path)).sort(),
      );
    }
  });
});
