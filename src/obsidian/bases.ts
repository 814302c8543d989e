import { BasesView, requireApiVersion, type BasesAllOptions, type Plugin, type QueryController } from "obsidian";
import { BASES_MAP_VIEW, BASES_STATUS_VIEW } from "../core/base-file";
import type { CoreSettings } from "../core/types";
import type { MapPlace } from "../core/viewmodel";
import { basesMapModel, basesReport, basesStatusModel } from "../core/viewmodel/bases";
import { basesRows, defaultLevelProperty, type ConfigLike, type EntryLike } from "./bases-rows";
import type { DashboardHost } from "./dashboard-host";
import { renderBasesMap, renderBasesStatus } from "./render-bases";
import type { DashboardHandlers } from "./render-types";

/** The Obsidian version whose plugins can add views to Bases (Plugin.registerBasesView). */
export const BASES_API_VERSION = "1.10.0";

/** What the Bases views need: the dashboard's host (index, clock, actions) and the core settings. */
export interface BasesDeps {
	host: Pick<DashboardHost, "today" | "ready" | "report" | "onChange" | "openNote" | "logContactToday" | "newAgenda">;
	settings: () => CoreSettings;
}

type Kind = "map" | "status";

/** The view options of the map: which property is influence, which is interest (the plugin's own by default). */
function mapOptions(deps: BasesDeps): BasesAllOptions[] {
	const settings = deps.settings();
	return [
		{ type: "property", key: "influence", displayName: "Influence", default: defaultLevelProperty(settings, "influence") },
		{ type: "property", key: "interest", displayName: "Interest", default: defaultLevelProperty(settings, "interest") },
	];
}

/** The dashboard's handlers as a Bases view has them: open, log contact, new agenda, and the map's "+N more". */
function viewHandlers(host: BasesDeps["host"], showPlace: (place: MapPlace | null) => void): DashboardHandlers {
	const none = (): void => undefined;
	return {
		openNote: (path, newLeaf) => host.openNote(path, newLeaf),
		logContactToday: (path) => host.logContactToday(path),
		newAgenda: host.newAgenda,
		showPlace,
		completeFollowUp: none,
		snoozeFollowUp: none,
		completeCommitment: none,
		openCommitment: none,
		newStakeholder: null,
		setFilter: none,
		setSort: none,
		setGroup: none,
		showMore: none,
		toggleSection: none,
		setFoundDismissed: none,
		createPersonNote: none,
		setMe: none,
	};
}

/** drawView draws a view's rows: each the index's reading of its note, else read from its own values. */
function drawView(kind: Kind, containerEl: HTMLElement, entries: readonly EntryLike[], config: ConfigLike, place: MapPlace | null, deps: BasesDeps, handlers: DashboardHandlers): void {
	const { host } = deps;
	const settings = deps.settings();
	const today = host.today();
	const index = host.ready() ? host.report(today) : null;
	const known = new Set((index?.stakeholders ?? []).map((s) => s.path));
	const report = basesReport(basesRows(entries, config, settings, known, kind === "map"), index, settings, today);
	if (kind === "map") renderBasesMap(containerEl, basesMapModel(report, place), handlers);
	else renderBasesStatus(containerEl, basesStatusModel(report, settings.dueSoonDays), handlers);
}

/**
 * registerBasesViews adds "Stakeholder map" and "Stakeholder status" to Bases (1.10+). On an
 * older app, or one without the method, nothing is registered and nothing is shown; returns
 * whether both were registered (false too when Bases is turned off in the vault). The view
 * class is declared here, behind the version check: `extends BasesView` at the top of a module
 * would run at start-up, and an app before 1.10 has no BasesView.
 */
export function registerBasesViews(plugin: Plugin, deps: BasesDeps): boolean {
	if (requireApiVersion("1.10.0") && "registerBasesView" in plugin) {
		class StakeholderBasesView extends BasesView {
			readonly type: string;
			/** The part of the map listed under it (a cell's "+N more"): the view's own state. */
			private place: MapPlace | null = null;
			private readonly handlers: DashboardHandlers;

			constructor(
				controller: QueryController,
				private readonly containerEl: HTMLElement,
				private readonly kind: Kind,
			) {
				super(controller);
				this.type = kind === "map" ? BASES_MAP_VIEW : BASES_STATUS_VIEW;
				this.handlers = viewHandlers(deps.host, (place) => {
					this.place = place;
					this.onDataUpdated();
				});
			}

			override onload(): void {
				// A change to a note, or to a 1:1 note with someone in the base, draws the rows again.
				this.register(deps.host.onChange(() => this.onDataUpdated()));
			}

			onDataUpdated(): void {
				drawView(this.kind, this.containerEl, this.data.data, this.config, this.place, deps, this.handlers);
			}
		}
		const map = plugin.registerBasesView(BASES_MAP_VIEW, {
			name: "Stakeholder map",
			icon: "grid-3x3",
			factory: (controller, containerEl) => new StakeholderBasesView(controller, containerEl, "map"),
			options: () => mapOptions(deps),
		});
		const status = plugin.registerBasesView(BASES_STATUS_VIEW, {
			name: "Stakeholder status",
			icon: "users",
			factory: (controller, containerEl) => new StakeholderBasesView(controller, containerEl, "status"),
		});
		return map && status;
	}
	return false;
}
