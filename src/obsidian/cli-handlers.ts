import { requireApiVersion, type CliData, type CliFlags, type Plugin } from "obsidian";
import { todayIso, validIsoDate } from "../core/dates";
import { problemJson, reportJson } from "../core/json";
import type { IsoDate } from "../core/types";
import { formatCheck, formatReport } from "../cli/text";
import { shown } from "../cli/terminal";
import type { StakeholderIndex } from "./index";

/** The Obsidian version whose CLI plugins can answer (Plugin.registerCliHandler). */
export const CLI_API_VERSION = "1.12.2";

/** What the CLI handlers read: the running app's index and the two settings the text needs. */
export interface CliHandlerDeps {
	index: Pick<StakeholderIndex, "isBuilt" | "report" | "readings">;
	/** Days ahead that count as due soon, from the settings (the text report's "due soon"). */
	dueSoonDays: () => number;
	/** The Org section's "skip-level not met" days; 60 when absent. */
	skipLevelDays?: () => number;
	/** The vault's name, for the text report's title line. */
	vaultName: () => string;
	/** The clock, read once per call when no `today` is given; the machine's unless a test fixes it. */
	now?: () => Date;
}

const REPORT_FLAGS: CliFlags = {
	today: { value: "<YYYY-MM-DD>", description: "The day to report on (default: today's local date)" },
	json: { description: "Print the report as one JSON object, for scripts" },
};

// As `managing-up check`: no day to give, problems do not depend on one.
const CHECK_FLAGS: CliFlags = {
	json: { description: "Print { \"problems\": [...] }, for scripts" },
};

/** What a handler answers when the index has not read the notes yet (Obsidian is still starting). */
export const NOT_READY = "Managing Up is still reading the notes; try again in a moment.\n";

/** A handler's answer: the text to print, or a one-line mistake. */
type Answer = string;

/** Both handlers' answers, computed from the index: exactly what `managing-up report|check` print. */
export function cliAnswers(deps: CliHandlerDeps): { report: (params: CliData) => Answer; check: (params: CliData) => Answer } {
	/** dayOf reads `today=YYYY-MM-DD`, else the local date; null when it is not a real day. */
	const dayOf = (params: CliData): IsoDate | null => {
		const given = params.today;
		if (given === undefined || given === "true") return todayIso(deps.now?.() ?? new Date());
		return validIsoDate(given.trim());
	};
	const badDay = (params: CliData): Answer => `managing-up:report: today: '${shown(params.today ?? "")}' is not a date; use YYYY-MM-DD\n`;
	const json = (value: unknown): Answer => `${JSON.stringify(value, null, 2)}\n`;
	const asJson = (params: CliData): boolean => params.json === "true";
	return {
		report: (params) => {
			const today = dayOf(params);
			if (today === null) return badDay(params);
			if (!deps.index.isBuilt) return NOT_READY;
			const report = deps.index.report(today);
			if (asJson(params)) return json(reportJson(report));
			return formatReport(report, { color: false, vaultName: deps.vaultName(), dueSoonDays: deps.dueSoonDays(), skipLevelDays: deps.skipLevelDays?.(), width: 80, fit: false });
		},
		check: (params) => {
			if (!deps.index.isBuilt) return NOT_READY;
			// Problems between notes (a `with` that matches no one) only show once every note is read, as in the Node CLI.
			const { problems } = deps.index.report(todayIso(deps.now?.() ?? new Date()));
			if (asJson(params)) return json({ problems: problems.map(problemJson) });
			return formatCheck(problems, [...deps.index.readings()].length, { color: false, width: 80 });
		},
	};
}

/**
 * registerCliHandlers answers Obsidian's own command line (1.12.2+): `obsidian managing-up:report`
 * and `obsidian managing-up:check`, with `json` (and the report's `today=YYYY-MM-DD`), from the running app's
 * index. On an older app nothing is registered and nothing is shown; returns whether it registered.
 */
export function registerCliHandlers(plugin: Plugin, deps: CliHandlerDeps): boolean {
	if (requireApiVersion("1.12.2")) {
		const answers = cliAnswers(deps);
		plugin.registerCliHandler("managing-up:report", "Follow-ups, stakeholders by contact status, and problems", REPORT_FLAGS, answers.report);
		plugin.registerCliHandler("managing-up:check", "List unreadable properties", CHECK_FLAGS, answers.check);
		return true;
	}
	return false;
}
