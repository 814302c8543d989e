import type { Explanation } from "../core/explain";
import type { IsoDate, Report } from "../core/types";
import { buildDashboardModel, type DashboardModel, type DashboardOptions } from "../core/viewmodel";
import { buildFoundModel, buildWithoutNote } from "../core/viewmodel-found";
import { buildOrgSection } from "../core/viewmodel/org";
import { isRecord } from "../core/unknown";
import type { ManagingUpSettings } from "../settings";
import type { DashboardControls } from "./controls";
import type { StoredFirstScreen } from "./snapshot";

/** What the dashboard's view model is built from besides the report and the explanation: the user's controls and the settings it reads. */
export interface DashboardInputs {
	options: DashboardOptions;
	foundDismissed: boolean;
	withoutNoteLimit: number;
	meSet: boolean;
	skipLevelDays: number;
}

/** The settings the dashboard's view model reads. */
export type DashboardSettings = Pick<ManagingUpSettings, "dueSoonDays" | "peopleFolders" | "foundDismissed" | "me" | "skipLevelDays">;

/** dashboardInputs is what the view model is built from, for these controls, day and settings. */
export function dashboardInputs(controls: DashboardControls, today: IsoDate, settings: DashboardSettings): DashboardInputs {
	return {
		options: controls.options(today, { dueSoonDays: settings.dueSoonDays, peopleFolders: settings.peopleFolders }),
		foundDismissed: settings.foundDismissed,
		withoutNoteLimit: controls.withoutNoteLimit,
		meSet: settings.me !== "",
		skipLevelDays: settings.skipLevelDays,
	};
}

/** dashboardModel is everything the dashboard draws: the core's model with "What it found", "People without a note" and "Org". */
export function dashboardModel(report: Report, found: Explanation, inputs: DashboardInputs): DashboardModel {
	return {
		...buildDashboardModel(report, inputs.options),
		found: buildFoundModel(found, inputs.foundDismissed),
		withoutNote: buildWithoutNote(report, found, inputs.withoutNoteLimit, inputs.meSet),
		org: buildOrgSection(report, { skipLevelDays: inputs.skipLevelDays, suggestion: found.me.suggestion }),
	};
}

/** storedFirstScreen is the first screen kept with the snapshot: the model for these inputs, and the inputs, as JSON. */
export function storedFirstScreen(report: Report, found: Explanation, inputs: DashboardInputs): StoredFirstScreen {
	return { inputs: JSON.stringify(inputs), model: JSON.stringify(dashboardModel(report, found, inputs)) };
}

/**
 * storedModel is the kept first screen's model when it was built for exactly these inputs;
 * else null. Its report is the one the snapshot's key stands for (the same settings, day and
 * files), so it is the model a fresh report gives (tests/obsidian/first-screen.test.ts).
 */
export function storedModel(stored: StoredFirstScreen, inputs: DashboardInputs): DashboardModel | null {
	if (stored.inputs !== JSON.stringify(inputs)) return null;
	try {
		const model: unknown = JSON.parse(stored.model);
		return isRecord(model) && typeof model.today === "string" && isRecord(model.summary) && isRecord(model.followUps) ? (model as unknown as DashboardModel) : null;
	} catch {
		return null;
	}
}
