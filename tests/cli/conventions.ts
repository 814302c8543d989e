import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fixture, repoRoot } from "./helpers";

/** What a person counts in a fixture vault of tests/fixtures/conventions/ (its expected.json). */
export interface Expected {
	shapeOf: string;
	today: string;
	people: { path: string; person: string; lastContact: string | null }[];
	notPeople: string[];
	withoutNote: { name: string; meetings: number }[];
	problems: { path: string; key: string | null }[];
	/** The notes meetings link to as people that are no one's (explain's linkedNotPeople); none when absent. */
	linkedNotPeople?: string[];
}

/** The fixture vaults that copy the conventions of real public vaults. */
export const CONVENTION_VAULTS = readdirSync(join(repoRoot, fixture("conventions"))).filter((name) =>
	statSync(join(repoRoot, fixture("conventions"), name)).isDirectory(),
);

/** expectedOf reads a fixture vault's answer key. */
export function expectedOf(name: string): Expected {
	return JSON.parse(readFileSync(join(repoRoot, fixture(`conventions/${name}`), "expected.json"), "utf8")) as Expected;
}
