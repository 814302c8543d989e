/** A calendar date written `yyyy-MM-dd`: types.ts's IsoDate, named here so that types.ts and this file do not import each other. */
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
	/** The task's line as the index read it: Done changes the line only while it still says this. */
	source: string;
}

/** Who a task's leading marker says owes it: `@me`, or a person by link (`[[Jane Doe]]`) or name (`@Jane`): a NoteRef. */
export type TaskOwnerMarker = "me" | { target: string; alias: string | null; isLink: boolean };

/** A task of a 1:1 note that may be a commitment, as read (nothing resolved yet): see commitments/read-tasks.ts. */
export interface NoteTask {
	/** 1-based line in the note, as editors and grep count (frontmatter lines included). */
	line: number;
	/** The status character between the brackets: " " open, "x" done, "-" cancelled… */
	status: string;
	/** The line as written, without its line ending: Done checks it is still there. */
	source: string;
	/** The text shown: no checkbox, owner marker, carried marker, due field or other Tasks fields. */
	text: string;
	/** The nearest enclosing commitment heading as written; null when there is none. */
	heading: string | null;
	/** The owner marker, leading (`@me Send…`), trailing (`Send… @Jane Doe`) or a label (`Jane: send…`); null when there is none. */
	marker: TaskOwnerMarker | null;
	/**
	 * True when the marker trails the text (`Send the deck @Jane Doe ⏫ #task`): it counts only when
	 * it finds someone (me, a person note, a person of the meeting), since `@` ends many sentences.
	 */
	trailing?: boolean;
	/**
	 * True when the marker is a name label before a colon (`Jane: send the deck`, outside
	 * commitment headings): like a trailing marker it counts only when it finds someone, and the
	 * text keeps it.
	 */
	label?: boolean;
	/** `📅 yyyy-MM-dd`, `[due:: …]` or `(due:: …)`; null when absent or unreadable. */
	due: IsoDate | null;
	/** The due date as written when it is not a date; absent otherwise. */
	badDue?: string;
	/** `✅ yyyy-MM-dd`: when it was done; null when not written. */
	done: IsoDate | null;
	/** The link target of a ` (from [[…]])` carried marker; null when it has none. */
	from: string | null;
}
