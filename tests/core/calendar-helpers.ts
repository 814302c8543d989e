import { expect } from "vitest";
import ICAL from "ical.js";
import type { Commitment, IsoDate, Report } from "../../src/core/types";

/** commitment builds one commitment as the commitments reader would hand it over, with only what a test sets. */
export function commitment(fields: Partial<Commitment> & Pick<Commitment, "text">): Commitment {
	const path = fields.path ?? "1-1/2026-11-20 Jane.md";
	return {
		path,
		line: 5,
		person: "Jane Doe",
		personPath: "People/Jane Doe.md",
		owner: "them",
		due: null,
		overdueDays: 0,
		carriedOver: 0,
		firstPath: path,
		firstDate: "2026-11-20",
		ageDays: 3,
		source: `- [ ] ${fields.text}`,
		...fields,
	};
}

/** withCommitments is a report with commitments added, as it will be once the commitments reader fills them in. */
export function withCommitments(report: Report, commitments: Commitment[]): Report {
	return { ...report, commitments };
}

/** One event as an independent parser (ical.js) reads it back. */
export interface ParsedEvent {
	uid: string;
	start: string;
	startIsDate: boolean;
	end: string | null;
	summary: string;
	description: string;
	url: string;
	stamp: string;
}

/** parseCalendar reads a calendar with ical.js: its own properties, and every event. */
export function parseCalendar(text: string): { props: Record<string, string>; events: ParsedEvent[] } {
	// ical.js types its parse result as `any`: a calendar's jCal is an array.
	const jcal: unknown[] = ICAL.parse(text) as unknown[];
	const root = new ICAL.Component(jcal);
	const props: Record<string, string> = {};
	for (const name of ["prodid", "version", "calscale", "method", "x-wr-calname"]) props[name] = String(root.getFirstPropertyValue(name));
	const events = root.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
		const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
		const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time | null;
		return {
			uid: String(vevent.getFirstPropertyValue("uid")),
			start: start.toString(),
			startIsDate: start.isDate,
			end: end === null ? null : end.toString(),
			summary: String(vevent.getFirstPropertyValue("summary")),
			description: String(vevent.getFirstPropertyValue("description")),
			url: String(vevent.getFirstPropertyValue("url")),
			stamp: String(vevent.getFirstPropertyValue("dtstamp")),
		};
	});
	return { props, events };
}

/** physicalLines are a calendar's lines as written, without their CRLF ends. */
export function physicalLines(text: string): string[] {
	expect(text.endsWith("\r\n")).toBe(true);
	return text.slice(0, -2).split("\r\n");
}

/** isoOf writes an ical.js date back as yyyy-MM-dd. */
export function isoOf(date: string): IsoDate {
	return date.slice(0, 10);
}
