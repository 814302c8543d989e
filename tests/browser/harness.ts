/**
 * A stand-in for DashboardView in the browser tests: the view's own DashboardControls (filter,
 * sort, group, pages, map narrowing, closed sections) over a fixed report, with every action
 * recorded instead of sent to Obsidian.
 */
import { explain, type Explanation } from "../../src/core/explain";
import type { Commitment, FollowUp, NoteReading, Report } from "../../src/core/types";
import { buildDashboardModel, type DashboardModel, type GroupKey, type SortKey } from "../../src/core/viewmodel";
import { buildFoundModel, buildWithoutNote } from "../../src/core/viewmodel-found";
import { buildOrgSection, type OrgOptions } from "../../src/core/viewmodel/org";
import { readingsOfNotes, reportOfNotes } from "../core/builder";
import { DashboardControls } from "../../src/obsidian/controls";
import { renderDashboard, type DashboardHandlers, type SectionId } from "../../src/obsidian/render";

export const TODAY = "2026-11-23";

/** reportOf builds a report the way the plugin does, from note paths and their frontmatter. */
export function reportOf(notes: Record<string, Record<string, unknown>>, today = TODAY): Report {
	return reportOfNotes(notes, today);
}

/** A realistic vault: a manager, a skip-level, peers, a sponsor, a mentor, 1:1 notes and a typo. */
export const VAULT: Record<string, Record<string, unknown>> = {
	"People/Jane Doe.md": {
		person: "Jane Doe",
		role: "VP Engineering",
		relationship: "skip-level",
		influence: "high",
		interest: "medium",
		"last-contact": "2026-11-01",
		"cares-about": ["platform reliability", "hiring"],
	},
	"People/Sam Lee.md": {
		person: "Sam Lee",
		role: "Engineering manager",
		relationship: "manager",
		influence: "high",
		interest: "high",
		"last-contact": "2026-11-20",
		cadence: "weekly",
		"follow-up": "2026-11-25",
		"follow-up-note": "Send the promotion packet draft",
	},
	"People/Priya Patel.md": {
		person: "Priya Patel",
		role: "Staff engineer",
		relationship: "peer",
		influence: "medium",
		interest: "high",
		"last-contact": "2026-10-01",
	},
	"People/Alex Kim.md": {
		person: "Alex Kim",
		role: "Product director",
		relationship: "sponsor",
		influence: "high",
		interest: "low",
	},
	"People/Chris Moreau.md": {
		type: "person",
		role: "Designer",
		relationship: "peer",
		influence: "low",
		interest: "low",
		"last-contact": "2026-11-22",
		"snooze-until": "2026-12-01",
	},
	"People/Dana Ortiz.md": {
		person: "Dana Ortiz",
		relationship: "mentor",
		"last-contact": "2026-11-23",
		"cares-about": "career growth",
	},
	"People/Morgan Blake.md": {
		person: "Morgan Blake",
		role: "Head of data",
		relationship: "stakeholder",
		influence: "medium",
		interest: "medium",
		"last-contact": "2026-11-10",
	},
	"People/Taylor Nguyen.md": {
		person: "Taylor Nguyen",
		role: "Senior product manager",
		relationship: "stakeholder",
		influence: "low",
		interest: "high",
		"last-contact": "2026-11-05",
		cadence: "3w",
	},
	"People/Robin.md": { person: "Robin Fischer", role: "Recruiter", "last-contact": "2026-13-45" },
	"1-1s/2026-11-10 Sam Lee.md": {
		with: "[[Sam Lee]]",
		date: "2026-11-10",
		"follow-up": "2026-11-15",
		"follow-up-note": "Share the roadmap doc",
	},
};

/** A hostile name: drawn as text, never as markup. */
export const HOSTILE = "<img src=x onerror=alert(1)>";

/** The realistic vault, with meetings that name people in the other conventions: Avery (the owner) in every one. */
export const FOUND_VAULT: Record<string, Record<string, unknown>> = {
	...VAULT,
	"Meetings/2026-01-05 Planning.md": { attendees: ["Avery Stone", "Noor Haddad", "[[Jane Doe]]"] },
	"Meetings/2026-11-02 Sync.md": { participants: "Avery Stone, Noor Haddad, Sam Lee" },
	"Meetings/2026-11-09 Sync.md": { participants: ["Avery Stone", HOSTILE] },
	"Meetings/2026-11-16 Review.md": { person: "[[Priya Patel]]", attendees: ["Avery Stone"] },
	"Templates/Person.md": { person: "{{title}}" },
};

export type Call =
	| { action: "open"; path: string; newLeaf: boolean }
	| { action: "done" | "snooze"; item: FollowUp }
	| { action: "commitment-done" | "commitment-open"; item: Commitment }
	| { action: "log" | "agenda"; path: string }
	| { action: "new-stakeholder" }
	| { action: "create-note" | "set-me"; name: string }
	| { action: "toggle"; section: SectionId; open: boolean }
	| { action: "choose-me" };

export interface HarnessOptions {
	agenda?: boolean;
	newStakeholder?: boolean;
	/** Every note's reading: with them the dashboard shows "What it found" and "People without a note", as the view does. */
	readings?: readonly NoteReading[];
	/** With them the dashboard shows its Org section, as the view does. */
	org?: OrgOptions;
}

/** readingsOf reads notes as the plugin does, for "What it found". */
export function readingsOf(notes: Record<string, Record<string, unknown>>): NoteReading[] {
	return readingsOfNotes(notes);
}

/**
 * Harness draws a report into a container and redraws on every control, like the view: the
 * same DashboardControls, with every action recorded instead of sent to Obsidian.
 */
export class Harness {
	readonly controls = new DashboardControls();
	readonly calls: Call[] = [];
	model: DashboardModel | null = null;
	readonly handlers: DashboardHandlers;
	/** The `foundDismissed` setting, as "Got it" and "Details" set it. */
	foundDismissed = false;
	private readonly readings: readonly NoteReading[] | null;
	private readonly org: OrgOptions | null;

	constructor(
		readonly container: HTMLElement,
		public report: Report,
		options: HarnessOptions = {},
	) {
		this.readings = options.readings ?? null;
		this.org = options.org ?? null;
		const redraw = (change: () => unknown) => () => {
			change();
			this.draw();
		};
		this.handlers = {
			openNote: (path, newLeaf) => void this.calls.push({ action: "open", path, newLeaf }),
			completeFollowUp: (item) => void this.calls.push({ action: "done", item }),
			snoozeFollowUp: (item) => void this.calls.push({ action: "snooze", item }),
			completeCommitment: (item) => void this.calls.push({ action: "commitment-done", item }),
			openCommitment: (item) => void this.calls.push({ action: "commitment-open", item }),
			logContactToday: (path) => void this.calls.push({ action: "log", path }),
			newAgenda: options.agenda === false ? null : (path) => void this.calls.push({ action: "agenda", path }),
			newStakeholder: options.newStakeholder === false ? null : () => void this.calls.push({ action: "new-stakeholder" }),
			setFilter: (filter) => redraw(() => this.controls.setFilter(filter))(),
			setSort: (sort) => redraw(() => (this.controls.sort = sort))(),
			setGroup: (group) => redraw(() => (this.controls.group = group))(),
			showMore: (section) => redraw(() => this.controls.showMore(section))(),
			showPlace: (place) => redraw(() => this.controls.showPlace(place))(),
			toggleSection: (section, open) => {
				this.calls.push({ action: "toggle", section, open });
				this.controls.toggleSection(section, open);
			},
			setFoundDismissed: (dismissed) => redraw(() => (this.foundDismissed = dismissed))(),
			createPersonNote: (name) => void this.calls.push({ action: "create-note", name }),
			setMe: (name) => void this.calls.push({ action: "set-me", name }),
			chooseMe: () => void this.calls.push({ action: "choose-me" }),
		};
	}

	/** The controls the tests set directly, as a person would through the view. */
	get collapsed(): Set<SectionId> {
		return this.controls.collapsed;
	}
	set group(group: GroupKey) {
		this.controls.group = group;
	}
	set sort(sort: SortKey) {
		this.controls.sort = sort;
	}
	get filter(): string {
		return this.controls.filter;
	}
	set filter(filter: string) {
		this.controls.filter = filter;
	}

	/** What "What it found" is drawn from; null without readings. */
	get explanation(): Explanation | null {
		return this.readings === null ? null : explain(this.readings, this.report);
	}

	draw(): this {
		this.model = buildDashboardModel(this.report, this.controls.options(this.report.today));
		const found = this.explanation;
		if (found !== null) {
			this.model.found = buildFoundModel(found, this.foundDismissed);
			this.model.withoutNote = buildWithoutNote(this.report, found, this.controls.withoutNoteLimit);
		}
		if (this.org !== null) this.model.org = buildOrgSection(this.report, this.org);
		renderDashboard(this.container, this.model, this.handlers, { collapsed: this.controls.collapsed });
		return this;
	}
}

/** mount makes a sidebar-like pane (320, 360, 390 or 800 px wide, optionally 400 or 700 px high) in the given theme and returns it. */
export function mount(width: 320 | 360 | 390 | 800, theme: "light" | "dark" = "light", height: 400 | 700 | null = null): HTMLElement {
	document.body.empty();
	document.body.removeClass("theme-light", "theme-dark", "is-mobile");
	document.body.addClass(`theme-${theme}`);
	return document.body.createDiv({ cls: "view-content", attr: { "data-width": width, "data-height": height } });
}
