import type { DashboardModel, MapCell, MapModel, MapPlace } from "../core/viewmodel";
import { peopleText } from "../core/words";
import { FOCUS_KEY, PLACE_CLEAR, onOpen, section, toneClass } from "./dom";
import type { DashboardHandlers, RenderState } from "./render-types";

/** The dashboard's map: the influence × interest grid, a labelled dot for each person. */

/**
 * placeButton draws a "+N more" that lists a part of the map in People. The view redraws at
 * once, so focus then moves to the new list's "Show everyone", which scrolls People into view.
 */
export function placeButton(parent: HTMLElement, place: MapPlace, title: string, hidden: number, handlers: DashboardHandlers): void {
	const text = `+${hidden} more`;
	const button = parent.createEl("button", {
		cls: "managing-up-map-more",
		text,
		// The name starts with what the button shows (WCAG 2.5.3, label in name), so voice control finds it.
		attr: { type: "button", title, "aria-label": `${text}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`, [FOCUS_KEY]: `map-more:${place}` },
	});
	button.addEventListener("click", () => {
		const root = button.closest(".managing-up-dashboard");
		handlers.showPlace(place);
		root?.querySelector<HTMLElement>(`[${FOCUS_KEY}="${PLACE_CLEAR}"]`)?.focus();
	});
}

export function renderCell(parent: HTMLElement, cell: MapCell, selected: boolean, handlers: DashboardHandlers): void {
	const el = parent.createDiv({
		cls: ["managing-up-map-cell", `managing-up-map-${cell.influence}-${cell.interest}`],
		attr: { role: "group", "aria-label": `${cell.quadrant ?? "Between strategies"}: ${cell.influence} influence, ${cell.interest} interest` },
	});
	if (selected) el.addClass("is-selected");
	if (cell.quadrant !== null) {
		el.addClass("is-quadrant");
		el.createDiv({ cls: "managing-up-map-quadrant", text: cell.quadrant });
	}
	const dots = el.createDiv({ cls: "managing-up-map-dots" });
	for (const dot of cell.dots) {
		const button = dots.createEl("button", {
			cls: "managing-up-dot",
			attr: { type: "button", title: dot.title, "aria-label": dot.title, [FOCUS_KEY]: `dot:${dot.path}` },
		});
		button.createSpan({ cls: ["managing-up-dot-mark", toneClass(dot.tone)], attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "managing-up-dot-label", text: dot.label });
		onOpen(button, handlers, dot.path);
	}
	if (cell.hidden > 0) {
		const title = `List all ${peopleText(cell.dots.length + cell.hidden)} in ${cell.label} under People`;
		placeButton(dots, cell.place, title, cell.hidden, handlers);
	}
}

export function renderMap(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const body = section(parent, "map", "Map", null, handlers, state);
	renderMapBody(body, model.map, model.options.place, handlers);
}

/** renderMapBody draws the grid and the people not on it: the dashboard's Map section and the Bases "Stakeholder map" view. */
export function renderMapBody(body: HTMLElement, map: MapModel, selected: MapPlace | null, handlers: DashboardHandlers): void {
	const grid = body.createDiv({ cls: "managing-up-map", attr: { role: "group", "aria-label": "Influence and interest map" } });
	grid.createDiv({ cls: "managing-up-map-axis managing-up-map-axis-y", text: "Influence" });
	for (const row of map.rows) {
		grid.createDiv({ cls: "managing-up-map-row-label", text: row.label });
		for (const cell of row.cells) renderCell(grid, cell, selected === cell.place, handlers);
	}
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-corner" });
	for (const column of map.columns) grid.createDiv({ cls: "managing-up-map-column-label", text: column.label });
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-axis managing-up-map-axis-x", text: "Interest" });

	if (map.unplacedCount > 0) {
		const aside = body.createDiv({ cls: "managing-up-map-unplaced" });
		aside.createDiv({
			cls: "managing-up-group-heading",
			text: `Not on the map: ${peopleText(map.unplacedCount)} without influence and interest`,
		});
		const list = aside.createEl("ul", { cls: "managing-up-unplaced-list" });
		for (const person of map.unplaced) {
			const li = list.createEl("li");
			const button = li.createEl("button", {
				cls: "managing-up-link",
				text: person.label,
				attr: { type: "button", title: `Open ${person.path}`, [FOCUS_KEY]: `unplaced:${person.path}` },
			});
			onOpen(button, handlers, person.path);
			li.createSpan({ cls: "managing-up-muted", text: ` (${person.missing})` });
		}
		if (map.unplacedCount > map.unplaced.length) {
			placeButton(aside, "unplaced", `List all ${peopleText(map.unplacedCount)} not on the map under People`, map.unplacedCount - map.unplaced.length, handlers);
		}
	}
}
