import { compareNames, type Report, type Stakeholder } from "../core";
import { CliError, type CommandInput } from "./command";
import { shown, shownList } from "./terminal";
import { vaultReport } from "./vault";
import type { VaultRead } from "./vault-command";

/**
 * findStakeholder finds PERSON by display name, note title or path (case-insensitive), else by
 * one of their aliases; a name two people share is an error.
 */
export function findStakeholder(stakeholders: readonly Stakeholder[], wanted: string): Stakeholder {
	const key = wanted.trim().toLowerCase().replace(/\.md$/, "");
	const matches = (s: Stakeholder): boolean =>
		s.person.toLowerCase() === key || s.title.toLowerCase() === key || s.path.toLowerCase().replace(/\.md$/, "") === key;
	let found = stakeholders.filter(matches);
	if (found.length === 0) found = stakeholders.filter((s) => s.aliases.some((alias) => alias.trim().toLowerCase() === key));
	if (found.length === 1 && found[0]) return found[0];
	if (found.length > 1) {
		throw new CliError(`'${shown(wanted)}' names ${found.length} people (${shownList(found.map((s) => s.path))}); give the note's path instead`);
	}
	const known = [...stakeholders].sort((a, b) => compareNames(a.person, b.person)).map((s) => s.person);
	const list = known.length === 0 ? "this vault has no stakeholders" : `known: ${shownList(known)}`;
	throw new CliError(`no stakeholder named '${shown(wanted)}' (${list})`);
}

/** findPerson finds PERSON (the first argument) in the vault's report for the day, and returns both. */
export function findPerson(read: VaultRead, input: CommandInput): { report: Report; person: Stakeholder } {
	const report = vaultReport(read.vault, read.today);
	return { report, person: findStakeholder(report.stakeholders, input.positionals[0] ?? "") };
}
