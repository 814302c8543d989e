import { describe, expect, it } from "vitest";
import { formatMoment, ordinal } from "../../../src/core/agenda/moment-format";

/**
 * Expected values were written by moment 2.29.4 (the version Obsidian bundles) with
 * `moment(date).format(token)`, English locale, for these local date-times:
//   0: 2026-11-01 09:05:07.123
//   1: 2026-01-01 00:00:00.123
//   2: 2021-01-03 13:30:00.123
//   3: 2024-12-30 23:59:59.123
//   4: 2027-01-01 12:00:00.123
//   5: 2026-02-28 00:00:00.123
 */
const DATES = [[2026, 10, 1, 9, 5, 7], [2026, 0, 1, 0, 0, 0], [2021, 0, 3, 13, 30, 0], [2024, 11, 30, 23, 59, 59], [2027, 0, 1, 12, 0, 0], [2026, 1, 28, 0, 0, 0]].map(
	([y, m, d, h, min, s]) => new Date(y ?? 0, m ?? 0, d ?? 1, h ?? 0, min ?? 0, s ?? 0, 123),
);

const TABLE: [string, string[]][] = [
	["M", ["11", "1", "1", "12", "1", "2"]],
	["Mo", ["11th", "1st", "1st", "12th", "1st", "2nd"]],
	["MM", ["11", "01", "01", "12", "01", "02"]],
	["MMM", ["Nov", "Jan", "Jan", "Dec", "Jan", "Feb"]],
	["MMMM", ["November", "January", "January", "December", "January", "February"]],
	["Q", ["4", "1", "1", "4", "1", "1"]],
	["Qo", ["4th", "1st", "1st", "4th", "1st", "1st"]],
	["D", ["1", "1", "3", "30", "1", "28"]],
	["Do", ["1st", "1st", "3rd", "30th", "1st", "28th"]],
	["DD", ["01", "01", "03", "30", "01", "28"]],
	["DDD", ["305", "1", "3", "365", "1", "59"]],
	["DDDo", ["305th", "1st", "3rd", "365th", "1st", "59th"]],
	["DDDD", ["305", "001", "003", "365", "001", "059"]],
	["d", ["0", "4", "0", "1", "5", "6"]],
	["do", ["0th", "4th", "0th", "1st", "5th", "6th"]],
	["dd", ["Su", "Th", "Su", "Mo", "Fr", "Sa"]],
	["ddd", ["Sun", "Thu", "Sun", "Mon", "Fri", "Sat"]],
	["dddd", ["Sunday", "Thursday", "Sunday", "Monday", "Friday", "Saturday"]],
	["e", ["0", "4", "0", "1", "5", "6"]],
	["E", ["7", "4", "7", "1", "5", "6"]],
	["w", ["45", "1", "2", "1", "1", "9"]],
	["wo", ["45th", "1st", "2nd", "1st", "1st", "9th"]],
	["ww", ["45", "01", "02", "01", "01", "09"]],
	["W", ["44", "1", "53", "1", "53", "9"]],
	["Wo", ["44th", "1st", "53rd", "1st", "53rd", "9th"]],
	["WW", ["44", "01", "53", "01", "53", "09"]],
	["Y", ["2026", "2026", "2021", "2024", "2027", "2026"]],
	["YY", ["26", "26", "21", "24", "27", "26"]],
	["YYYY", ["2026", "2026", "2021", "2024", "2027", "2026"]],
	["YYYYY", ["02026", "02026", "02021", "02024", "02027", "02026"]],
	["YYYYYY", ["+002026", "+002026", "+002021", "+002024", "+002027", "+002026"]],
	["gg", ["26", "26", "21", "25", "27", "26"]],
	["gggg", ["2026", "2026", "2021", "2025", "2027", "2026"]],
	["ggggg", ["02026", "02026", "02021", "02025", "02027", "02026"]],
	["GG", ["26", "26", "20", "25", "26", "26"]],
	["GGGG", ["2026", "2026", "2020", "2025", "2026", "2026"]],
	["GGGGG", ["02026", "02026", "02020", "02025", "02026", "02026"]],
	["a", ["am", "am", "pm", "pm", "pm", "am"]],
	["A", ["AM", "AM", "PM", "PM", "PM", "AM"]],
	["H", ["9", "0", "13", "23", "12", "0"]],
	["HH", ["09", "00", "13", "23", "12", "00"]],
	["h", ["9", "12", "1", "11", "12", "12"]],
	["hh", ["09", "12", "01", "11", "12", "12"]],
	["k", ["9", "24", "13", "23", "12", "24"]],
	["kk", ["09", "24", "13", "23", "12", "24"]],
	["m", ["5", "0", "30", "59", "0", "0"]],
	["mm", ["05", "00", "30", "59", "00", "00"]],
	["s", ["7", "0", "0", "59", "0", "0"]],
	["ss", ["07", "00", "00", "59", "00", "00"]],
	["S", ["1", "1", "1", "1", "1", "1"]],
	["SS", ["12", "12", "12", "12", "12", "12"]],
	["SSS", ["123", "123", "123", "123", "123", "123"]],
	["SSSS", ["1230", "1230", "1230", "1230", "1230", "1230"]],
	["Hmm", ["905", "000", "1330", "2359", "1200", "000"]],
	["hmmss", ["90507", "120000", "13000", "115959", "120000", "120000"]],
	["N", ["AD", "AD", "AD", "AD", "AD", "AD"]],
	["NNNN", ["Anno Domini", "Anno Domini", "Anno Domini", "Anno Domini", "Anno Domini", "Anno Domini"]],
	["YYYY-MM-DD", ["2026-11-01", "2026-01-01", "2021-01-03", "2024-12-30", "2027-01-01", "2026-02-28"]],
	["ddd, MMM D", ["Sun, Nov 1", "Thu, Jan 1", "Sun, Jan 3", "Mon, Dec 30", "Fri, Jan 1", "Sat, Feb 28"]],
	["MMMM Do, YYYY", ["November 1st, 2026", "January 1st, 2026", "January 3rd, 2021", "December 30th, 2024", "January 1st, 2027", "February 28th, 2026"]],
	["HH:mm", ["09:05", "00:00", "13:30", "23:59", "12:00", "00:00"]],
	["h:mm a", ["9:05 am", "12:00 am", "1:30 pm", "11:59 pm", "12:00 pm", "12:00 am"]],
	["[Week] W, gggg", ["Week 44, 2026", "Week 1, 2026", "Week 53, 2021", "Week 1, 2025", "Week 53, 2027", "Week 9, 2026"]],
	["[Today is] dddd", ["Today is Sunday", "Today is Thursday", "Today is Sunday", "Today is Monday", "Today is Friday", "Today is Saturday"]],
	["YYYY-[W]WW", ["2026-W44", "2026-W01", "2021-W53", "2024-W01", "2027-W53", "2026-W09"]],
	["\\Y\\Y YYYY", ["YY 2026", "YY 2026", "YY 2021", "YY 2024", "YY 2027", "YY 2026"]],
	["LT", ["9:05 AM", "12:00 AM", "1:30 PM", "11:59 PM", "12:00 PM", "12:00 AM"]],
	["LTS", ["9:05:07 AM", "12:00:00 AM", "1:30:00 PM", "11:59:59 PM", "12:00:00 PM", "12:00:00 AM"]],
	["L", ["11/01/2026", "01/01/2026", "01/03/2021", "12/30/2024", "01/01/2027", "02/28/2026"]],
	["LL", ["November 1, 2026", "January 1, 2026", "January 3, 2021", "December 30, 2024", "January 1, 2027", "February 28, 2026"]],
	["LLL", ["November 1, 2026 9:05 AM", "January 1, 2026 12:00 AM", "January 3, 2021 1:30 PM", "December 30, 2024 11:59 PM", "January 1, 2027 12:00 PM", "February 28, 2026 12:00 AM"]],
	["LLLL", ["Sunday, November 1, 2026 9:05 AM", "Thursday, January 1, 2026 12:00 AM", "Sunday, January 3, 2021 1:30 PM", "Monday, December 30, 2024 11:59 PM", "Friday, January 1, 2027 12:00 PM", "Saturday, February 28, 2026 12:00 AM"]],
	["l", ["11/1/2026", "1/1/2026", "1/3/2021", "12/30/2024", "1/1/2027", "2/28/2026"]],
	["ll", ["Nov 1, 2026", "Jan 1, 2026", "Jan 3, 2021", "Dec 30, 2024", "Jan 1, 2027", "Feb 28, 2026"]],
	["lll", ["Nov 1, 2026 9:05 AM", "Jan 1, 2026 12:00 AM", "Jan 3, 2021 1:30 PM", "Dec 30, 2024 11:59 PM", "Jan 1, 2027 12:00 PM", "Feb 28, 2026 12:00 AM"]],
	["llll", ["Sun, Nov 1, 2026 9:05 AM", "Thu, Jan 1, 2026 12:00 AM", "Sun, Jan 3, 2021 1:30 PM", "Mon, Dec 30, 2024 11:59 PM", "Fri, Jan 1, 2027 12:00 PM", "Sat, Feb 28, 2026 12:00 AM"]],
	["[LL] LL", ["LL November 1, 2026", "LL January 1, 2026", "LL January 3, 2021", "LL December 30, 2024", "LL January 1, 2027", "LL February 28, 2026"]],
	["Q[Q] YYYY", ["4Q 2026", "1Q 2026", "1Q 2021", "4Q 2024", "1Q 2027", "1Q 2026"]],
	["dddd, MMMM D", ["Sunday, November 1", "Thursday, January 1", "Sunday, January 3", "Monday, December 30", "Friday, January 1", "Saturday, February 28"]],
];

describe("formatMoment", () => {
	it.each(TABLE)("formats %s as moment does", (pattern, expected) => {
		expect(DATES.map((date) => formatMoment(date, pattern))).toEqual(expected);
	});

	it("writes instants and offsets from the local clock", () => {
		const date = new Date(2026, 10, 1, 9, 5, 7, 123);
		expect(formatMoment(date, "x")).toBe(String(date.getTime()));
		expect(formatMoment(date, "X")).toBe(String(Math.floor(date.getTime() / 1000)));
		expect(formatMoment(date, "Z")).toMatch(/^[+-]\d{2}:\d{2}$/);
		expect(formatMoment(date, "ZZ")).toMatch(/^[+-]\d{4}$/);
	});

	it("keeps text that is no token", () => {
		expect(formatMoment(new Date(2026, 10, 23), "[1:1 on] dddd! #@")).toBe("1:1 on Monday! #@");
	});

	it.each([
		[1, "1st"],
		[2, "2nd"],
		[3, "3rd"],
		[4, "4th"],
		[11, "11th"],
		[12, "12th"],
		[13, "13th"],
		[21, "21st"],
		[22, "22nd"],
		[111, "111th"],
		[101, "101st"],
	])("writes %i as %s", (n, text) => {
		expect(ordinal(n)).toBe(text);
	});
});
