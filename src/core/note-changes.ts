import type { NoteReading } from "./types";

/**
 * NoteChanges holds the reading of every note and, while a report made from them is kept
 * (`tracking`), each note changed since then with its reading then: what an incremental
 * report (incremental.ts) brings up to date.
 */
export abstract class NoteChanges {
	protected readonly readings = new Map<string, NoteReading>();
	/** For each note changed since the last report, its reading then (undefined: it did not exist). */
	protected readonly changed = new Map<string, NoteReading | undefined>();

	/** Whether a report made from the readings is kept, so that changes are to be noted. */
	protected abstract tracking(): boolean;

	/** The reading of a note, if it is held. */
	get(path: string): NoteReading | undefined {
		return this.readings.get(path);
	}

	/** The path of every note held. */
	paths(): IterableIterator<string> {
		return this.readings.keys();
	}

	/** The reading of every note held, in no order. */
	values(): IterableIterator<NoteReading> {
		return this.readings.values();
	}

	/** How many notes are held. */
	get size(): number {
		return this.readings.size;
	}

	/** set puts in a note's new reading. */
	set(path: string, reading: NoteReading): void {
		this.remember(path);
		this.readings.set(path, reading);
	}

	/**
	 * settle puts in a reading that says what the one held says, only no longer asking for the
	 * note's text (its text was read and gave nothing more): nothing to report as changed.
	 */
	settle(path: string, reading: NoteReading): void {
		this.readings.set(path, reading);
	}

	/** delete removes a note; returns whether it was held. */
	delete(path: string): boolean {
		if (!this.readings.has(path)) return false;
		this.remember(path);
		this.readings.delete(path);
		return true;
	}

	/** clear removes every note. */
	clear(): void {
		this.readings.clear();
		this.changed.clear();
	}

	private remember(path: string): void {
		if (this.tracking() && !this.changed.has(path)) this.changed.set(path, this.readings.get(path));
	}
}
