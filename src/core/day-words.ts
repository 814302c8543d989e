import { daysBetween } from "./dates";
import type { IsoDate } from "./types";
import { shortDate } from "./viewmodel-found";

/** How the written follow-up names a day: "Fri 4 Dec", the same in every locale and time zone. */

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** weekdayOf is the short name of a calendar date's weekday, by arithmetic (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): string {
	const days = daysBetween("1970-01-01", date);
	return WEEKDAYS[(((days + 4) % 7) + 7) % 7] ?? "";
}

/** dayText writes a date as "Fri 4 Dec", with the year when it is not today's: "Mon 4 Jan 2027". */
export function dayText(date: IsoDate, today: IsoDate): string {
	return `${weekdayOf(date)} ${shortDate(date, today)}`;
}
