import {
	COMMITMENT_PAGE,
	FOLLOW_UP_PAGE,
	PEOPLE_PAGE,
	PROBLEM_PAGE,
	type DashboardOptions,
	type GroupKey,
	type MapPlace,
	type SortKey,
} from "../core/viewmodel";
import { WITHOUT_NOTE_PAGE } from "../core/viewmodel-found";
import type { IsoDate } from "../core/types";
import type { PagedSection, SectionId } from "./render-types";

/**
 * DashboardControls is what the user has chosen on the dashboard: filter, sort, group, how many
 * pages of each list are shown, the map cell People is narrowed to, and the closed sections.
 * The view keeps one and draws from it; it has no DOM and no Obsidian in it, so the browser
 * tests drive the same rules the view follows.
 */
export class DashboardControls {
	filter = "";
	sort: SortKey = "urgency";
	group: GroupKey = "none";
	peopleLimit = PEOPLE_PAGE;
	followUpLimit = FOLLOW_UP_PAGE;
	commitmentLimit = COMMITMENT_PAGE;
	problemLimit = PROBLEM_PAGE;
	/** How many names of "People without a note" are shown. */
	withoutNoteLimit = WITHOUT_NOTE_PAGE;
	/** The part of the map People is narrowed to; like the filter, not kept in the layout. */
	place: MapPlace | null = null;
	readonly collapsed = new Set<SectionId>();

	/** setFilter filters People and starts it from its first page again. */
	setFilter(filter: string): void {
		this.filter = filter;
		this.peopleLimit = PEOPLE_PAGE;
	}

	/** showMore adds one page to a list. */
	showMore(section: PagedSection): void {
		if (section === "people") this.peopleLimit += PEOPLE_PAGE;
		else if (section === "follow-ups") this.followUpLimit += FOLLOW_UP_PAGE;
		else if (section === "commitments") this.commitmentLimit += COMMITMENT_PAGE;
		else if (section === "without-note") this.withoutNoteLimit += WITHOUT_NOTE_PAGE;
		else this.problemLimit += PROBLEM_PAGE;
	}

	/**
	 * showPlace narrows People to a part of the map (null: everyone) from its first page; the
	 * user asked to see these people, so a closed People section opens. Returns whether it did.
	 */
	showPlace(place: MapPlace | null): boolean {
		this.place = place;
		this.peopleLimit = PEOPLE_PAGE;
		return place !== null && this.collapsed.delete("people");
	}

	/** toggleSection opens or closes a section. */
	toggleSection(section: SectionId, open: boolean): void {
		if (open) this.collapsed.delete(section);
		else this.collapsed.add(section);
	}

	/** options are the view-model options for a day, with the settings the view model needs. */
	options(today: IsoDate, settings: Pick<DashboardOptions, "dueSoonDays" | "peopleFolders"> = {}): DashboardOptions {
		return {
			filter: this.filter,
			sort: this.sort,
			group: this.group,
			today,
			...settings,
			peopleLimit: this.peopleLimit,
			followUpLimit: this.followUpLimit,
			commitmentLimit: this.commitmentLimit,
			problemLimit: this.problemLimit,
			place: this.place,
		};
	}
}
