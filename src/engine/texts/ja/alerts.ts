import type { Catalog } from "../catalog.ts";
import type { Count } from "../count.ts";

// Japanese has no plural forms; only the wording for a single person differs ("each other" needs two).
const people = (c: Count): string => `${c.text}人`;
const outsiders = (organization: string | null): string =>
  organization === null ? "組織外の" : `${organization} 外部の`;

/** Japanese (polite です/ます form). */
export const JA: Catalog = {
  sentenceGap: "",
  moveToBcc: "BCC に移動",
  reviewRecipients: "宛先を確認",

  exposure: ({ people: p, who, organization, emphasis }) => {
    const from = !who
      ? ""
      : who.personal.value === 0
        ? `（${who.organisations.text}組織）`
        : who.personal.value === p.value
          ? "（個人アドレス）"
          : who.organisations.value === 0
            ? `（うち個人アドレス${who.personal.text}人）`
            : `（個人アドレス${who.personal.text}人、ほか${who.organisations.text}組織）`;
    const see =
      p.value === 1 ? "ほかの宛先のメールアドレスを見られる状態です。" : "互いのメールアドレスを見られる状態です。";
    return `${outsiders(organization)}${emphasis(people(p))}${from}が、${see}`;
  },
  blockAdvice: "このままでは送信できません。BCC に移動してから送信してください。",
  warnAdvice: "BCC に移動するか、意図したものであればこのまま送信してください。",
  blockAdviceShort: "送信前に BCC に移動してください。",
  warnAdviceShort: "BCC への移動をご検討ください。",
  spreadsAgain: {
    "reply-all": "全員に返信すると、全員のアドレスがもう一度送られます。できれば差出人だけに返信してください。",
    forward: "このまま転送すると、全員のアドレスがさらに広まります。",
  },
  spreadsAgainShort: {
    "reply-all": "全員に返信するとアドレスが再び送られます。差出人だけに返信するか BCC を使ってください。",
    forward: "このまま転送するとアドレスが広まります。BCC を使ってください。",
  },

  largeAudience: (p, emphasis) =>
    `このメッセージは宛先と CC の${emphasis(people(p))}に送信されます。「全員に返信」されると全員に届きます。`,
  largeAudienceAdvice: "BCC への移動をご検討ください。このまま送信することもできます。",
  largeAudienceAdviceShort: "BCC をご検討ください。",

  sensitive: (organization) =>
    `このメッセージには、${organization === null ? "組織" : `${organization} `}で機密として指定されている語句が` +
    "含まれているため、基準が厳しくなっています。",
  contactGroups: (g, emphasis) =>
    `宛先または CC の${emphasis(`連絡先グループ${g.text}件`)}は、送信時にメンバー全員に互いのアドレスが表示されます。`,
  contactGroupAdvice: () => "グループを BCC に入れるか、+ で展開してから「BCC に移動」を選んでください。",
  contactGroupAdviceShort: () => "BCC に入れるか、+ で展開してください。",
  unresolved: (c) => `宛先または CC の${c.text}件はメールアドレスではありません。確認してください。`,
  unresolvedInfobar: (c) => `宛先または CC の${c.text}件はメールアドレスではないため、確認できませんでした。`,
  including: (names, others) => `宛先の例：${names.join("、")}${others.value > 0 ? ` ほか${people(others)}` : ""}。`,

  moveImpossible: {
    fieldLimit: (limit) =>
      `ここでは BCC に移動できません。Outlook の上限は 1 つの欄につき${limit.text}件です。分けて送信してください。`,
    groups: "連絡先グループを含む欄は書き換えられません。先にグループを展開してください。",
  },
  noticeUnchecked: "BCC Guard は今、宛先を確認できませんでした。送信時にもう一度確認します。",
  readError: {
    warn: "宛先を確認できませんでした。互いのアドレスを見られてはいけない外部の人が BCC に入っていることを確認してください。",
    block: "宛先を確認できなかったため、このメッセージはまだ送信できません。しばらくしてからもう一度お試しください。",
  },

  fields: { to: "宛先", cc: "CC", bcc: "BCC" },
  move: {
    moved: (c) => `${people(c)}を BCC に移動しました。`,
    undoHint: "元に戻すには BCC Guard ウィンドウを使います。",
    senderAddedToTo: "宛先が空にならないよう、差出人（ご自身）を宛先に追加しました。",
    cannotMove: (c) => `${c.text}件（連絡先グループなど）は移動できませんでした。確認してください。`,
    nothingToMove: "BCC に移動する必要のある宛先はありません。",
    fieldLimit: (field, wouldHave, limit) =>
      `変更していません。「${field}」が${wouldHave.text}件になり、Outlook の上限（${limit.text}件）を超えます。` +
      "メッセージを分けて送信してください。",
    groupsInField: (field, groups, names) =>
      `変更していません。「${field}」に、安全に書き換えられない連絡先グループが${groups.text}件あります` +
      `${names.length > 0 ? `（${names.join("、")}）` : ""}。グループを展開してから、もう一度お試しください。`,
    failed: {
      read: "変更していません。宛先を読み取れませんでした。もう一度お試しください。",
      "add-bcc":
        "BCC への追加に失敗しました。削除された宛先はありませんが、一部が BCC にも入っている可能性があります。" +
        "再試行するか、元に戻してください。",
      "verify-bcc":
        "BCC を確認できなかったため、宛先と CC は変更していません。削除された宛先はありません。" +
        "再試行するか、元に戻してください。",
      "rewrite-to-cc":
        "移動が途中で止まりました。削除された宛先はありませんが、一部が BCC と宛先または CC の両方に入っている可能性があります。" +
        "再試行するか、元に戻してください。",
    },
    lost: (c) =>
      `移動が途中で止まり、${people(c)}が宛先・CC・BCC のどこにもいません。BCC Guard ウィンドウで元に戻してください。`,
    unchecked: "移動が途中で止まり、宛先を読み直せませんでした。宛先・CC・BCC を確認するか、元に戻してください。",
    restored: (c) => `以前の試行で外れた${people(c)}を先に戻しました。`,
    noUndo: "元に戻せません。一覧が長すぎてコピーを保存できません。",
  },
};
