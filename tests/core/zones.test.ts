import { describe, expect, it } from "vitest";
import { reportJson } from "../../src/core/json";
import { NoteBuilder, reportOf } from "./builder";

/**
 * The same vault, read around the US daylight-saving end (2026-11-01), must give the same
 * report in every time zone: each core project compares it with one committed file.
 */

const vault = [
	NoteBuilder.person("Jane Doe").set("relationship", "Manager").influence("high").lastContact("2026-10-18"),
	// What gray-matter's default YAML engine makes of `last-contact: 2026-10-25`: UTC midnight.
	NoteBuilder.person("Ann Lee").influence(3).lastContact(new Date(Date.UTC(2026, 9, 25))).cadence("1w"),
	NoteBuilder.person("Sam Roe").lastContact("2026-10-31T23:30:00-08:00").cadence(1),
	NoteBuilder.person("Kiri").lastContact("2026-11-01T00:30+14:00").cadence("2d").followUp("[[Daily/2026-11-02|Monday]]", "Send notes"),
	NoteBuilder.person("Mo").influence("low").set("snooze-until", "2026-11-03"),
	NoteBuilder.person("Pat").cadence("monthly").lastContact("2026-10-01"),
	NoteBuilder.meeting("2026-10-30 Jane", "[[Jane Doe]]").set("date", "2026-10-30T18:00Z"),
	NoteBuilder.meeting("2026-11-05 Jane", "[[Jane Doe]]").followUp("2026-11-06", "Promotion case"),
	NoteBuilder.meeting("2026-11-01 Nobody", "[[Nobody]]"),
];

describe.each(["2026-10-31", "2026-11-01", "2026-11-02", "2026-11-08"])("on %s", (today) => {
	it("gives the same report in every time zone", async () => {
		const json = JSON.stringify(reportJson(reportOf(vault, today)), null, "\t");
		await expect(json).toMatchFileSnapshot(`./__snapshots__/zones-${today}.json`);
	});
});

it("runs in the time zone its project names", () => {
	expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});
