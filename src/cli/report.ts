import { basename } from "node:path";
import { problemJson, reportJson } from "../core";
import { EXIT, textLayout, todayOption, useColor, type Command } from "./command";
import { formatCheck, formatReport } from "./text";
import { vaultReport } from "./vault";
import { runSaved } from "./vault-command";
import { writeJson } from "./json-stream";

/** The option every command that reads the vault takes: read every note, without the cache of earlier runs. */
export const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } } as const;
export const NO_CACHE_DETAIL = "--no-cache          read every note, without (or updating) the cache of earlier runs";

export { openVault } from "./vault-command";

/** json writes one value as indented JSON, the form scripts and snapshots read. */
export function json(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** The help line of the VAULT argument, shared by the commands that read a vault. */
export const VAULT_DETAIL = "VAULT               the vault folder (default: the current folder)";

/** The help line of --me. */
export const ME_DETAIL = "--me PERSON         you: your person note's path or your name (never a stakeholder)";

/** The options of report and explain: the day, JSON, who you are, and the cache. */
export const VAULT_OPTIONS: Command["options"] = { today: { type: "string" }, json: { type: "boolean" }, me: { type: "string" }, ...NO_CACHE_OPTION };

/** `managing-up report`: follow-ups, stakeholders by status and problems, as text or the JSON contract. */
export const reportCommand: Command = {
	usage: "report [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "follow-ups, stakeholders by contact status, and problems",
	details: [
		VAULT_DETAIL,
		"--today YYYY-MM-DD  the day to report on (default: today's local date)",
		"--json              print the report as one JSON object, for scripts",
		ME_DETAIL,
		NO_CACHE_DETAIL,
	],
	options: VAULT_OPTIONS,
	positionals: [{ name: "VAULT", required: false }],
	run(input, io) {
		const today = todayOption(input, io);
		const asJson = input.options.json === true;
		return runSaved(input, io, { slot: asJson ? "report-json" : "report", today }, (read, out) => {
			if (asJson) {
				// Nothing but the report is held while it is written: the notes' readings, then the report, may go as soon as they are used.
				writeJson(reportJson(vaultReport(read(), today)), (text) => out.stdout(text));
				return EXIT.ok;
			}
			const vault = read();
			out.stdout(formatReport(vaultReport(vault, today), { color: useColor(out), vaultName: basename(vault.root), dueSoonDays: vault.settings.dueSoonDays, skipLevelDays: vault.settings.skipLevelDays, ...textLayout(out) }));
			return EXIT.ok;
		});
	},
};

/** `managing-up check`: lists every property that cannot be read; exit code 1 when there is one. */
export const checkCommand: Command = {
	usage: "check [VAULT] [--json]",
	summary: "list unreadable properties; exit code 1 when there are any",
	details: [
		"VAULT   the vault folder (default: the current folder)",
		"--json  print { \"problems\": [...] }, for scripts",
		NO_CACHE_DETAIL.replace(/ {10}/, ""),
	],
	options: { json: { type: "boolean" }, ...NO_CACHE_OPTION },
	positionals: [{ name: "VAULT", required: false }],
	run(input, io) {
		const today = todayOption(input, io);
		const asJson = input.options.json === true;
		return runSaved(input, io, { slot: asJson ? "check-json" : "check", today }, (read, out) => {
			const vault = read();
			// Problems between notes (a `with` that matches no one) only show once every note is read.
			const { problems } = vaultReport(vault, today);
			if (asJson) out.stdout(json({ problems: problems.map(problemJson) }));
			else out.stdout(formatCheck(problems, vault.paths.length, { color: useColor(out), width: textLayout(out).width }));
			return problems.length > 0 ? EXIT.problems : EXIT.ok;
		});
	},
};
