import { describe, expect, it } from "vitest";

import { alertFacts } from "../../../test/support/alertFacts.ts";

import type { Verdict } from "../verdict.ts";
import { LANGUAGES } from "./language.ts";
import { LIMITS } from "./limits.ts";
import type { Language } from "./language.ts";
import { errorAlertTexts, sendAlertTexts } from "./sendAlert.ts";

const ORANGE = { visible: 312, visibleExternal: 312, parties: 298 };

describe("the Smart Alert for exposed addresses", () => {
  it("says in plain words how many outsiders would see each other, and what to do", () => {
    const alert = sendAlertTexts(
      alertFacts("block", ["exposed-parties"], ORANGE, { exampleNames: ["Ann Smith", "Bob Jones"] }),
      "en",
    );
    expect(alert.errorMessage).toBe(
      "312 people outside your organisation, from 298 different organisations, would see each other's addresses. " +
        "You can't send it like this: move them to Bcc first.\n" +
        "Including: Ann Smith, Bob Jones and 310 others.",
    );
    expect(alert.errorMessageMarkdown).toBe(
      "**312 people** outside your organisation, from 298 different organisations, would see each other's addresses. " +
        "You can't send it like this: move them to Bcc first.\n\n" +
        "Including: Ann Smith, Bob Jones and 310 others.",
    );
    expect(alert.cancelLabel).toBe("Move to Bcc");
  });

  it("leaves out the organisations when each person is their own (private addresses)", () => {
    const alert = sendAlertTexts(alertFacts("block", ["exposed-parties"], { visibleExternal: 40, parties: 40 }), "en");
    expect(alert.errorMessage).toMatch(/^40 people outside your organisation would see each other's addresses\./);
  });

  it("says personal addresses as such, not as organisations of one person", () => {
    const all = sendAlertTexts(
      alertFacts("block", ["exposed-parties"], { visibleExternal: 300, parties: 300 }, { personal: 300 }),
      "en",
    );
    expect(all.errorMessage).toMatch(
      /^300 people outside your organisation, with personal addresses, would see each other's addresses\./,
    );
    // 25 people at webmail providers and 275 from 3 companies: 28 parties, but not "28 organisations".
    const mixed = sendAlertTexts(
      alertFacts("block", ["exposed-parties"], { visibleExternal: 300, parties: 28 }, { personal: 25 }),
      "en",
    );
    expect(mixed.errorMessage).toContain(
      "300 people outside your organisation (25 with personal addresses, the others from 3 different organisations)",
    );
    expect(mixed.errorMessage).not.toMatch(/28/);
    const one = alertFacts("block", ["exposed-parties"], { visibleExternal: 300, parties: 4 }, { personal: 1 });
    expect(sendAlertTexts(one, "en").errorMessage).toContain("(1 with a personal address, the others from 3");
    expect(sendAlertTexts(one, "de").errorMessage).toContain("(1 mit privater Adresse, die übrigen aus 3");
  });

  const PERSONAL_WORDS: Record<Language, RegExp> = {
    en: /25 with personal addresses, the others from 3 different organisations/,
    fr: /dont 25 avec une adresse personnelle, les autres issues de 3 organisations différentes/,
    de: /25 mit privaten Adressen, die übrigen aus 3 verschiedenen Organisationen/,
    es: /25 con dirección personal y el resto de 3 organizaciones distintas/,
    ja: /個人アドレス25人、ほか3組織/,
  };
  it.each(LANGUAGES)("%s: a mixed list says how many have personal addresses, within the limits", (language) => {
    const mixed = alertFacts("block", ["exposed-parties"], { visibleExternal: 300, parties: 28 }, { personal: 25 });
    const alert = sendAlertTexts(mixed, language);
    expect(alert.errorMessage).toMatch(PERSONAL_WORDS[language]);
    expect(alert.errorMessage.length).toBeLessThanOrEqual(LIMITS.errorMessage);
    expect(alert.errorMessageMarkdown.length).toBeLessThanOrEqual(LIMITS.errorMessage);
  });

  const BLOCK_WORDS: Record<Language, RegExp> = {
    en: /can't send it like this/,
    fr: /Impossible d'envoyer le message en l'état/,
    de: /So kann die Nachricht nicht gesendet werden/,
    es: /No se puede enviar así/,
    ja: /このままでは送信できません/,
  };
  const WARN_WORDS: Record<Language, RegExp> = {
    en: /send anyway/,
    fr: /envoyez le message quand même/,
    de: /senden Sie trotzdem/,
    es: /de todos modos/,
    ja: /このまま送信してください/,
  };

  it.each(LANGUAGES)("%s: a block says it cannot go as it is; a warning offers to send anyway", (language) => {
    const block = sendAlertTexts(alertFacts("block", ["exposed-parties"], ORANGE), language);
    const warn = sendAlertTexts(alertFacts("warn", ["exposed-parties"], ORANGE), language);
    for (const text of [block.errorMessage, block.errorMessageMarkdown]) {
      expect(text).toMatch(BLOCK_WORDS[language]);
      expect(text).not.toMatch(WARN_WORDS[language]);
    }
    for (const text of [warn.errorMessage, warn.errorMessageMarkdown]) {
      expect(text).toMatch(WARN_WORDS[language]);
      expect(text).not.toMatch(BLOCK_WORDS[language]);
    }
  });

  const OUTSIDE: Record<Language, [string, string]> = {
    en: ["outside Contoso", "outside your organisation"],
    fr: ["extérieures à Contoso", "extérieures à votre organisation"],
    de: ["außerhalb von Contoso", "außerhalb Ihrer Organisation"],
    es: ["externas a Contoso", "externas a su organización"],
    ja: ["Contoso 外部の", "組織外の"],
  };

  it.each(LANGUAGES)("%s: names the organisation when the policy sets one", (language) => {
    const [named, generic] = OUTSIDE[language];
    const withName = sendAlertTexts(
      alertFacts("block", ["exposed-parties"], ORANGE, { organization: "Contoso" }),
      language,
    );
    const without = sendAlertTexts(alertFacts("block", ["exposed-parties"], ORANGE), language);
    expect(withName.errorMessage).toContain(named);
    expect(withName.errorMessage).not.toContain(generic);
    expect(without.errorMessage).toContain(generic);
  });

  const ONE_AND_TWO: Record<Language, [string, string]> = {
    en: ["1 person outside", "2 people outside"],
    fr: ["1 personne extérieure", "2 personnes extérieures"],
    de: ["1 Person außerhalb", "2 Personen außerhalb"],
    es: ["1 persona externa", "2 personas externas"],
    ja: ["1人", "2人"],
  };

  it.each(LANGUAGES)("%s: says 1 person but 2 people", (language) => {
    const [one, two] = ONE_AND_TWO[language];
    const single = sendAlertTexts(
      alertFacts("warn", ["exposed-parties"], { visibleExternal: 1, parties: 1 }),
      language,
    );
    const pair = sendAlertTexts(alertFacts("warn", ["exposed-parties"], { visibleExternal: 2, parties: 2 }), language);
    expect(single.errorMessage).toContain(one);
    expect(pair.errorMessage).toContain(two);
  });

  it("writes a million the French and Spanish way, with 'de'", () => {
    const million = alertFacts("block", ["exposed-parties"], { visibleExternal: 1_000_000, parties: 1_000_000 });
    expect(sendAlertTexts(million, "fr").errorMessage).toMatch(/^1\u202f000\u202f000 de personnes extérieures/);
    expect(sendAlertTexts(million, "es").errorMessage).toMatch(/^1\.000\.000 de personas externas/);
    expect(sendAlertTexts(million, "de").errorMessage).toMatch(/^1\.000\.000 Personen/);
  });

  it("counts the others after the names, in the singular for one", () => {
    const one = alertFacts("warn", ["exposed-parties"], { visibleExternal: 2, parties: 2 }, { exampleNames: ["Ann"] });
    const many = alertFacts("warn", ["exposed-parties"], { visibleExternal: 3, parties: 3 }, { exampleNames: ["Ann"] });
    expect(sendAlertTexts(one, "en").errorMessage).toContain("Including: Ann and 1 other.");
    expect(sendAlertTexts(many, "en").errorMessage).toContain("Including: Ann and 2 others.");
  });

  it("lists every name with 'and' when they are all there is, and 'e' before an 'I' sound in Spanish", () => {
    const two = alertFacts(
      "warn",
      ["exposed-parties"],
      { visibleExternal: 2, parties: 2 },
      { exampleNames: ["Ann", "Inés"] },
    );
    expect(sendAlertTexts(two, "en").errorMessage).toContain("Including: Ann and Inés.");
    expect(sendAlertTexts(two, "es").errorMessage).toContain("Entre ellas: Ann e Inés.");
  });

  it("shows at most three names and skips names that are empty or links", () => {
    const alert = sendAlertTexts(
      alertFacts("block", ["exposed-parties"], ORANGE, {
        exampleNames: ["\u200B", "Ann", "https://evil.example", "Bob", "Cy", "Dee"],
      }),
      "en",
    );
    expect(alert.errorMessage).toContain("Including: Ann, Bob, Cy and 309 others.");
  });

  it("explains the lower limit of a sensitive message without saying which words matched", () => {
    const alert = sendAlertTexts(
      alertFacts(
        "block",
        ["exposed-parties", "sensitive"],
        { visibleExternal: 3, parties: 3 },
        { organization: "Contoso" },
      ),
      "en",
    );
    expect(alert.errorMessage).toContain(
      "This message contains words Contoso marks as sensitive, so the limit is lower.",
    );
  });

  it("mentions entries that could not be checked", () => {
    const alert = sendAlertTexts(
      alertFacts("block", ["exposed-parties", "unresolved"], {
        visibleExternal: 30,
        parties: 30,
        unresolved: 2,
        contactGroups: 0,
      }),
      "en",
    );
    expect(alert.errorMessage).toContain("2 entries in To or Cc aren't email addresses: please check them.");
  });

  it("says what a contact group does and what to do about it, when it decided", () => {
    const alert = sendAlertTexts(
      alertFacts("warn", ["contact-group", "unresolved"], {
        visible: 1,
        visibleExternal: 1,
        parties: 1,
        unresolved: 1,
        contactGroups: 1,
      }),
      "en",
    );
    expect(alert.errorMessage).toBe(
      "1 contact group in To or Cc will show its members each other's addresses when it's sent. " +
        "Put it in Bcc, or expand it with + and choose Move to Bcc.",
    );
    expect(alert.errorMessageMarkdown).toContain("**1 contact group**");
  });

  it("adds the contact groups to an exposure alert, in every language", () => {
    for (const language of ["en", "fr", "de", "es", "ja"] as const) {
      const alert = sendAlertTexts(
        alertFacts("block", ["exposed-parties", "sensitive", "unresolved"], {
          visible: 40,
          visibleExternal: 40,
          parties: 40,
          unresolved: 2,
          contactGroups: 2,
        }),
        language,
      );
      expect(alert.errorMessage, language).toMatch(/\+/);
      expect(alert.errorMessage.length, language).toBeLessThanOrEqual(500);
    }
  });

  it("drops names before the notes when the organisation's name is long", () => {
    const organization = "Contoso Regional Health and Social Care Trust Foundation UK";
    const alert = sendAlertTexts(
      alertFacts(
        "block",
        ["exposed-parties", "sensitive", "unresolved"],
        { visibleExternal: 1_000_000, parties: 999_000, unresolved: 3, contactGroups: 0 },
        { organization, exampleNames: ["A".repeat(40), "B".repeat(40), "C".repeat(40)] },
      ),
      "en",
    );
    expect(alert.errorMessage).toContain(`words ${organization} marks as sensitive`);
    expect(alert.errorMessage).toContain("3 entries in To or Cc");
    expect(alert.errorMessage).toContain("A".repeat(40));
    expect(alert.errorMessage).not.toContain("C".repeat(40));
  });
});

describe("the Smart Alert for a large audience", () => {
  it("warns of a reply-all storm and still lets the user send", () => {
    const alert = sendAlertTexts(
      alertFacts("warn", ["large-audience"], { visible: 150, visibleInternal: 150, parties: 0 }),
      "en",
    );
    expect(alert.errorMessage).toBe(
      "This message goes to 150 people in To and Cc, so a reply-all would reach all of them. " +
        "Consider moving them to Bcc. You can still send it.",
    );
    expect(alert.errorMessageMarkdown).toContain("**150 people**");
  });

  it("does not blame sensitive words for a large audience", () => {
    const alert = sendAlertTexts(alertFacts("warn", ["large-audience", "sensitive"], { visible: 150 }), "en");
    expect(alert.errorMessage).not.toContain("sensitive");
  });
});

describe("the Smart Alert when the recipients could not be read", () => {
  it.each(LANGUAGES)("%s: a warning and a block say different things", (language) => {
    const warn = errorAlertTexts("warn", language);
    const block = errorAlertTexts("block", language);
    expect(warn.errorMessage).not.toBe(block.errorMessage);
    expect(warn.cancelLabel).toBe(sendAlertTexts(alertFacts("warn", [], {}), language).cancelLabel);
  });

  it("asks for a check before sending anyway, or to try again when blocked", () => {
    // Outlook itself offers Send Anyway with a warning; the text only says what to check.
    expect(errorAlertTexts("warn", "en").errorMessage).toContain("Make sure outside people");
    expect(errorAlertTexts("warn", "en").errorMessage).not.toContain("can't be sent");
    expect(errorAlertTexts("block", "en").errorMessage).toContain("can't be sent yet");
  });
});

describe("the Move to Bcc button", () => {
  it("is labelled in each language within 20 characters", () => {
    const labels = LANGUAGES.map((language) => sendAlertTexts(alertFacts("block", [], {}), language).cancelLabel);
    expect(labels).toEqual(["Move to Bcc", "Déplacer en Cci", "In Bcc verschieben", "Mover a CCO", "BCC に移動"]);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(20);
  });
});

describe("an alert where Move to Bcc cannot work", () => {
  it.each(LANGUAGES)("%s: says what to do instead, within Outlook's limits, for any count", (language) => {
    for (const moveBlocked of [{ reason: "field-limit", limit: 500 } as const, { reason: "groups" } as const]) {
      for (const n of [6, 600, 1_000_000]) {
        const verdict: Verdict = {
          action: "block",
          reasons: ["exposed-parties"],
          sensitive: true,
          counts: {
            visible: n,
            visibleInternal: 0,
            visibleExternal: n,
            parties: n,
            bcc: 0,
            unresolved: n,
            contactGroups: n,
          },
          thresholds: { warnAt: 2, blockAt: 3 },
        };
        const texts = sendAlertTexts(
          { verdict, organization: "Contoso", exampleNames: ["Ann", "Bob"], moveBlocked },
          language,
        );
        expect(texts.errorMessage.length).toBeLessThanOrEqual(LIMITS.errorMessage);
        expect(texts.errorMessageMarkdown.length).toBeLessThanOrEqual(LIMITS.errorMessageMarkdown);
        if (moveBlocked.reason === "field-limit") expect(texts.errorMessage).toMatch(/500/);
      }
    }
  });
});
