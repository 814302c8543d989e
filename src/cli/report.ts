import { basename } from "node:path";
import { problemJson, reportJson } from "../core";
import { EXIT, textLayout, todayOption, useColor, type Command } from "./command";
import { NO_CACHE_DETAIL, NO_CACHE_OPTION, json, openVault, vaultCommand } from "./vault-command";
import { formatCheck, formatReport } from "./text";
import { vaultReport } from "./vault";

/** `managing-up report`: follow-ups, stakeholders by status and problems, as text or the JSON contract. */
export const reportCommand = vaultCommand({
	usage: "report [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "follow-ups, stakeholders by contact status, and problems",
	arguments: { today: "the day to report on", json: "print the report as one JSON object, for scripts", me: true },
	run({ today, vault }, input, io) {
		const report = vaultReport(vault, today);
		if (input.options.json === true) {
			io.stdout(json(reportJson(report)));
		} else {
			io.stdout(formatReport(report, { color: useColor(io), vaultName: basename(vault.root), dueSoonDays: vault.settings.dueSoonDays, skipLevelDays: vault.settings.skipLevelDays, ...textLayout(io) }));
		}
		return EXIT.ok;
	},
});

/** `managing-up check`: lists every property that cannot be read; exit code 1 when there is one. */
export const checkCommand: Command = {
	usage: "check [VAULT] [--json]",
	summary: "list unreadable properties; exit code 1 when there are any",
	details: [
		"VAULT       the vault folder (default: the current folder)",
		"--json      print { \"problems\": [...] }, for scripts",
		NO_CACHE_DETAIL.replace(/ {8}/, ""),
	],
	options: { json: { type: "boolean" }, ...NO_CACHE_OPTION },
	positionals: [{ name: "VAULT", required: false }],
	run(input, io) {
		const vault = openVault(input, io);
		// Problems between notes (a `with` that matches no one) only show once every note is read.
		const { problems } = vaultReport(vault, todayOption(input, io));
		if (input.options.json === true) io.stdout(json({ problems: problems.map(problemJson) }));
		else io.stdout(formatCheck(problems, vault.paths.length, { color: useColor(io), width: textLayout(io).width }));
		return problems.length > 0 ? EXIT.problems : EXIT.ok;
	},
};
