import { Command, CommanderError, Option } from "commander";

import packageJson from "../../package.json" with { type: "json" };
import { CliError, EXIT } from "./cliError.ts";
import type { ExitCode } from "./cliError.ts";
import { checkPolicy } from "./commands/checkPolicy.ts";
import { audit } from "./commands/audit.ts";
import { evaluateMessage } from "./commands/evaluateMessage.ts";
import { exchangeRules } from "./commands/exchangeRules.ts";
import { planMove } from "./commands/planMove.ts";
import { printLists } from "./commands/printLists.ts";
import { printSchema } from "./commands/printSchema.ts";
import type { Io } from "./io.ts";
import { terminalSafe } from "./terminalSafe.ts";

const MESSAGE_HELP =
  "message JSON file(s): { from, subject?, body?, to, cc, bcc }; with several, one JSON line per file, in order";
const POLICY_HELP = "policy JSON file (default: the built-in defaults)";
const MESSAGE_FORMAT = `
Message file:
  { "from": "agent@contoso.com", "subject": "Your order", "body": "...",
    "to": ["Ann Lee <ann@gmail.com>", { "emailAddress": "bob@fabrikam.com" }], "cc": [], "bcc": [] }
A recipient is "a@b.com", "Name <a@b.com>" or { "emailAddress", "displayName"? }; missing to, cc, bcc are empty.`;

const PROGRAM_HELP = `
Exit codes:
  0  done
  1  "policy check": the policy is invalid (one line per problem on stderr);
     "audit": done, but some files or messages could not be read (each listed with the reason)
  2  bad input: a missing or invalid file, an unknown command or option
  3  internal error (a bug: please report it)

Examples:
  bcc-guard policy check contoso.json
  bcc-guard evaluate --policy contoso.json message.json
  bcc-guard plan --policy contoso.json message.json
  bcc-guard exchange-rules --policy contoso.json --report-to compliance@contoso.com > bcc-guard-rules.ps1
  bcc-guard audit --policy contoso.json ~/exported-mail/
  bcc-guard evaluate --policy contoso.json examples/*.json
  bcc-guard lists

Every policy field is described in docs/policy-reference.md.`;

const AUDIT_HELP = `
Exit codes of audit: 0 every file read, 1 done but some files or messages could not be read (each is listed
with the reason), 2 bad input (a PATH that does not exist, a bad policy, a bad option), 3 internal error.`;

/** The commands and their help. Output goes to `io`; failures are thrown and mapped to exit codes by `runCli`. */
export function createProgram(io: Io): Command {
  const program = new Command("bcc-guard")
    .description("Check a BCC Guard policy and try it on messages before rolling it out.")
    .version(packageJson.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message) => io.stderr(`${asOneLine(message)}\n`),
    })
    .addHelpText("after", PROGRAM_HELP);

  const policy = program.command("policy").description("check a policy file or print its JSON Schema");
  policy
    .command("check")
    .description("validate a policy file: a summary when valid, else every problem with its JSON path")
    .argument("<FILE>", "policy JSON file")
    .action((file: string) => checkPolicy(file, io));
  policy
    .command("schema")
    .description("print the JSON Schema of policy files (the content of policy/policy.schema.json)")
    .action(() => printSchema(io));

  program
    .command("evaluate")
    .description("print the verdict (allow, warn or block) the add-in would give at Send, as JSON")
    .argument("<MESSAGE...>", MESSAGE_HELP)
    .option("--policy <FILE>", POLICY_HELP)
    .addHelpText("after", MESSAGE_FORMAT)
    .action((files: string[], options: { policy?: string }) => evaluateMessage(files, options, io));
  program
    .command("plan")
    .description('print the recipients after "Move to Bcc", as JSON')
    .argument("<MESSAGE...>", MESSAGE_HELP)
    .option("--policy <FILE>", POLICY_HELP)
    .addHelpText("after", MESSAGE_FORMAT)
    .action((files: string[], options: { policy?: string }) => planMove(files, options, io));
  program
    .command("exchange-rules")
    .description("print Exchange Online PowerShell for mail flow rules built on the add-in's stamp (docs/ADMIN.md)")
    .option("--policy <FILE>", POLICY_HELP)
    .option("--report-to <ADDRESS>", "send incident reports for overrides to this mailbox")
    .option("--only-from <ADDRESS>", "limit the rules to mail from one sender, to test on one mailbox")
    .addOption(new Option("--mode <MODE>", "rule mode").choices(["audit", "enforce"]).default("audit"))
    .action((options: Parameters<typeof exchangeRules>[0]) => exchangeRules(options, io));
  program
    .command("audit")
    .description("replay exported mail (.eml, .msg, .mbox, .pst, folders) through the policy and report")
    .argument("<PATH...>", "mail files or folders (searched recursively)")
    .option("--policy <FILE>", POLICY_HELP)
    .option("--json", "print one JSON document (docs/audit-json.md) instead of the report")
    .option("--show-addresses", "show addresses in the riskiest messages (hidden by default)")
    .option("--top <N>", "how many riskiest messages to list", "10")
    .addHelpText("after", AUDIT_HELP)
    .action((paths: string[], options: Parameters<typeof audit>[1]) => audit(paths, options, io));
  program
    .command("lists")
    .description("print the versions of the domain lists built in (Public Suffix List, mail providers, relays)")
    .action(() => printLists(io));
  return program;
}

/**
 * Runs one command line (without `node` and the script) and returns the exit code; never throws. Everything
 * written goes through `terminalSafe`: problems and verdicts echo names and keys from the admin's files.
 */
export async function runCli(argv: readonly string[], output: Io): Promise<ExitCode> {
  const io: Io = {
    stdout: (text) => output.stdout(terminalSafe(text)),
    stderr: (text) => output.stderr(terminalSafe(text)),
  };
  try {
    await createProgram(io).parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) io.stderr(`${line}\n`);
      return error.exitCode;
    }
    // Commander has already printed its message (or the help, or the version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    io.stderr(`bcc-guard: internal error, please report it: ${asOneLine(String(error))}\n`);
    return EXIT.internal;
  }
}

/** The process entry point, called by bin/bcc-guard.js. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // The audit's progress bar, only where a person watches: never in a pipe, a file or CI's log.
    progressStream: process.stderr.isTTY ? process.stderr : undefined,
  });
}

/** Commander's "error: unknown command 'x'\n(Did you mean y?)" as one line in the CLI's own voice. */
function asOneLine(message: string): string {
  return message
    .trim()
    .replace(/^error: /, "bcc-guard: ")
    .replace(/\s*\n\s*/g, " ");
}
