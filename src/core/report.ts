import { IncrementalReport } from "./incremental";
import type { CoreSettings, IsoDate, LinkResolver, NoteReading, Report } from "./types";

export { PersonDirectory, compareNames } from "./directory";
export * from "./order";
export * from "./contact";
export * from "./meetings";

/**
 * buildReport computes everything shown for one day from the readings of every note: each
 * stakeholder's effective last contact, cadence and status, the follow-up list and the
 * problems, each in the design's order. The order of the readings does not matter. It is the
 * incremental report's full pass, so the report has one assembly: the index's, updated one
 * note at a time, is equal to it by construction and by test.
 */
export function buildReport(
	readings: Iterable<NoteReading>,
	resolve: LinkResolver,
	settings: CoreSettings,
	today: IsoDate,
): Report {
	const report = new IncrementalReport();
	let unnamed = 0;
	for (const reading of readings) {
		// A reading is filed under its note's path; one with neither record nor problem adds nothing.
		const path = reading.record?.path ?? reading.candidate?.record.path ?? reading.problems[0]?.path ?? `\u0000${unnamed++}`;
		report.set(path, reading);
	}
	return report.report(resolve, settings, today);
}
