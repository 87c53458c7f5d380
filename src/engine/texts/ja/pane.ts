import type { PaneStrings } from "../paneCatalog.ts";
import { paneExposure } from "../paneExposure.ts";
import { sharedPaneSentences } from "../sharedPaneSentences.ts";
import { sanitizeOrganization } from "../sanitizeName.ts";
import { listText, numberText } from "../numbers.ts";

import { JA as ALERTS } from "./alerts.ts";

const n = (value: number) => numberText(value, "ja");
const people = (value: number) => `${n(value)}人`;

// Sentences the alert, the notice or the infobar also say come from ALERTS, through `shared`: translated once.
const say = (...sentences: string[]) => sentences.join(ALERTS.sentenceGap);
const shared = sharedPaneSentences(ALERTS, "ja");

/** Japanese, polite style (です/ます), with Outlook's field names (宛先, CC, BCC). Japanese has no plural forms. */
export const JA_PANE: PaneStrings = {
  language: "ja",
  appTitle: "BCC Guard",
  monitorMode:
    "監視モード: 組織で BCC Guard を試行中です。判定は記録されますが、送信時に止めたり警告したりはしません。",
  loading: "宛先を読み取っています…",
  readFailed: "このメッセージの宛先を読み取れませんでした。",
  notInOutlook: "Outlook に接続できませんでした。この作業ウィンドウを閉じて、リボンからもう一度開いてください。",
  retry: "再試行",
  fields: shared.fields,

  status: {
    ...shared.status,
    safe: "送信しても安全です",
    warn: "警告",
    block: "ブロックされます",
    belowLimit: (facts, w) => say(paneExposure(ALERTS, facts, "ja"), `上限（外部の${n(w)}組織）未満です。`),
    sensitive: (w, b, organization) =>
      say(
        ALERTS.sensitive(sanitizeOrganization(organization)),
        `外部の${n(w)}組織から警告、${n(b)}組織からブロックします。`,
      ),
    noRecipients: "まだ宛先がありません。",
    onlyColleagues: "宛先と CC には社内の人だけが含まれています。",
    oneParty: "外部の組織どうしで互いのアドレスが見えることはありません。",
  },

  opened: {
    sendBlock: "送信時の警告から開きました: このメッセージはブロックされます。",
    sendWarn: "送信時の警告から開きました: 送信前に確認が必要です。",
    sendError: "送信時の警告から開きました: 送信時に BCC Guard が宛先を確認できませんでした。",
    infobar: "このメッセージの BCC Guard の通知から開きました。",
  },

  counts: {
    heading: "受信者",
    inToCc: (o, c) => `宛先と CC: 外部 ${people(o)}、社内 ${people(c)}。`,
  },

  move: {
    ...shared.move,
    preview: ({ moved, kept, keptAreColleagues, senderAddedToTo, cannotMove }) => {
      const sentences = [`${people(moved)}を BCC に移動します。`];
      if (kept > 0)
        sentences.push(
          keptAreColleagues ? `社内の ${people(kept)}は表示されたままです。` : `${people(kept)}は表示されたままです。`,
        );
      if (senderAddedToTo) sentences.push("あなたを宛先に追加します。");
      if (cannotMove > 0) sentences.push(`連絡先グループ ${n(cannotMove)}件はそのまま残ります。`);
      return sentences.join("");
    },
    blockedByGroups: (field, names) =>
      `${field} に連絡先グループ ${listText(names, "ja")} が含まれている間は「BCC に移動」を実行できません。` +
      `先にグループを展開する (名前の横の + を選択) か、削除してください。`,
    blockedByLimit: (field, would, limit) =>
      `「BCC に移動」を実行できません: ${field} が ${people(would)}になりますが、Outlook で 1 つのフィールドに入れられるのは ` +
      `${people(limit)}までです。メッセージを小さなグループに分けて送信してください。`,
    moving: "BCC に移動しています…",
    undoing: "元に戻しています…",
    slowOutlook:
      "Outlook の応答が遅れています。15 秒以内に応答がない場合、BCC Guard は安全に停止し、対処方法をお知らせします。",
    progress: (done, total) => `${people(total)}中 ${people(done)}を移動しています…`,
    undoInMemoryOnly: "この作業ウィンドウを開いている間は元に戻せます。",
    unresolvedRefused: (field, names) =>
      `何も移動しませんでした: ${field} に連絡先グループ ${listText(names, "ja")} が含まれているため、Outlook は ` +
      `このフィールドを書き換えられません。グループを展開する (名前の横の + を選択) か削除してから、もう一度お試しください。`,
    failedTitle: "移動が完了しませんでした",
    failed: {
      read: shared.failedRead,
      "add-bcc":
        "BCC への追加中に Outlook が停止しました。宛先と CC からは誰も削除されていません。一部の人はすでに BCC にも入っている可能性があります。",
      "verify-bcc": "全員が BCC に入らなかったため、宛先と CC からは誰も削除していません。",
      "rewrite-to-cc":
        "全員が BCC に入りましたが、宛先と CC の更新中に Outlook が停止したため、一部の人がまだ表示されている可能性があります。誰も失われていません。",
    },
    failedHint: "完了するには [再試行]、すべて元に戻すには [元に戻す] を選択してください。",
    lost: (p) =>
      `${people(p)}が宛先・CC・BCC のどこにもいません。[元に戻す] ですべて戻すか、[再試行] を選択してください。`,
    unchecked:
      "BCC Guard は宛先を読み直せませんでした。宛先・CC・BCC を確認し、[再試行] か [元に戻す] を選択してください。",
    noUndoAhead: "一覧が長すぎて元に戻すためのコピーを保存できません。移動すると元に戻せません。",
    clearedAtSend: "元に戻すためのコピーは、送信時にメッセージから削除されます。",
    undo: "元に戻す",
    undone: "宛先、CC、BCC を元の状態に戻しました。",
    undoFailedTitle: "元に戻す操作が完了しませんでした",
    undoFailed: "誰も削除されていません。もう一度 [元に戻す] を選択して完了してください。",
    nothingToUndo: "元に戻す操作はもうありません。",
    earlierMove:
      "このメッセージでは「BCC に移動」が使われました。[元に戻す] を選択すると、宛先、CC、BCC が移動前の状態に戻ります。",
  },

  groups: {
    heading: "外部の組織",
    personal: "個人のアドレス",
    personalNote: "個人向けメール サービス (gmail.com など) のアドレスは、1人ずつ別の組織として数えます。",
    size: (p) => people(p),
    showAll: (g) => `${n(g)} グループをすべて表示`,
    showFewer: "表示を減らす",
    more: (p) => `ほか ${people(p)}`,
    noneOutside: "宛先と CC に外部の人はいません。",
  },

  unresolved: {
    ...shared.unresolved,
    heading: "連絡先グループ",
    why: "連絡先グループには単一のアドレスがないため、Outlook は BCC に移動できません。",
    unnamed: "(名前のないエントリ)",
  },
};
