import { basename } from "node:path";
import { problemJson, reportJsonLists } from "../core";
import { EXIT, textLayout, todayOption, useColor, type Command } from "./command";
import { NO_CACHE_OPTION, helpLine, noCacheDetail, json, runSaved, vaultArguments } from "./vault-command";
import { formatCheck, formatReport } from "./text";
import { vaultReport } from "./vault";
import { writeJsonLists } from "./json-stream";

/**
 * `managing-up report`: follow-ups, stakeholders by status and problems, as text or the JSON
 * contract. Its own run, not vaultCommand's, so that nothing holds the notes' readings while the
 * JSON is written: at 50,000 notes they are tens of megabytes the garbage collector can take back.
 */
export const reportCommand: Command = {
	usage: "report [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "follow-ups, stakeholders by contact status, and problems",
	...vaultArguments({ today: "the day to report on", json: "print the report as one JSON object, for scripts", me: true }),
	run(input, io) {
		const today = todayOption(input, io);
		const asJson = input.options.json === true;
		return runSaved(input, io, { slot: asJson ? "report-json" : "report", today }, (read, out) => {
			if (asJson) {
				const { lists, ...head } = reportJsonLists(vaultReport(read(), today));
				writeJsonLists(head, lists, (text) => out.stdout(text));
				return EXIT.ok;
			}
			const vault = read();
			out.stdout(formatReport(vaultReport(vault, today), { color: useColor(out), vaultName: basename(vault.root), dueSoonDays: vault.settings.dueSoonDays, skipLevelDays: vault.settings.skipLevelDays, ...textLayout(out) }));
			return EXIT.ok;
		});
	},
};

/** check takes neither --today nor --me in its help: its options need a narrower column. */
const CHECK_COLUMN = 12;

/** `managing-up check`: lists every property that cannot be read; exit code 1 when there is one. */
export const checkCommand: Command = {
	usage: "check [VAULT] [--json]",
	summary: "list unreadable properties; exit code 1 when there are any",
	details: [
		helpLine("VAULT", "the vault folder (default: the current folder)", CHECK_COLUMN),
		helpLine("--json", 'print { "problems": [...] }, for scripts', CHECK_COLUMN),
		noCacheDetail(CHECK_COLUMN),
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
