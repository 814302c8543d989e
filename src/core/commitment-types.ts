/**
 * A calendar date written `yyyy-MM-dd`: types.ts's IsoDate, declared again here because types.ts
 * re-exports this file, and the two importing each other is a cycle (tests/project/import-cycles.test.ts).
 */
type IsoDate = string;

/**
 * A commitment read from a 1:1 note: an open task that one side owes the other. Who owes it comes
 * from the heading the task sits under (`I will`, `My commitments` / `<Name> will`, `They will`,
 * `Their commitments`; `Agreed` for both) or from a leading `@me` / `[[Person]]`.
 */
export type CommitmentOwner = "me" | "them";

/** One open commitment, as the dashboard, the agenda, the calendar and `report --json` show it. */
export interface Commitment {
	/** The note the task is in now (its latest 1:1 note when it was carried over). */
	path: string;
	/** The task's line in that note, 1-based as editors and grep count. */
	line: number;
	/** Display name of the other side. */
	person: string;
	/** The person note of the other side; null when the name has no note. */
	personPath: string | null;
	/** "me" when I owe it to them, "them" when they owe it to me. */
	owner: CommitmentOwner;
	/** The task's text without the checkbox, the owner marker, the carried marker and the due field. */
	text: string;
	/** `📅 yyyy-MM-dd` or `[due:: yyyy-MM-dd]`; null when no date was agreed. */
	due: IsoDate | null;
	/** Days past due, else 0. */
	overdueDays: number;
	/** How many later 1:1 notes it was carried into (0 when it is still in the note it was first written in). */
	carriedOver: number;
	/** The note it was first written in. */
	firstPath: string;
	/** The date of that note; null when it has none. */
	firstDate: IsoDate | null;
	/** Days since it was first written down; null when that note has no date. */
	ageDays: number | null;
}
