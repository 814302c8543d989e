import { addDays, addMonths, addWeeks, differenceInCalendarDays, format } from "date-fns";
import type { Cadence, IsoDate } from "./types";

/**
 * Calendar-date arithmetic on `yyyy-MM-dd` strings. Each date is turned into local midnight
 * for date-fns and back, so the answer is the same calendar day in every time zone, across
 * daylight-saving changes and month ends.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** toLocalDate turns a valid `yyyy-MM-dd` into local midnight of that day. */
export function toLocalDate(date: IsoDate): Date {
	const match = ISO_DATE.exec(date);
	if (!match) throw new RangeError(`not a yyyy-MM-dd date: ${date}`);
	return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** toIsoDate writes a `Date`'s local calendar day as `yyyy-MM-dd`. */
export function toIsoDate(date: Date): IsoDate {
	return format(date, "yyyy-MM-dd");
}

/** isCalendarDate says whether year, month and day name a real day (no 2026-02-30). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1 || day > 31) return false;
	const date = new Date(year, month - 1, day);
	return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** validIsoDate returns the text when it is a real `yyyy-MM-dd` day, else null. */
export function validIsoDate(text: string): IsoDate | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text : null;
}

/** addDaysIso adds whole calendar days to a date. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
	return toIsoDate(addDays(toLocalDate(date), days));
}

/** addCadence moves a date on by a cadence; months are calendar months (Jan 31 + 1m = Feb 28). */
export function addCadence(date: IsoDate, cadence: Cadence): IsoDate {
	const start = toLocalDate(date);
	switch (cadence.unit) {
		case "days":
			return toIsoDate(addDays(start, cadence.count));
		case "weeks":
			return toIsoDate(addWeeks(start, cadence.count));
		case "months":
			return toIsoDate(addMonths(start, cadence.count));
	}
}

/** daysBetween counts calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** todayIso is the local calendar date of a clock reading: for the edges (plugin, CLI) only. */
export function todayIso(now: Date): IsoDate {
	return toIsoDate(now);
}

