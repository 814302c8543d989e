import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROPERTY_TIMEOUT } from "../property";
import { PersonDirectory, peopleOf } from "../../src/core/directory";
import { pathResolver } from "../../src/core/links";
import { OrgBuilder, buildOrg } from "../../src/core/org";
import { personOf, readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS, type Frontmatter, type PersonRecord } from "../../src/core/types";

// Random orgs, then random changes of one person's managers at a time (as IncrementalReport
// makes them: the directory's record replaced, the builder told to forget that person): the
// builder kept between builds must equal buildOrg from scratch after every change, circles,
// problems and your chart included.

const NAMES = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"];
const ME = "People/Me.md";
const pathOf = (name: string): string => `People/${name}.md`;
const PATHS = [...NAMES.map(pathOf), ME];

/** What a `reports-to` may name: someone, you, no one, or the note itself (the person's own name is among NAMES). */
const ref = fc.constantFrom(...NAMES.map((n) => `[[${n}]]`), ...NAMES.slice(0, 3), "[[Me]]", "Me", "Nobody", "[[Ghost]]");
const managers = fc.record({
	key: fc.constantFrom("reports-to", "manager"),
	value: fc.oneof({ weight: 4, arbitrary: ref }, { weight: 2, arbitrary: fc.array(ref, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
});
type Managers = { key: string; value: string | string[] | undefined };

function record(path: string, m: Managers): PersonRecord {
	const name = path === ME ? "Me Myself" : path.slice("People/".length, -".md".length);
	const fm: Frontmatter = { person: name, type: "person" };
	if (path === ME) fm.aliases = ["Me"];
	if (m.value !== undefined) fm[m.key] = m.value;
	const person = personOf(readNote(path, fm, DEFAULT_CORE_SETTINGS));
	if (person === null) throw new Error(`${path} is no person note`);
	return person;
}

const step = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ kind: fc.constant("change" as const), who: fc.nat(NAMES.length - 1), managers }) },
	{ weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
);

describe("OrgBuilder", () => {
	it("equals buildOrg after any sequence of one person's managers changing", () => {
		fc.assert(
			fc.property(fc.array(managers, { minLength: PATHS.length, maxLength: PATHS.length }), fc.array(step, { minLength: 1, maxLength: 30 }), fc.boolean(), (initial, steps, withMe) => {
				const records = PATHS.filter((path) => withMe || path !== ME).map((path, i) => record(path, initial[i] ?? { key: "reports-to", value: undefined }));
				const directory = new PersonDirectory(peopleOf(records, withMe ? ME : ""), pathResolver(PATHS));
				const builder = new OrgBuilder();
				expect(builder.build(directory)).toStrictEqual(buildOrg(directory));
				for (const s of steps) {
					if (s.kind === "clear") builder.clear();
					else {
						const path = pathOf(NAMES[s.who] ?? "Ann");
						directory.replace(record(path, s.managers));
						builder.forget(path);
					}
					expect(builder.build(directory)).toStrictEqual(buildOrg(directory));
				}
			}),
			{ numRuns: 2000 },
		);
	}, PROPERTY_TIMEOUT);

	it("finds a circle made and broken by one change, named from its first note whoever reports into it", () => {
		const m = (value: string): Managers => ({ key: "reports-to", value });
		const records = [record(pathOf("Ann"), m("[[Cy]]")), record(pathOf("Bo"), m("[[Cy]]")), record(pathOf("Cy"), m("[[Di]]")), record(pathOf("Di"), m("[[Ed]]")), record(pathOf("Ed"), m("[[Flo]]")), record(pathOf("Flo"), { key: "reports-to", value: undefined })];
		const directory = new PersonDirectory(peopleOf(records, ""), pathResolver(PATHS));
		const builder = new OrgBuilder();
		expect(builder.build(directory).problems).toEqual([]);
		directory.replace(record(pathOf("Ed"), m("[[Bo]]")));
		builder.forget(pathOf("Ed"));
		const circle = builder.build(directory).problems;
		expect(circle.map((p) => p.path)).toEqual(["People/Bo.md", "People/Cy.md", "People/Di.md", "People/Ed.md"]);
		// Ann reports into the circle and sorts first, yet the circle is named from Bo, its first note.
		expect(circle[0]?.message).toBe("reports-to: Bo → Cy → Di → Ed → Bo report to each other in a circle; give one of them another manager");
		directory.replace(record(pathOf("Cy"), m("[[Flo]]")));
		builder.forget(pathOf("Cy"));
		expect(builder.build(directory).problems).toEqual([]);
	});
});
