import type { Explanation } from "../core/explain";
import type { CoreSettings, IsoDate, Report } from "../core/types";
import { afterPaint, idle } from "./idle";
import type { StoredFirstScreen, StoredNotes } from "./snapshot";
import type { SnapshotKeeper } from "./snapshot-keeper";

/** The dashboard's first screen kept with the snapshot, for the day it is for: drawn before the snapshot's report is read. */
export interface FirstScreen {
	today: IsoDate;
	stored: StoredFirstScreen;
}

/**
 * FirstScreenOffer holds the first screen while the snapshot's report is read; offering it
 * tells the index's listeners at once, not through its notifier, so that the next notice (the
 * report adopted) does not wait for a burst to settle.
 */
export class FirstScreenOffer {
	private first: FirstScreen | null = null;

	constructor(private readonly listeners: () => Iterable<() => void>) {}

	show(first: FirstScreen | null): void {
		this.first = first;
		if (first !== null) for (const listener of [...this.listeners()]) listener();
	}

	/** for is the first screen kept for this day; null when there is none. */
	for(today: IsoDate): StoredFirstScreen | null {
		return this.first?.today === today ? this.first.stored : null;
	}
}

/** What a start from the snapshot does to the index (index.ts). */
export interface SnapshotStart {
	/** False once the index was unloaded or built some other way (a rebuild after a settings change has the last word). */
	starting(): boolean;
	settings(): CoreSettings;
	/** Offers the first screen to the views (null: no longer). */
	show(first: FirstScreen | null): void;
	/** Answers with the snapshot's report. */
	adopt(report: Report, explanation: Explanation, today: IsoDate, settings: CoreSettings): void;
	/** Fills the readings in after an adopted start. */
	fill(kept: StoredNotes | null): void;
	/** Builds from the notes, the stored readings of unchanged ones taken as they are. */
	rebuild(kept: StoredNotes | null): void;
}

/**
 * startFromSnapshot is a start from the last session's snapshot. When the settings, the day
 * and the files are the last session's, the dashboard's first screen is offered at once (from
 * the quick store when it has it, before the store is even opened), the
 * report is read and parsed once that screen has been painted, then the readings are filled
 * in in idle time; otherwise the stored readings of the unchanged notes are used for a build.
 */
export async function startFromSnapshot(snapshot: SnapshotKeeper, today: IsoDate, files: Parameters<SnapshotKeeper["open"]>[2], start: SnapshotStart): Promise<void> {
	const settings = start.settings();
	// The first screen kept where it is read at once is drawn while the store is being opened.
	const quick = await snapshot.quickScreen(settings, today, files);
	if (quick !== null && start.starting() && settings === start.settings()) {
		start.show({ today, stored: quick });
		await afterPaint();
	}
	const opened = await snapshot.open(settings, today, files);
	if (!start.starting()) return;
	const { record } = opened;
	if (record !== null && opened.matches && settings === start.settings()) {
		if (quick === null && record.firstScreen !== null) {
			start.show({ today, stored: record.firstScreen });
			await afterPaint();
		}
		const report = await opened.report();
		start.show(null);
		if (!start.starting()) return;
		if (report !== null && settings === start.settings()) {
			start.adopt(report, record.explanation, today, settings);
			snapshot.saved();
			// The readings after the first paint, so later changes stay incremental.
			await idle();
			start.fill(await snapshot.notes(record));
			return;
		}
	}
	start.show(null);
	const kept = record === null ? null : await snapshot.notes(record);
	if (start.starting()) start.rebuild(kept);
}
