import type { ComposeTypeName, HostRecipient } from "../host/index.ts";

/** What Outlook does with a preset's message under the default policy. */
export type PresetOutcome = "blocked" | "warning" | "sends";

export interface PresetMessage {
  readonly to: readonly HostRecipient[];
  readonly cc: readonly HostRecipient[];
  readonly bcc: readonly HostRecipient[];
  readonly subject: string;
  readonly body: string;
  /** How the window was opened; a new message when left out. */
  readonly composeType?: ComposeTypeName;
}

export interface Preset {
  readonly id: string;
  /** The button text. */
  readonly label: string;
  readonly description: string;
  /** With the default policy; the 15-patient message is blocked under policy/examples/healthcare.json. */
  readonly expected: PresetOutcome;
  /** What the compose window is filled with (`OutlookHost.loadCompose`). */
  readonly compose: PresetMessage;
  /**
   * The policy is compiled into the add-in at build time, so the page cannot switch it: a preset made for
   * another policy names the file to start the simulator with (`npm start -- --policy FILE`) and what
   * happens then.
   */
  readonly withPolicy?: { readonly file: string; readonly expected: PresetOutcome; readonly note: string };
}

// Made-up people. Real-looking names make the demo readable; none of them is a real address.
// prettier-ignore
const FIRST_NAMES = [
  "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Grace", "Noah", "Oliver", "George",
  "Leo", "Arthur", "Oscar", "Harry", "Jack", "Muhammad", "Theo", "Aisha", "Chloé", "Léa", "Hugo", "Lucas", "Sofia",
  "Mateo", "Yuki", "Hana", "Priya", "Ravi", "Fatima", "Omar", "Zara", "Ewan", "Niamh", "Siobhan", "Callum", "Ines",
];
// prettier-ignore
const LAST_NAMES = [
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
  "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood", "Harris",
  "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis",
  "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "Bennett", "Young", "Price",
];
const CONSUMER_MAIL = ["gmail.com", "hotmail.co.uk", "orange.net", "btinternet.com", "yahoo.com", "outlook.com"];

/** `count` different people at consumer mail providers, the same list on every call. */
function privatePeople(count: number, offset: number): HostRecipient[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const first = FIRST_NAMES[n % FIRST_NAMES.length] ?? "Sam";
    const last = LAST_NAMES[(n * 7 + Math.floor(n / FIRST_NAMES.length)) % LAST_NAMES.length] ?? "Doe";
    const domain = CONSUMER_MAIL[(n * 5 + 1) % CONSUMER_MAIL.length] ?? "gmail.com";
    const plain = `${ascii(first)}.${ascii(last)}`.toLowerCase();
    // Like real webmail, a taken name gets a number.
    const emailAddress = taken.has(`${plain}@${domain}`) ? `${plain}${n}@${domain}` : `${plain}@${domain}`;
    taken.add(emailAddress);
    return { emailAddress, displayName: `${first} ${last}` };
  });
}

/** `count` people at `domain`, the same list on every call. */
function colleaguesAt(domain: string, count: number, offset: number): HostRecipient[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const first = FIRST_NAMES[(n * 5) % FIRST_NAMES.length] ?? "Sam";
    const last = LAST_NAMES[(n * 3 + 1) % LAST_NAMES.length] ?? "Doe";
    return {
      emailAddress: `${ascii(first)}.${ascii(last)}${n}@${domain}`.toLowerCase(),
      displayName: `${first} ${last}`,
    };
  });
}

function ascii(name: string): string {
  return name.normalize("NFD").replace(/[^A-Za-z]/g, "");
}

/** The incidents BCC Guard exists for, and two ordinary messages it must leave alone. */
export const PRESETS: readonly Preset[] = [
  {
    id: "feedback-300",
    label: "300 customers in To",
    description: "A feedback request sent to 300 customers, every address visible in To (the Orange case).",
    expected: "blocked",
    compose: {
      to: privatePeople(300, 0),
      cc: [],
      bcc: [],
      subject: "How did we do? Tell us about your recent visit",
      body: "Dear customer,\n\nThank you for choosing Contoso. Could you spare two minutes to tell us how we did?\n\nThe Contoso customer team",
    },
  },
  {
    id: "apology-416",
    label: "416 customers in Cc",
    description: "An apology to 416 customers in Cc, inviting a reply-all storm (the Vodafone case).",
    expected: "blocked",
    compose: {
      to: [{ emailAddress: "customer.care@contoso.com", displayName: "Contoso Customer Care" }],
      cc: privatePeople(416, 300),
      bcc: [],
      subject: "We're sorry about yesterday's service outage",
      body: "Dear customer,\n\nWe are sorry that our service was unavailable yesterday afternoon. A credit has been added to your account.\n\nContoso Customer Care",
    },
  },
  {
    id: "reply-all-416",
    label: "Reply all to 416 customers",
    description:
      "Replying all to that apology: Customer Care in To and the 416 customers still in Cc, so the reply sends " +
      "every address out again (Vodafone's customers did exactly this). The alert says so.",
    expected: "blocked",
    compose: {
      composeType: "reply",
      to: [{ emailAddress: "customer.care@contoso.com", displayName: "Contoso Customer Care" }],
      cc: privatePeople(416, 300),
      bcc: [],
      subject: "RE: We're sorry about yesterday's service outage",
      body: "Thanks all, and apologies again for the trouble.\n\nAlex",
    },
  },
  {
    id: "monitor-250",
    label: "Monitor mode: 250 in To",
    description:
      "A newsletter to 250 customers in To, for trying monitor mode. Blocked under the default policy; with " +
      "policy/examples/monitor-rollout.json it sends with no dialog and its stamp records the block.",
    expected: "blocked",
    withPolicy: {
      file: "policy/examples/monitor-rollout.json",
      expected: "sends",
      note: "npm start -- --policy policy/examples/monitor-rollout.json: it sends without a dialog, and the Sent list shows X-BCC-Guard: … action=block; mode=monitor …",
    },
    compose: {
      to: privatePeople(250, 1200),
      cc: [],
      bcc: [],
      subject: "Contoso news: spring opening hours",
      body: "Dear customer,\n\nFrom April our shops open an hour earlier on Saturdays.\n\nContoso",
    },
  },
  {
    id: "patients-15",
    label: "15 patients",
    description:
      "A clinic reminder to 15 patients with a health word in it (the 56 Dean Street case). A warning under the " +
      "default policy; blocked when the add-in is built with policy/examples/healthcare.json.",
    expected: "warning",
    compose: {
      to: privatePeople(15, 720),
      cc: [],
      bcc: [],
      subject: "Your sexual health clinic appointment",
      body: "Hello,\n\nThis is a reminder of your appointment at the sexual health clinic next week. Your test results will be discussed then.\n\nRiverside Clinic",
    },
  },
  {
    id: "memo-60",
    label: "60 colleagues",
    description: "An internal memo to 60 colleagues at contoso.com: only colleagues see each other, so it sends.",
    expected: "sends",
    compose: {
      to: colleaguesAt("contoso.com", 60, 0),
      cc: [],
      bcc: [],
      subject: "Office closed on Friday for maintenance",
      body: "Hi all,\n\nThe London office will be closed on Friday while the lifts are serviced. Please work from home.\n\nFacilities",
    },
  },
  {
    id: "partners-2",
    label: "Two partner companies",
    description: "A project thread with people from two partner companies and two colleagues: it sends.",
    expected: "sends",
    compose: {
      to: colleaguesAt("fabrikam.com", 3, 100),
      cc: [...colleaguesAt("northwindtraders.com", 3, 200), ...colleaguesAt("contoso.com", 2, 300)],
      bcc: [],
      subject: "RE: Launch plan, week 12",
      body: "Thanks both. Fabrikam takes the venue, Northwind the catering; we'll send the final schedule on Monday.",
    },
  },
];
