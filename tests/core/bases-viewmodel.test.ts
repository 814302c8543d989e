import { describe, expect, it } from "vitest";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/types";
import { BASES_ROW_LIMIT, basesMapModel, basesReport, basesStatusModel, type BasesRow } from "../../src/core/viewmodel/bases";
import { reportOfNotes } from "./builder";

const TODAY = "2026-11-23";
const HOSTILE = "<img src=x onerror=alert(1)>";

const NOTES: Record<string, Record<string, unknown>> = {
	"People/Sam Lee.md": { type: "person", influence: 4, interest: "high" },
	"1-1s/2026-11-10 Sam Lee.md": { with: "[[Sam Lee]]", date: "2026-11-10", "follow-up": "2026-11-24", "follow-up-note": "Share the promo doc" },
};

describe("Bases views' model", () => {
	const index = reportOfNotes(NOTES, TODAY);

	it("takes the index's stakeholder for a known note (1:1 notes applied), whatever the row's values say", () => {
		const report = basesReport([{ path: "People/Sam Lee.md", values: { "last-contact": "2020-01-01" } }], index, DEFAULT_CORE_SETTINGS, TODAY);
		expect(report.stakeholders[0]?.lastContact).toBe("2026-11-10");
		expect(report.followUps.map((f) => f.text).sort()).toEqual(["Get in touch", "Share the promo doc"]);
		expect(basesStatusModel(report, 7).rows[0]?.followUps).toEqual([{ text: "Share the promo doc", dueText: "due tomorrow", tone: "warning" }]);
	});

	it("reads any other row from its own values, with the dashboard's problems for the same values, never throwing", () => {
		const values = { person: HOSTILE, influence: "huge", "last-contact": "2026-13-45", cadence: { every: 2 }, "snooze-until": [1, 2] };
		const report = basesReport([{ path: "Clients/X.md", values }], index, DEFAULT_CORE_SETTINGS, TODAY);
		expect(report.stakeholders[0]?.person).toBe(HOSTILE);
		expect(report.stakeholders[0]?.status).toBe("never");
		expect(report.problems.map((p) => p.message)).toEqual(readNote("People/X.md", values, DEFAULT_CORE_SETTINGS).problems.map((p) => p.message));
		expect(basesReport([{ path: "Clients/X.md", values }], null, DEFAULT_CORE_SETTINGS, TODAY).stakeholders).toHaveLength(1);
	});

	it("places rows by the chosen properties, and an unreadable one leaves the row off the map with a problem", () => {
		const rows: BasesRow[] = [
			{ path: "People/Sam Lee.md", values: {}, influence: { key: "power", value: 1 }, interest: { key: "care", value: "low" } },
			{ path: "Clients/Y.md", values: {}, influence: { key: "power", value: HOSTILE }, interest: { key: "care", value: null } },
		];
		const model = basesMapModel(basesReport(rows, index, DEFAULT_CORE_SETTINGS, TODAY));
		expect(model.map.rows[2]?.cells[0]?.dots.map((d) => d.label)).toEqual(["Sam Lee"]);
		expect(model.map.unplaced.map((u) => [u.label, u.missing])).toEqual([["Y", "no influence and interest"]]);
		expect(model.problems.map((p) => p.message)).toEqual([`power: '${HOSTILE}' is not a level; use low, medium, high or a whole number from 1 to 5`]);
	});

	it("draws at most BASES_ROW_LIMIT rows and counts the rest; lists the people of a chosen part of the map", () => {
		const rows: BasesRow[] = Array.from({ length: BASES_ROW_LIMIT + 5 }, (_, i) => ({ path: `Clients/P${i}.md`, values: { influence: "low", interest: "low" } }));
		const report = basesReport(rows, null, DEFAULT_CORE_SETTINGS, TODAY);
		expect(basesStatusModel(report, 7)).toMatchObject({ total: BASES_ROW_LIMIT + 5, hidden: 5 });
		expect(basesStatusModel(report, 7).rows).toHaveLength(BASES_ROW_LIMIT);
		const map = basesMapModel(report, "low/low");
		expect(map.place?.label).toMatch(/^Monitor/);
		expect(map.place?.people).toHaveLength(BASES_ROW_LIMIT);
	});
});
